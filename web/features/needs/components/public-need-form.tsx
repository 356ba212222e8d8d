import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { emptyRequirements, type NeedRequirements, type PublicNeedBody } from '../../../../common/api/needs';
import { ageBands, type AgeBand, type PublicFormLanguage, type TimeOfDay } from '../../../../common/need-terms';
import { isApiError } from '../../../components/api/api-error';
import { Alert, focusField } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { SelectField } from '../../../components/ui/select-field';
import { useNeedSpaces, useSubmitPublicNeed } from '../hooks/use-needs';
import { ChipChoice, ChipGroup } from './need-capture-chips';
import { PrivacyTextArea } from './privacy-text-area';
import { PublicNeedSpaceMap } from './public-need-space-map';
import { publicHelpOptions, publicNeedTexts, type PublicHelpOption } from './public-need-texts';
import './public-need.css';

const ID = 'public-need';
/** Up to this many spaces are a list of radio chips; more become a select. */
const MAX_SPACE_CHIPS = 12;

type Problem = { field: 'spaceId' | 'text' | 'form'; message: string };

const timeOf: Partial<Record<PublicHelpOption, TimeOfDay>> = { afternoon: 'afternoon', evening: 'evening', weekend: 'weekend' };

/** The chips "what would help" as the need's requirements (question 3 of a home visit, in short). */
function requirementsOf(help: readonly PublicHelpOption[], language: PublicFormLanguage): NeedRequirements {
  return {
    ...emptyRequirements,
    times: help.flatMap((h) => timeOf[h] ?? []),
    freeOfCharge: help.includes('freeOfCharge'),
    nearby: help.includes('nearby'),
    childcare: help.includes('childcare'),
    accessible: help.includes('accessible'),
    atmosphere: help.includes('informal') ? ['informal'] : [],
    languages: help.includes('ownLanguage') && language !== 'de' ? [language] : [],
    text: '',
  };
}

type PublicNeedFormProps = { language: PublicFormLanguage };

/**
 * „Was fehlt Ihnen in Ihrem Stadtteil?“: the anonymous form for families. The space is chosen on the map or in the
 * list, the text passes the privacy guard while it is typed (and again on the server), nothing identifying is sent.
 */
export function PublicNeedForm({ language }: PublicNeedFormProps) {
  const t = publicNeedTexts[language];
  const spaces = useNeedSpaces();
  const submit = useSubmitPublicNeed();
  const [spaceId, setSpaceId] = useState('');
  const [text, setText] = useState('');
  const [ages, setAges] = useState<AgeBand[]>([]);
  const [help, setHelp] = useState<PublicHelpOption[]>([]);
  const [blocked, setBlocked] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  const thanksRef = useRef<HTMLHeadingElement>(null);
  const onPrivacyChange = useCallback((b: boolean) => setBlocked(b), []);

  useEffect(() => {
    if (problems.length === 0) return;
    problemsRef.current?.focus();
    problemsRef.current?.scrollIntoView({ block: 'start' });
  }, [problems]);
  useEffect(() => {
    if (sentTo === null) return;
    thanksRef.current?.focus();
    thanksRef.current?.scrollIntoView({ block: 'start' });
  }, [sentTo]);

  const clearProblem = (field: Problem['field']) => setProblems((list) => (list.some((p) => p.field === field || p.field === 'form') ? list.filter((p) => p.field !== field && p.field !== 'form') : list));

  const serverProblems = (error: unknown): Problem[] => {
    if (!isApiError(error)) return [{ field: 'form', message: t.errors.generic }];
    if (error.code === 'PERSONAL_DATA_REJECTED') {
      // The server's own message names the words in German; the warning at the field names them in every language.
      const detail = language === 'de' ? error.messageFor('text') : undefined;
      return [{ field: 'text', message: detail ?? t.errors.personalData }];
    }
    if (error.code === 'RATE_LIMITED') return [{ field: 'form', message: t.errors.rateLimited }];
    if (error.code === 'NETWORK_ERROR') return [{ field: 'form', message: t.errors.network }];
    if (error.code === 'INVALID_INPUT') {
      const list: Problem[] = [];
      if (error.messageFor('spaceId')) list.push({ field: 'spaceId', message: t.errors.space });
      if (error.messageFor('text')) list.push({ field: 'text', message: t.errors.text });
      if (list.length) return list;
    }
    return [{ field: 'form', message: t.errors.generic }];
  };

  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submit.isPending) return;
    const found: Problem[] = [];
    if (!spaceId) found.push({ field: 'spaceId', message: t.errors.space });
    if (text.trim().length < 3) found.push({ field: 'text', message: t.errors.text });
    else if (blocked) found.push({ field: 'text', message: t.errors.privacy });
    if (found.length) {
      setProblems(found);
      return;
    }
    setProblems([]);
    const body: PublicNeedBody = { spaceId, text: text.trim(), language, ageBands: ages, requirements: requirementsOf(help, language) };
    submit.mutate(body, {
      onSuccess: () => {
        setSentTo(spaceId);
        setText('');
        setAges([]);
        setHelp([]);
      },
      onError: (error) => setProblems(serverProblems(error)),
    });
  };

  if (spaces.isPending) return <LoadingIndicator label={t.loading} />;
  if (spaces.error || spaces.data.length === 0) {
    return (
      <Alert tone="danger" title={t.errors.generic}>
        <p className="kern-body">{t.errors.spacesUnavailable}</p>
      </Alert>
    );
  }
  const spaceList = [...spaces.data].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const spaceName = (id: string) => spaceList.find((s) => s.id === id)?.name ?? '';

  if (sentTo !== null) {
    return (
      <section className="app-public-need__thanks" aria-labelledby={`${ID}-thanks`}>
        <div className="kern-alert kern-alert--success app-alert">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--success" aria-hidden="true" />
            <h2 className="kern-title app-focus-target" id={`${ID}-thanks`} tabIndex={-1} ref={thanksRef}>
              {t.thanksTitle}
            </h2>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t.thanksText(spaceName(sentTo))}</p>
          </div>
        </div>
        <div>
          <Button variant="secondary" onClick={() => setSentTo(null)}>
            {t.thanksAgain}
          </Button>
        </div>
      </section>
    );
  }

  const problemFor = (field: Problem['field']) => problems.find((p) => p.field === field)?.message;
  const firstSpaceTarget = spaceList.length <= MAX_SPACE_CHIPS ? `${ID}-space-${spaceList[0]?.id ?? ''}` : `${ID}-space`;
  const targets: Record<Problem['field'], string | null> = { spaceId: firstSpaceTarget, text: `${ID}-text`, form: null };
  const helpOptions = publicHelpOptions.filter((h) => h !== 'ownLanguage' || language !== 'de');
  const chooseSpace = (id: string) => {
    setSpaceId(id);
    clearProblem('spaceId');
  };

  return (
    <form className="app-form app-public-need__form" noValidate onSubmit={send} aria-label={t.title}>
      {problems.length ? (
        <div ref={problemsRef} tabIndex={-1} className="app-focus-target">
          <Alert tone="danger" title={t.errors.title}>
            <ul className="kern-list kern-list--bullet">
              {problems.map((p) => {
                const target = targets[p.field];
                return (
                  <li key={`${p.field}-${p.message}`}>
                    {target ? (
                      <a className="kern-link" href={`#${target}`} onClick={focusField(target)}>
                        {p.message}
                      </a>
                    ) : (
                      <span className="kern-body">{p.message}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </Alert>
        </div>
      ) : null}

      <section className="app-section app-public-need__step" aria-labelledby={`${ID}-space-heading`}>
        <h2 className="kern-heading-small" id={`${ID}-space-heading`}>
          {t.spaceLegend}
        </h2>
        <PublicNeedSpaceMap
          key={language}
          label={t.mapLabel}
          note={t.mapNote}
          spaces={spaceList}
          selectedId={spaceId}
          onSelect={chooseSpace}
          texts={{ zoomIn: t.zoomIn, zoomOut: t.zoomOut, keyboard: t.mapKeyboard }}
        />
        {spaceList.length <= MAX_SPACE_CHIPS ? (
          <ChipChoice
            id={`${ID}-space`}
            legend={t.spaceLegend}
            legendClassName="kern-sr-only"
            hint={t.spaceHint}
            options={spaceList.map((s) => ({ value: s.id, label: s.name }))}
            value={spaceId}
            onChange={chooseSpace}
            size="large"
            error={problemFor('spaceId')}
          />
        ) : (
          <SelectField
            id={`${ID}-space`}
            label={t.spaceLegend}
            hint={t.spaceHint}
            options={[{ value: '', label: t.spaceChoose }, ...spaceList.map((s) => ({ value: s.id, label: s.name }))]}
            value={spaceId}
            onChange={(event) => chooseSpace(event.target.value)}
            error={problemFor('spaceId')}
          />
        )}
        <p className="kern-body app-public-need__chosen" role="status">
          {spaceId ? t.spaceChosen(spaceName(spaceId)) : ''}
        </p>
      </section>

      <div className="app-section app-public-need__step">
        <PrivacyTextArea
          id={`${ID}-text`}
          label={<span className="app-public-need__question">{t.textLabel}</span>}
          hint={t.textHint}
          rows={5}
          required
          value={text}
          onChange={(next) => {
            setText(next);
            clearProblem('text');
            if (submit.error) submit.reset();
          }}
          error={problemFor('text')}
          language={language}
          dir={t.dir}
          onPrivacyChange={onPrivacyChange}
        />
        <ChipGroup
          id={`${ID}-ages`}
          legend={t.ageLegend}
          optionalLabel={t.optional}
          hint={t.ageHint}
          options={ageBands.map((a) => ({ value: a, label: t.ageLabels[a] }))}
          value={ages}
          onChange={setAges}
        />
        <ChipGroup
          id={`${ID}-help`}
          legend={t.helpLegend}
          optionalLabel={t.optional}
          hint={t.helpHint}
          options={helpOptions.map((h) => ({ value: h, label: t.helpLabels[h] }))}
          value={help}
          onChange={setHelp}
        />
      </div>

      <div className="app-public-need__submit">
        <Button type="submit" busy={submit.isPending}>
          {submit.isPending ? t.sending : t.submit}
        </Button>
      </div>
    </form>
  );
}

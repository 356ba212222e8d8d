import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { NeedDetail, NeedRequirements } from '../../../../common/api/needs';
import { ageBandLabels, ageBands, needSourceLabels, voiceLabels, voices, type Voice } from '../../../../common/need-terms';
import { targetGroupLabels, targetGroups, type TargetGroup } from '../../../../common/service-terms';
import { fieldErrorsOf, type ApiError } from '../../../components/api/api-error';
import { todayIso } from '../../../components/format/format-date';
import { ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { describedBy, FieldMessage } from '../../../components/ui/field-message';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useCreateNeed, useNeedTopics } from '../hooks/use-needs';
import { ChipChoice, ChipGroup } from './need-capture-chips';
import { NeedOffersField } from './need-capture-offers';
import { NeedRequirementsFields } from './need-capture-requirements';
import { NeedTopicChips, NeedTopicsTree, topicTree } from './need-capture-topics';
import { emptyNeedValues, invalidNeedInput, staffSources, toCreateNeedBody, type NeedValues, type StaffSource } from './need-capture-values';
import { PrivacyTextArea } from './privacy-text-area';
import './need-capture.css';

export type NeedCaptureSpace = { id: string; name: string };

type NeedCaptureFormProps = {
  /** `full`: every field, any source. `home_visit`: the three questions for the family, large targets, source and voice fixed. */
  variant: 'full' | 'home_visit';
  /** The spaces the user may record needs in (the page knows the user's teams). */
  spaces: readonly NeedCaptureSpace[];
  defaultSpaceId?: string | undefined;
  onSaved: (need: NeedDetail) => void;
  onCancel?: () => void;
};

type PrivacyField = 'text' | 'requirements.text' | 'helpfulText';
const privacyMessage = 'Bitte zuerst die markierten persönlichen Angaben entfernen.';

/** Up to this many spaces are chips on the home visit; more become a select. */
const MAX_SPACE_CHIPS = 8;

function fieldTargets(id: string, firstSpaceId: string | undefined, firstTopicId: string | undefined, spaceChips: boolean): FieldTargets {
  return {
    spaceId: { label: 'Sozialraum', targetId: spaceChips && firstSpaceId ? `${id}-space-${firstSpaceId}` : `${id}-space` },
    source: { label: 'Quelle', targetId: `${id}-source` },
    voice: { label: 'Stimme', targetId: `${id}-voice-affected` },
    recordedOn: { label: 'Datum', targetId: `${id}-date` },
    targetGroup: { label: 'Zielgruppe', targetId: `${id}-target-group` },
    topicIds: { label: 'Themen', targetId: firstTopicId ? `${id}-topics-${firstTopicId}` : `${id}-topics` },
    ageBands: { label: 'Altersgruppen', targetId: `${id}-ages-${ageBands[0]}` },
    text: { label: 'Was fehlt', targetId: `${id}-text` },
    knownServiceIds: { label: 'Bekannte Angebote', targetId: `${id}-known-search` },
    knowsNoOffers: { label: 'Bekannte Angebote', targetId: `${id}-known-none` },
    'requirements.text': { label: 'Anforderungen, Text', targetId: `${id}-req-text` },
    'requirements.languages': { label: 'Sprachen', targetId: `${id}-req-languages-en` },
    helpfulServiceIds: { label: 'Hilfreiche Angebote', targetId: `${id}-helpful-search` },
    helpfulText: { label: 'Was nach dem Fallabschluss helfen würde', targetId: `${id}-helpful-text` },
  };
}

function Section({ id, title, children, className }: { id: string; title: ReactNode; children: ReactNode; className: string }) {
  return (
    <section className={`app-section ${className}`} aria-labelledby={`${id}-heading`}>
      <h2 className="kern-heading-medium" id={`${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function VoiceRadios({ id, value, onChange, error }: { id: string; value: Voice | ''; onChange: (v: Voice) => void; error?: string | undefined }) {
  const hints: Record<Voice, string> = {
    affected: 'Die Familie, das Kind oder die Jugendlichen haben es selbst gesagt.',
    professional: 'Die Einschätzung einer Fachkraft.',
  };
  return (
    <fieldset className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={describedBy(error && `${id}-error`)}>
      <legend className="kern-label">Wessen Stimme ist das?</legend>
      <div className="kern-fieldset__body">
        {voices.map((v) => (
          <div className="app-need-radio" key={v}>
            <div className="kern-form-check">
              <input
                id={`${id}-${v}`}
                type="radio"
                name={id}
                className={`kern-form-check__radio${error ? ' kern-form-check__radio--error' : ''}`}
                checked={value === v}
                onChange={() => onChange(v)}
                aria-describedby={`${id}-${v}-hint`}
              />
              <label className="kern-label" htmlFor={`${id}-${v}`}>
                {voiceLabels[v]}
              </label>
            </div>
            <div className="kern-hint app-need-radio__hint" id={`${id}-${v}-hint`}>
              {hints[v]}
            </div>
          </div>
        ))}
      </div>
      <FieldMessage id={`${id}-error`} message={error} />
    </fieldset>
  );
}

/**
 * Recording a need (Bedarf) by staff. Every free text runs through the privacy guard while it is typed; a text with
 * personal data is not sent (the server would refuse it as well). Problems show at their field and as a linked
 * list above the form.
 */
export function NeedCaptureForm({ variant, spaces, defaultSpaceId, onSaved, onCancel }: NeedCaptureFormProps) {
  const visit = variant === 'home_visit';
  const id = visit ? 'visit' : 'need';
  const [values, setValues] = useState<NeedValues>(() =>
    emptyNeedValues({
      spaceId: defaultSpaceId && spaces.some((s) => s.id === defaultSpaceId) ? defaultSpaceId : spaces.length === 1 ? (spaces[0]?.id ?? '') : '',
      ...(visit ? { source: 'home_visit' as const, voice: 'affected' as const } : { recordedOn: todayIso() }),
    }),
  );
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const [blocked, setBlocked] = useState<Record<PrivacyField, boolean>>({ text: false, 'requirements.text': false, helpfulText: false });
  const errorRef = useRef<HTMLDivElement>(null);
  const topics = useNeedTopics();
  const create = useCreateNeed();
  const error = clientError ?? create.error;
  const errors = fieldErrorsOf(error);

  useEffect(() => {
    if (!error) return;
    errorRef.current?.focus();
    errorRef.current?.scrollIntoView({ block: 'start' });
  }, [error]);

  const change = useCallback(
    (next: Partial<NeedValues> | ((v: NeedValues) => Partial<NeedValues>)) => {
      setValues((v) => ({ ...v, ...(typeof next === 'function' ? next(v) : next) }));
      setClientError(null);
      if (create.error) create.reset();
    },
    [create],
  );
  const changeRequirements = (next: Partial<NeedRequirements>) => change((v) => ({ requirements: { ...v.requirements, ...next } }));
  const onTextPrivacy = useCallback((b: boolean) => setBlocked((s) => ({ ...s, text: b })), []);
  const onRequirementsPrivacy = useCallback((b: boolean) => setBlocked((s) => ({ ...s, 'requirements.text': b })), []);
  const onHelpfulPrivacy = useCallback((b: boolean) => setBlocked((s) => ({ ...s, helpfulText: b })), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const { body, errors: wrong } = toCreateNeedBody(values, todayIso());
    const privacy = (Object.keys(blocked) as PrivacyField[])
      .filter((field) => blocked[field] && (field !== 'helpfulText' || values.source === 'case_closure'))
      .map((field) => ({ field, message: privacyMessage }));
    const problems = [...wrong, ...privacy];
    if (problems.length) {
      create.reset();
      setClientError(invalidNeedInput(problems));
      return;
    }
    setClientError(null);
    create.mutate(body, { onSuccess: onSaved });
  };

  if (topics.isPending) return <LoadingIndicator label="Formular wird vorbereitet …" />;
  if (topics.error) return <ErrorAlert error={topics.error} title="Das Formular kann nicht geladen werden" />;
  const topicList = topics.data;
  const firstTopicId = topicTree(topicList)[0]?.topic.id;
  const spaceChips = visit && spaces.length <= MAX_SPACE_CHIPS;
  const ageOptions = ageBands.map((a) => ({ value: a, label: ageBandLabels[a] }));
  const caseClosure = values.source === 'case_closure';

  const spaceField = spaceChips ? (
    <ChipChoice
      id={`${id}-space`}
      legend="Sozialraum"
      options={spaces.map((s) => ({ value: s.id, label: s.name }))}
      value={values.spaceId}
      onChange={(spaceId) => change({ spaceId, knownServiceIds: [], helpfulServiceIds: [] })}
      size="large"
      error={errors.spaceId}
    />
  ) : (
    <SelectField
      id={`${id}-space`}
      label="Sozialraum"
      options={[{ value: '', label: 'Bitte wählen' }, ...spaces.map((s) => ({ value: s.id, label: s.name }))]}
      value={values.spaceId}
      onChange={(event) => change({ spaceId: event.target.value, knownServiceIds: [], helpfulServiceIds: [] })}
      error={errors.spaceId}
    />
  );

  const knownOffers = (legend: string, hint: string | undefined) => (
    <NeedOffersField
      id={`${id}-known`}
      legend={legend}
      hint={hint}
      spaceId={values.spaceId}
      topicIds={values.topicIds}
      ageBands={values.ageBands}
      needText={values.text}
      value={values.knownServiceIds}
      onChange={(knownServiceIds) => change({ knownServiceIds })}
      none={{
        label: visit ? 'Kenne keine Angebote' : 'Kennt keine Angebote',
        checked: values.knowsNoOffers,
        onChange: (knowsNoOffers) => change(knowsNoOffers ? { knowsNoOffers, knownServiceIds: [] } : { knowsNoOffers }),
      }}
      size={visit ? 'large' : 'normal'}
      error={errors.knownServiceIds ?? errors.knowsNoOffers}
    />
  );

  const textField = (
    <PrivacyTextArea
      id={`${id}-text`}
      label={visit ? 'Was fehlt? In den Worten der Familie' : 'Was fehlt?'}
      hint={
        visit
          ? 'Ohne Namen, Adressen, Telefonnummern und Geburtsdaten.'
          : 'Der Bedarf in den Worten der Betroffenen oder Ihre Einschätzung – ohne Namen, Kontaktdaten, Anschriften, Geburtsdaten und Aktenzeichen.'
      }
      rows={visit ? 3 : 4}
      required
      value={values.text}
      onChange={(text) => change({ text })}
      error={errors.text}
      onPrivacyChange={onTextPrivacy}
    />
  );

  const topicsError = errors.topicIds;
  const ageField = (
    <ChipGroup
      id={`${id}-ages`}
      legend={visit ? 'Für wen?' : 'Altersgruppen'}
      optionalLabel="optional"
      options={ageOptions}
      value={values.ageBands}
      onChange={(a) => change({ ageBands: a })}
      size={visit ? 'large' : 'normal'}
      error={errors.ageBands}
    />
  );

  return (
    <form className={`app-form app-need-form${visit ? ' app-home-visit' : ''}`} noValidate onSubmit={submit} aria-label={visit ? 'Bedarf beim Hausbesuch' : 'Neuer Bedarf'}>
      {error ? (
        <div ref={errorRef} tabIndex={-1} className="app-focus-target">
          <ErrorAlert error={error} fields={fieldTargets(id, spaces[0]?.id, firstTopicId, spaceChips)} title="Nicht gespeichert" />
        </div>
      ) : null}

      {visit ? (
        <>
          <div className="app-section">
            {spaceField}
            <p className="kern-body app-muted">Hausbesuch · {voiceLabels.affected} · heute</p>
          </div>
          <Section id={`${id}-q1`} title="1. Welche Angebote hier im Stadtteil kennen Sie?" className="app-home-visit__question">
            {knownOffers('Genannte Angebote antippen', undefined)}
          </Section>
          <Section id={`${id}-q2`} title="2. Was fehlt Ihnen hier?" className="app-home-visit__question">
            {textField}
            <NeedTopicChips id={`${id}-topics`} legend="Worum geht es?" topics={topicList} value={values.topicIds} onChange={(topicIds) => change({ topicIds })} error={topicsError} />
            {ageField}
          </Section>
          <Section id={`${id}-q3`} title="3. Wie müsste ein Angebot sein, damit Sie hingehen?" className="app-home-visit__question">
            <NeedRequirementsFields
              id={`${id}-req`}
              value={values.requirements}
              onChange={changeRequirements}
              wording="family"
              size="large"
              textError={errors['requirements.text']}
              onPrivacyChange={onRequirementsPrivacy}
            />
          </Section>
        </>
      ) : (
        <>
          <Section id={`${id}-origin`} title="Herkunft" className="app-need-form__section">
            <div className="app-need-form__grid">
              {spaceField}
              <SelectField
                id={`${id}-source`}
                label="Quelle"
                options={[{ value: '', label: 'Bitte wählen' }, ...staffSources.map((s) => ({ value: s, label: needSourceLabels[s] }))]}
                value={values.source}
                onChange={(event) => change({ source: event.target.value as StaffSource | '' })}
                error={errors.source}
              />
              <TextField
                id={`${id}-date`}
                type="date"
                label="Datum"
                hint="Wann der Bedarf genannt wurde."
                max={todayIso()}
                value={values.recordedOn}
                onChange={(event) => change({ recordedOn: event.target.value })}
                error={errors.recordedOn}
              />
              <div className="kern-form-input">
                <p className="kern-label">Organisation</p>
                <p className="kern-body app-muted">Wird automatisch gesetzt: die Organisation Ihres Kontos oder Ihres Teams im Sozialraum.</p>
              </div>
            </div>
            <VoiceRadios id={`${id}-voice`} value={values.voice} onChange={(voice) => change({ voice })} error={errors.voice} />
          </Section>

          <Section id={`${id}-need`} title="Der Bedarf" className="app-need-form__section">
            {textField}
            <NeedTopicsTree
              id={`${id}-topics`}
              legend="Themen"
              hint="Mindestens ein Thema; die genauesten passenden wählen."
              topics={topicList}
              value={values.topicIds}
              onChange={(topicIds) => change({ topicIds })}
              error={topicsError}
            />
            <div className="app-need-form__grid">
              <SelectField
                id={`${id}-target-group`}
                label="Zielgruppe"
                optional
                options={[{ value: '', label: 'keine Angabe' }, ...targetGroups.map((g) => ({ value: g, label: targetGroupLabels[g].de }))]}
                value={values.targetGroup}
                onChange={(event) => change({ targetGroup: event.target.value as TargetGroup | '' })}
                error={errors.targetGroup}
              />
            </div>
            {ageField}
          </Section>

          <Section id={`${id}-known-section`} title="Bekannte Angebote" className="app-need-form__section">
            {knownOffers('Welche Angebote im Sozialraum sind bekannt?', 'Beim Hausbesuch Frage 1. Angebote antippen, die genannt wurden.')}
          </Section>

          <Section id={`${id}-req-section`} title="Wie müsste ein Angebot sein?" className="app-need-form__section">
            <p className="kern-body app-muted">Damit die Familie ein Angebot nutzt (beim Hausbesuch Frage 3). Alles freiwillig.</p>
            <NeedRequirementsFields
              id={`${id}-req`}
              value={values.requirements}
              onChange={changeRequirements}
              wording="staff"
              textError={errors['requirements.text']}
              onPrivacyChange={onRequirementsPrivacy}
            />
          </Section>

          {caseClosure ? (
            <Section id={`${id}-closure`} title="Nach dem Fallabschluss" className="app-need-form__section">
              <NeedOffersField
                id={`${id}-helpful`}
                legend="Welche Angebote würden der Familie nach dem Ende der Hilfe helfen?"
                spaceId={values.spaceId}
                topicIds={values.topicIds}
                ageBands={values.ageBands}
                needText={values.text}
                value={values.helpfulServiceIds}
                onChange={(helpfulServiceIds) => change({ helpfulServiceIds })}
                error={errors.helpfulServiceIds}
              />
              <PrivacyTextArea
                id={`${id}-helpful-text`}
                label="Was würde sonst helfen?"
                optional
                rows={3}
                value={values.helpfulText}
                onChange={(helpfulText) => change({ helpfulText })}
                error={errors.helpfulText}
                onPrivacyChange={onHelpfulPrivacy}
              />
            </Section>
          ) : null}
        </>
      )}

      <ButtonRow>
        <Button type="submit" busy={create.isPending}>
          {create.isPending ? 'Wird gespeichert …' : 'Bedarf speichern'}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            Abbrechen
          </Button>
        ) : null}
      </ButtonRow>
    </form>
  );
}

import './needs-staff.css';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Gap } from '../../../../common/api/needs';
import { fitReasonLabels, fitReasons, gapKindDescriptions, gapKindLabels, gapKinds, type FitReason, type GapKind } from '../../../../common/need-terms';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { formatDateTime, formatDay } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonRow } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox';
import { useConfirmGap, useCorrectGap, useReferNeed } from '../hooks/use-needs';
import { gapEventLabels } from './needs-labels';
import { NeedsRadioGroup } from './needs-radio-group';
import { PrivacyTextArea } from './privacy-text-area';

type NeedDetailGapProps = {
  gap: Gap;
  needId: string;
  /** Accepted needs only: a public-form entry is reviewed first. */
  workable: boolean;
  servicePath: (id: string) => string;
  offerSheetPath: string;
};

function GapCorrection({ gap, onDone, onCancel }: { gap: Gap; onDone: (kind: GapKind) => void; onCancel: () => void }) {
  const correct = useCorrectGap();
  const [kind, setKind] = useState<GapKind>(gap.kind);
  const [reasons, setReasons] = useState<FitReason[]>(gap.reasons);
  const [note, setNote] = useState('');
  const [blocked, setBlocked] = useState(false);
  const [noteError, setNoteError] = useState<string | undefined>();
  const prefix = `gap-${gap.id}-correct`;
  useEffect(() => {
    document.getElementById(`${prefix}-kind-${gap.kind}`)?.focus();
  }, [prefix, gap.kind]);
  const serverErrors = fieldErrorsOf(correct.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (correct.isPending) return;
    if (note.trim().length < 3) {
      setNoteError('Bitte kurz begründen, warum die Lücke anders einzuordnen ist.');
      document.getElementById(`${prefix}-note`)?.focus();
      return;
    }
    if (blocked) {
      document.getElementById(`${prefix}-note`)?.focus();
      return;
    }
    setNoteError(undefined);
    correct.mutate(
      { gapId: gap.id, body: { kind, reasons: kind === 'fit' ? reasons : [], note: note.trim() } },
      { onSuccess: () => onDone(kind) },
    );
  };

  return (
    <form className="app-form app-gap-correction" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h4 className="kern-heading-small" id={`${prefix}-title`}>
        Lücke „{gap.topicName}“ korrigieren
      </h4>
      <NeedsRadioGroup
        id={`${prefix}-kind`}
        name={`${prefix}-kind`}
        legend="Art der Lücke"
        options={gapKinds.map((k) => ({ value: k, label: gapKindLabels[k], hint: gapKindDescriptions[k] }))}
        value={kind}
        onChange={setKind}
        error={serverErrors.kind}
      />
      {kind === 'fit' ? (
        <CheckboxGroup
          id={`${prefix}-reasons`}
          name={`${prefix}-reasons`}
          legend="Was passt nicht?"
          hint="Optional. Was dem Angebot fehlt, gemessen an dem, was die Familie braucht."
          options={fitReasons.map((r) => ({ value: r, label: fitReasonLabels[r] }))}
          value={reasons}
          onChange={setReasons}
          error={serverErrors.reasons}
        />
      ) : null}
      <PrivacyTextArea
        id={`${prefix}-note`}
        label="Begründung"
        hint="Steht im Verlauf der Lücke. Bitte ohne Namen und andere Angaben zur Person."
        value={note}
        onChange={(value) => {
          setNote(value);
          if (noteError && value.trim().length >= 3) setNoteError(undefined);
        }}
        onPrivacyChange={setBlocked}
        error={noteError ?? serverErrors.note}
        rows={3}
        required
      />
      {correct.error && !serverErrors.note && !serverErrors.kind && !serverErrors.reasons ? <ErrorAlert error={correct.error} title="Nicht gespeichert" /> : null}
      <ButtonRow>
        <Button type="submit" busy={correct.isPending}>
          Korrektur speichern
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

/** One gap of a need (one per topic): its kind and why, the offers that match, what happened to it, and the actions. */
export function NeedDetailGap({ gap, needId, workable, servicePath, offerSheetPath }: NeedDetailGapProps) {
  const confirm = useConfirmGap();
  const refer = useReferNeed();
  const [correcting, setCorrecting] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [referringTo, setReferringTo] = useState<string | null>(null);
  const wasCorrecting = useRef(false);
  const correctStartId = `gap-${gap.id}-correct-start`;
  useEffect(() => {
    // Back to the button that opened the form, once the form is closed.
    if (!correcting && wasCorrecting.current) document.getElementById(correctStartId)?.focus();
    wasCorrecting.current = correcting;
  }, [correcting, correctStartId]);

  const open = gap.state === 'open';
  const canAct = workable && open;
  const headingId = `gap-${gap.id}-heading`;
  return (
    <article className={`app-gap app-gap--${gap.kind}${open ? '' : ' app-gap--closed'}`} aria-labelledby={headingId}>
      <header className="app-gap__header">
        <h3 className="kern-heading-small" id={headingId}>
          {gap.topicName}: <span className={`app-gap-kind app-gap-kind--${gap.kind}`}>{gapKindLabels[gap.kind]}</span>
        </h3>
        <ul className="app-badge-list" aria-label="Stand der Lücke">
          <li>{gap.confirmed ? <Badge tone="success">von Hand bestätigt</Badge> : <Badge tone="info">berechnet</Badge>}</li>
          <li>{open ? <Badge tone="warning">offen seit {formatDay(gap.openedOn)}</Badge> : <Badge tone="info">geschlossen{gap.closedOn ? ` am ${formatDay(gap.closedOn)}` : ''}</Badge>}</li>
        </ul>
      </header>
      <p className="kern-body">{gapKindDescriptions[gap.kind]}</p>
      {gap.kind === 'fit' && gap.reasons.length ? (
        <p className="kern-body">
          <strong>Passt nicht wegen:</strong> {gap.reasons.map((r) => fitReasonLabels[r]).join(', ')}
        </p>
      ) : null}
      {!open && gap.closeReason ? (
        <p className="kern-body">
          <strong>Geschlossen, weil:</strong> {gap.closeReason}
        </p>
      ) : null}

      <div className="app-gap__matches">
        <h4 className="kern-heading-small">Passende Angebote im Sozialraum</h4>
        {gap.matches.length ? (
          <ul className="app-gap__match-list">
            {gap.matches.map((s) => (
              <li key={s.id} className="app-gap__match">
                <span>
                  <Link className="kern-link" to={servicePath(s.id)}>
                    {s.name}
                  </Link>{' '}
                  <span className="app-muted">– {s.organizationName}</span>
                </span>
                {canAct ? (
                  <Button
                    variant="secondary"
                    aria-label={`an Angebot vermitteln: ${s.name}`}
                    busy={refer.isPending && referringTo === s.id}
                    unavailable={refer.isPending && referringTo !== s.id}
                    onClick={() => {
                      setReferringTo(s.id);
                      setDone(null);
                      refer.mutate({ id: needId, serviceId: s.id }, { onSuccess: () => setDone(`Vermittelt an „${s.name}“. Der Bedarf ist jetzt „vermittelt“.`) });
                    }}
                  >
                    an Angebot vermitteln
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="kern-body">Keine aktiven Angebote zu Thema und Alter im Sozialraum.</p>
        )}
        {gap.kind === 'reach' && gap.matches.length ? (
          <p className="kern-body">
            <Link className="kern-link" to={offerSheetPath}>
              Angebotsblatt für den nächsten Hausbesuch drucken
            </Link>
          </p>
        ) : null}
      </div>

      {refer.error ? <ErrorAlert error={refer.error} title="Nicht vermittelt" /> : null}
      {confirm.error ? <ErrorAlert error={confirm.error} title="Nicht bestätigt" /> : null}
      <div role="status" className="app-needs-live">
        {done ? <Alert tone="success" title={done} role="none" /> : null}
      </div>

      {canAct && !correcting ? (
        <ButtonRow>
          {!gap.confirmed ? (
            <Button
              variant="secondary"
              aria-label={`Lücke bestätigen: ${gap.topicName}`}
              busy={confirm.isPending}
              onClick={() => {
                setDone(null);
                confirm.mutate(gap.id, {
                  onSuccess: () => {
                    setDone(`Die Lücke „${gap.topicName}“ ist als „${gapKindLabels[gap.kind]}“ bestätigt.`);
                    // The button goes away with the confirmation: focus stays in the gap.
                    window.setTimeout(() => document.getElementById(correctStartId)?.focus(), 0);
                  },
                });
              }}
            >
              Lücke bestätigen
            </Button>
          ) : null}
          <Button variant="secondary" id={correctStartId} aria-label={`Lücke korrigieren: ${gap.topicName}`} onClick={() => setCorrecting(true)}>
            Lücke korrigieren …
          </Button>
        </ButtonRow>
      ) : null}
      {correcting ? (
        <GapCorrection
          gap={gap}
          onCancel={() => setCorrecting(false)}
          onDone={(kind) => {
            setCorrecting(false);
            setDone(`Die Lücke „${gap.topicName}“ ist jetzt „${gapKindLabels[kind]}“ (korrigiert).`);
          }}
        />
      ) : null}

      <details className="app-details app-gap__history">
        <summary className="app-details__summary kern-link">Verlauf ({gap.history.length})</summary>
        <ol className="app-gap-history">
          {gap.history.map((e, index) => (
            <li key={`${e.at}-${index}`} className="app-gap-history__item">
              <span className="app-gap-history__when">{formatDateTime(e.at)}</span>
              <span>
                <strong>{gapEventLabels[e.event]}</strong> als „{gapKindLabels[e.kind]}“{e.byName ? ` – ${e.byName}` : ''}
                {e.note ? <span className="app-gap-history__note">{e.note}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { NeedDetail, ServiceRef } from '../../../../common/api/needs';
import { needStatuses, needStatusLabels, type NeedStatus } from '../../../../common/need-terms';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { formatDay } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox';
import { useChangeNeedStatus, useOfferSuggestions } from '../hooks/use-needs';
import { needStatusShortLabels, needStatusTone } from './needs-labels';
import { NeedsRadioGroup } from './needs-radio-group';
import { PrivacyTextArea } from './privacy-text-area';

type NeedStatusFormProps = { need: NeedDetail; servicePath: (id: string) => string };

const statusHints: Record<NeedStatus, string> = {
  open: 'Noch nichts ist geschehen; die Lücken zählen als offen.',
  referred: 'Die Familie wurde an ein bestehendes Angebot vermittelt. Jede Vermittlung wird gezählt.',
  project: 'Ein Projekt oder eine Maßnahme im Sozialraum greift den Bedarf auf.',
  closed: 'Erledigt oder nicht mehr aktuell – bitte kurz begründen.',
};

/** The offers to refer to: those matching the need's gaps first, then the suggestions by topic, age and words. */
function referralChoices(need: NeedDetail, suggested: readonly ServiceRef[]): ServiceRef[] {
  const list: ServiceRef[] = [];
  for (const s of [...need.gaps.flatMap((g) => g.matches), ...suggested]) if (!list.some((x) => x.id === s.id)) list.push(s);
  return list.slice(0, 30);
}

/** The need's status now (with its referrals) and the form to change it. */
export function NeedStatusForm({ need, servicePath }: NeedStatusFormProps) {
  const change = useChangeNeedStatus();
  const [status, setStatus] = useState<NeedStatus>(need.status);
  const [serviceIds, setServiceIds] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [blocked, setBlocked] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  // A referral from a gap's offer changes the status outside this form: the choice follows it.
  useEffect(() => setStatus(need.status), [need.status]);
  const suggestions = useOfferSuggestions({
    spaceId: status === 'referred' ? need.spaceId : '',
    topicIds: need.topics.map((t) => t.id),
    ageBands: need.ageBands,
    text: need.text,
  });
  const choices = referralChoices(need, suggestions.data?.items ?? []);
  const serverErrors = fieldErrorsOf(change.error);
  const shown = { ...serverErrors, ...errors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    const found: Record<string, string> = {};
    if (status === 'referred' && serviceIds.length === 0) found.serviceIds = 'Bitte das Angebot wählen, an das vermittelt wurde.';
    if ((status === 'closed' || status === 'project') && note.trim().length < 3) found.note = 'Bitte kurz begründen.';
    setErrors(found);
    const first = found.serviceIds ? `need-status-services-${choices[0]?.id ?? ''}` : found.note || blocked ? 'need-status-note' : null;
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
    setSaved(null);
    change.mutate(
      { id: need.id, body: { status, note: note.trim(), serviceIds: status === 'referred' ? serviceIds : [] } },
      {
        onSuccess: (after) => {
          setNote('');
          setServiceIds([]);
          setSaved(`Status gespeichert: ${needStatusLabels[after.status]}.`);
        },
      },
    );
  };

  return (
    <div className="app-section">
      <p className="kern-body app-need-status-now">
        Status: <Badge tone={needStatusTone[need.status]}>{needStatusShortLabels[need.status]}</Badge>
        {needStatusLabels[need.status] !== needStatusShortLabels[need.status] ? <span>{needStatusLabels[need.status]}</span> : null}
      </p>
      {need.statusNote ? <p className="kern-body app-prewrap">Notiz: {need.statusNote}</p> : null}
      {need.referrals.length ? (
        <>
          <h3 className="kern-heading-small">Vermittlungen</h3>
          <ul className="kern-list kern-list--bullet" aria-label="Vermittlungen">
            {need.referrals.map((r) => (
              <li key={r.id}>
                {formatDay(r.referredOn)}:{' '}
                <Link className="kern-link" to={servicePath(r.service.id)}>
                  {r.service.name}
                </Link>{' '}
                <span className="app-muted">
                  ({r.service.organizationName}
                  {r.organizationName ? `; vermittelt von ${r.organizationName}` : ''})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div role="status" className="app-needs-live">{saved ? <Alert tone="success" title={saved} role="none" /> : null}</div>
      {need.reviewState !== 'accepted' ? (
        <p className="kern-body">Einträge aus dem Online-Formular werden zuerst geprüft und angenommen; danach lässt sich der Status ändern.</p>
      ) : (
        <form className="app-form app-narrow app-subform" onSubmit={submit} noValidate aria-labelledby="need-status-form-title">
          <h3 className="kern-heading-small" id="need-status-form-title">
            Status ändern
          </h3>
          <NeedsRadioGroup
            id="need-status"
            name="need-status"
            legend="Neuer Status"
            options={needStatuses.map((s) => ({ value: s, label: needStatusLabels[s], hint: statusHints[s] }))}
            value={status}
            onChange={(value) => {
              setStatus(value);
              setErrors({});
            }}
            error={shown.status}
          />
          {status === 'referred' ? (
            choices.length ? (
              <CheckboxGroup
                id="need-status-services"
                name="need-status-services"
                legend="Vermittelt an"
                hint="Passende Angebote zu den Lücken und Vorschläge nach Thema, Alter und Text."
                options={choices.map((s) => ({ value: s.id, label: `${s.name} – ${s.organizationName}` }))}
                value={serviceIds}
                onChange={setServiceIds}
                error={shown.serviceIds}
              />
            ) : (
              <Alert tone="info" title="Keine passenden Angebote gefunden" role="none">
                <p className="kern-body">
                  {suggestions.isPending ? 'Vorschläge werden geladen …' : 'Im Sozialraum gibt es zu Thema und Alter kein aktives Angebot, an das vermittelt werden könnte.'}
                </p>
              </Alert>
            )
          ) : null}
          <PrivacyTextArea
            id="need-status-note"
            label="Notiz"
            optional={status === 'open' || status === 'referred'}
            required={status === 'closed' || status === 'project'}
            hint="Zum Beispiel welches Projekt den Bedarf aufgreift. Bitte ohne Namen und andere Angaben zur Person."
            value={note}
            onChange={(value) => setNote(value)}
            onPrivacyChange={setBlocked}
            error={shown.note}
            rows={3}
          />
          {change.error && !serverErrors.note && !serverErrors.serviceIds ? <ErrorAlert error={change.error} title="Status nicht gespeichert" /> : null}
          <div>
            <Button type="submit" busy={change.isPending}>
              Status speichern
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

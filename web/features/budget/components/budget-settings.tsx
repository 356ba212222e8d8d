import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BudgetSettings } from '../../../../common/api/budget';
import { budgetLineKindLabels, formatEuro } from '../../../../common/budget-terms';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { formatDay } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { DescriptionList } from '../../../components/ui/description-list';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { TextField } from '../../../components/ui/text-field';
import { useBudgetSettings, useSaveBudgetSettings } from '../hooks/use-budget';
import { euroFieldValue, parsePlanAmount } from './money-input';
import './budget.css';

const consultationLabel = budgetLineKindLabels.case_consultation ?? 'Kollegiale Beratung';
const networkLabel = budgetLineKindLabels.network_work ?? 'Netzwerkarbeit';

/** "9.360,00 € + 12.480,00 € = 21.840,00 €": the default total, computed, never typed. */
export const defaultTotalText = (consultationCents: number, networkCents: number) =>
  `${formatEuro(consultationCents)} + ${formatEuro(networkCents)} = ${formatEuro(consultationCents + networkCents)}`;

const controls: Record<string, string> = {
  caseConsultationCents: 'settings-consultation',
  networkWorkCents: 'settings-network',
  accountCode: 'settings-account',
  resolutionDate: 'settings-resolution-date',
  resolutionReference: 'settings-resolution-reference',
  approvalThresholdCents: 'settings-threshold',
  carryOver: 'settings-carry-over',
};

function SettingsForm({ settings, onDone }: { settings: BudgetSettings; onDone: (message: string | null) => void }) {
  const save = useSaveBudgetSettings();
  const [consultation, setConsultation] = useState(euroFieldValue(settings.caseConsultationCents));
  const [network, setNetwork] = useState(euroFieldValue(settings.networkWorkCents));
  const [accountCode, setAccountCode] = useState(settings.accountCode ?? '');
  const [resolutionDate, setResolutionDate] = useState(settings.resolutionDate ?? '');
  const [resolutionReference, setResolutionReference] = useState(settings.resolutionReference ?? '');
  const [threshold, setThreshold] = useState(euroFieldValue(settings.approvalThresholdCents));
  const [carryOver, setCarryOver] = useState(settings.carryOver);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(save.error);
  const shown = { ...serverErrors, ...errors };
  const unplaced = save.error && !Object.keys(serverErrors).some((field) => controls[field]);
  const typedConsultation = parsePlanAmount(consultation);
  const typedNetwork = parsePlanAmount(network);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => ref.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    save.reset();
    const found: Record<string, string> = {};
    const parsedThreshold = parsePlanAmount(threshold);
    if (!typedConsultation.ok) found.caseConsultationCents = typedConsultation.message;
    if (!typedNetwork.ok) found.networkWorkCents = typedNetwork.message;
    if (!parsedThreshold.ok) found.approvalThresholdCents = parsedThreshold.message;
    setErrors(found);
    const first = Object.keys(controls).find((field) => found[field]);
    if (first || !typedConsultation.ok || !typedNetwork.ok || !parsedThreshold.ok) {
      document.getElementById(controls[first ?? 'caseConsultationCents'] ?? '')?.focus();
      return;
    }
    save.mutate(
      {
        caseConsultationCents: typedConsultation.cents,
        networkWorkCents: typedNetwork.cents,
        accountCode: accountCode.trim() || null,
        resolutionDate: resolutionDate || null,
        resolutionReference: resolutionReference.trim() || null,
        approvalThresholdCents: parsedThreshold.cents,
        carryOver,
      },
      {
        onSuccess: () => onDone('Die Vorgaben sind gespeichert. Sie gelten für Haushaltsjahre, die ab jetzt angelegt werden.'),
        onError: (error) => {
          const field = Object.keys(controls).find((f) => fieldErrorsOf(error)[f]);
          if (field) document.getElementById(controls[field] ?? '')?.focus();
        },
      },
    );
  };

  return (
    <form ref={ref} tabIndex={-1} className="app-form app-budget-settings app-focus-target" onSubmit={submit} noValidate aria-labelledby="settings-form-title">
      <h3 className="kern-heading-small" id="settings-form-title">
        Vorgaben ändern
      </h3>
      <div className="app-budget-booking__grid">
        <TextField
          id="settings-consultation"
          label={`${consultationLabel} in Euro`}
          inputMode="decimal"
          autoComplete="off"
          value={consultation}
          onChange={(event) => setConsultation(event.target.value)}
          error={shown.caseConsultationCents}
          required
        />
        <TextField
          id="settings-network"
          label={`${networkLabel} in Euro`}
          inputMode="decimal"
          autoComplete="off"
          value={network}
          onChange={(event) => setNetwork(event.target.value)}
          error={shown.networkWorkCents}
          required
        />
      </div>
      <p className="kern-body" aria-live="polite">
        Summe je Sozialraum und Jahr:{' '}
        <strong>{typedConsultation.ok && typedNetwork.ok ? defaultTotalText(typedConsultation.cents, typedNetwork.cents) : 'erst mit gültigen Beträgen'}</strong>
      </p>
      <div className="app-budget-booking__grid">
        <TextField
          id="settings-account"
          label="Produktkonto"
          optional
          value={accountCode}
          onChange={(event) => setAccountCode(event.target.value)}
          error={shown.accountCode}
          maxLength={60}
          autoComplete="off"
        />
        <TextField
          id="settings-resolution-date"
          type="date"
          label="Datum des Beschlusses"
          optional
          value={resolutionDate}
          onChange={(event) => setResolutionDate(event.target.value)}
          error={shown.resolutionDate}
        />
        <TextField
          id="settings-resolution-reference"
          label="Beschluss"
          hint="Zum Beispiel JHA 26.05.2016"
          optional
          value={resolutionReference}
          onChange={(event) => setResolutionReference(event.target.value)}
          error={shown.resolutionReference}
          maxLength={120}
          autoComplete="off"
        />
        <TextField
          id="settings-threshold"
          label="Freigabeschwelle in Euro"
          hint="Mittelbindungen über diesem Betrag gibt die Fachbereichsleitung frei."
          inputMode="decimal"
          autoComplete="off"
          value={threshold}
          onChange={(event) => setThreshold(event.target.value)}
          error={shown.approvalThresholdCents}
          required
        />
      </div>
      <Checkbox
        id="settings-carry-over"
        label="Übertrag: Was am Jahresende frei ist, erhöht den Plan des Folgejahres"
        checked={carryOver}
        onChange={(event) => setCarryOver(event.target.checked)}
      />
      {unplaced ? <ErrorAlert error={save.error} title="Vorgaben nicht gespeichert" /> : null}
      <ButtonRow>
        <Button type="submit" busy={save.isPending}>
          Vorgaben speichern
        </Button>
        <Button variant="tertiary" onClick={() => onDone(null)}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

/**
 * The office's settings for new budget years (admins): default amounts with their computed total, account code,
 * resolution, the approval threshold for commitments, and whether free money carries over.
 */
export function BudgetSettingsSection() {
  const settings = useBudgetSettings(true);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const s = settings.data;
  const finish = (message: string | null) => {
    setEditing(false);
    setSaved(message);
    window.setTimeout(() => document.getElementById('settings-edit-start')?.focus(), 0);
  };

  return (
    <section className="app-section" aria-labelledby="budget-settings-heading">
      <h2 className="kern-heading-medium" id="budget-settings-heading">
        Vorgaben für neue Haushaltsjahre
      </h2>
      <div role="status" className="app-budget-live">
        {saved ? <Alert tone="success" title={saved} role="none" /> : null}
      </div>
      {settings.isPending ? (
        <LoadingIndicator label="Vorgaben werden geladen …" />
      ) : settings.isError || !s ? (
        <ErrorAlert error={settings.error} />
      ) : editing ? (
        <SettingsForm settings={s} onDone={finish} />
      ) : (
        <>
          <DescriptionList
            items={[
              { term: consultationLabel, value: formatEuro(s.caseConsultationCents) },
              { term: networkLabel, value: formatEuro(s.networkWorkCents) },
              { term: 'Summe je Sozialraum und Jahr', value: defaultTotalText(s.caseConsultationCents, s.networkWorkCents) },
              { term: 'Produktkonto', value: s.accountCode ?? 'nicht hinterlegt' },
              {
                term: 'Beschluss',
                value: [s.resolutionReference, s.resolutionDate ? `vom ${formatDay(s.resolutionDate)}` : null].filter(Boolean).join(' ') || 'nicht hinterlegt',
              },
              { term: 'Freigabeschwelle für Mittelbindungen', value: formatEuro(s.approvalThresholdCents) },
              { term: 'Übertrag ins Folgejahr', value: s.carryOver ? 'ja' : 'nein' },
            ]}
          />
          <div>
            <Button
              variant="secondary"
              id="settings-edit-start"
              onClick={() => {
                setSaved(null);
                setEditing(true);
              }}
            >
              Vorgaben ändern
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

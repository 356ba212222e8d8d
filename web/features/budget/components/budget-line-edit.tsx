import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BudgetLine } from '../../../../common/api/budget';
import { formatEuro } from '../../../../common/budget-terms';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { useUpdateBudgetLine } from '../hooks/use-budget';
import { euroFieldValue, parsePlanAmount } from './money-input';

// The server's field names and the suffixes of the controls that show their messages.
const controls: Record<string, string> = {
  plannedCents: 'plan',
  accountCode: 'account',
  resolutionDate: 'resolution-date',
  resolutionReference: 'resolution-reference',
};

/**
 * A manager changes a line: its plan (never below what is booked and bound: the server refuses that at the plan),
 * the city's account code and the committee's resolution.
 */
export function BudgetLineEdit({ line, onDone }: { line: BudgetLine; onDone: (message: string | null) => void }) {
  const update = useUpdateBudgetLine();
  const [plan, setPlan] = useState(euroFieldValue(line.plannedCents));
  const [accountCode, setAccountCode] = useState(line.accountCode ?? '');
  const [resolutionDate, setResolutionDate] = useState(line.resolutionDate ?? '');
  const [resolutionReference, setResolutionReference] = useState(line.resolutionReference ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const id = (suffix: string) => `line-${line.id}-${suffix}`;
  const serverErrors = fieldErrorsOf(update.error);
  const shown = { ...serverErrors, ...errors };
  const unplaced = update.error && !Object.keys(serverErrors).some((field) => controls[field]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    const found: Record<string, string> = {};
    const parsed = parsePlanAmount(plan);
    if (!parsed.ok) found.plannedCents = parsed.message;
    if (resolutionDate && !/^\d{4}-\d{2}-\d{2}$/.test(resolutionDate)) found.resolutionDate = 'Bitte das Datum des Beschlusses angeben.';
    setErrors(found);
    const first = Object.keys(controls).find((field) => found[field]);
    if (first || !parsed.ok) {
      document.getElementById(id(controls[first ?? 'plannedCents'] ?? 'plan'))?.focus();
      return;
    }
    update.mutate(
      {
        lineId: line.id,
        body: {
          plannedCents: parsed.cents,
          accountCode: accountCode.trim() || null,
          resolutionDate: resolutionDate || null,
          resolutionReference: resolutionReference.trim() || null,
        },
      },
      {
        onSuccess: (saved) => onDone(`Gespeichert: „${saved.label}“ mit ${formatEuro(saved.plannedCents)} geplant.`),
        onError: (error) => {
          const field = Object.keys(controls).find((f) => fieldErrorsOf(error)[f]);
          if (field) document.getElementById(id(controls[field] ?? ''))?.focus();
        },
      },
    );
  };

  return (
    <form ref={ref} tabIndex={-1} className="app-form app-budget-line-edit app-focus-target" onSubmit={submit} noValidate aria-labelledby={id('edit-title')}>
      <h4 className="kern-heading-small" id={id('edit-title')}>
        {line.label} bearbeiten
      </h4>
      <TextField
        id={id('plan')}
        label="Plan in Euro"
        hint={
          line.carriedInCents > 0
            ? `Zum Beispiel 9.360,00. Darin enthalten: ${formatEuro(line.carriedInCents)} Übertrag aus dem Vorjahr.`
            : 'Zum Beispiel 9.360,00. Mindestens so viel, wie gebucht und gebunden ist.'
        }
        inputMode="decimal"
        autoComplete="off"
        value={plan}
        onChange={(event) => setPlan(event.target.value)}
        error={shown.plannedCents}
        required
      />
      <TextField
        id={id('account')}
        label="Produktkonto"
        optional
        value={accountCode}
        onChange={(event) => setAccountCode(event.target.value)}
        error={shown.accountCode}
        maxLength={60}
        autoComplete="off"
      />
      <TextField
        id={id('resolution-date')}
        type="date"
        label="Datum des Beschlusses"
        optional
        value={resolutionDate}
        onChange={(event) => setResolutionDate(event.target.value)}
        error={shown.resolutionDate}
      />
      <TextField
        id={id('resolution-reference')}
        label="Beschluss"
        hint="Zum Beispiel JHA 26.05.2016"
        optional
        value={resolutionReference}
        onChange={(event) => setResolutionReference(event.target.value)}
        error={shown.resolutionReference}
        maxLength={120}
        autoComplete="off"
      />
      {unplaced ? <ErrorAlert error={update.error} title="Nicht gespeichert" /> : null}
      <ButtonRow>
        <Button type="submit" busy={update.isPending}>
          Speichern
        </Button>
        <Button variant="tertiary" onClick={() => onDone(null)}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

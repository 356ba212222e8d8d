import { useState, type FormEvent } from 'react';
import type { BudgetOfYear } from '../../../../common/api/budget';
import { bookingPurposeLabels, bookingPurposes, formatEuro, type BookingPurpose } from '../../../../common/budget-terms';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { todayIso } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useCreateBooking } from '../hooks/use-budget';
import { sentence } from './budget-ledger';
import { parseEuroAmount } from './money-input';
import './budget.css';

/** Today if it lies in the year, otherwise the year's first or last day. */
function defaultDay(year: number): string {
  const today = todayIso();
  if (today < `${year}-01-01`) return `${year}-01-01`;
  if (today > `${year}-12-31`) return `${year}-12-31`;
  return today;
}

// The server's field names and the ids of the controls that show their messages.
const controls: Record<string, string> = {
  lineId: 'booking-line',
  bookedOn: 'booking-date',
  amountCents: 'booking-amount',
  purpose: 'booking-purpose',
  payee: 'booking-payee',
  receiptReference: 'booking-receipt',
  note: 'booking-note',
};

/** Books an amount on one line of the year; what would overspend the line is refused by the server at the amount. */
export function BookingForm({ budget }: { budget: BudgetOfYear }) {
  const create = useCreateBooking();
  const [lineId, setLineId] = useState(budget.lines[0]?.id ?? '');
  const [bookedOn, setBookedOn] = useState(() => defaultDay(budget.year));
  const [amount, setAmount] = useState('');
  const [purpose, setPurpose] = useState<BookingPurpose>('project');
  const [payee, setPayee] = useState('');
  const [receipt, setReceipt] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const line = budget.lines.find((l) => l.id === lineId) ?? budget.lines[0];
  const serverErrors = fieldErrorsOf(create.error);
  const shown = { ...serverErrors, ...errors };
  const unplaced = create.error && !Object.keys(serverErrors).some((field) => controls[field]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending || !line) return;
    create.reset();
    setSaved(null);
    const found: Record<string, string> = {};
    const parsed = parseEuroAmount(amount);
    if (!parsed.ok) found.amountCents = parsed.message;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(bookedOn)) found.bookedOn = 'Bitte das Buchungsdatum angeben.';
    else if (!bookedOn.startsWith(`${budget.year}-`)) found.bookedOn = `Das Buchungsdatum muss im Haushaltsjahr ${budget.year} liegen.`;
    if (payee.trim().length < 2) found.payee = 'Bitte den Zahlungsempfänger angeben.';
    setErrors(found);
    const first = Object.keys(controls).find((field) => found[field]);
    if (first || !parsed.ok) {
      document.getElementById(controls[first ?? 'amountCents'] ?? 'booking-amount')?.focus();
      return;
    }
    create.mutate(
      {
        lineId: line.id,
        body: { bookedOn, amountCents: parsed.cents, purpose, payee: payee.trim(), receiptReference: receipt.trim() || null, note: note.trim() },
      },
      {
        onSuccess: (booking) => {
          setSaved(sentence(`Gebucht: ${formatEuro(booking.amountCents)} auf „${line.label}“ an ${booking.payee}`));
          setAmount('');
          setPayee('');
          setReceipt('');
          setNote('');
        },
        onError: (error) => {
          const field = Object.keys(controls).find((f) => fieldErrorsOf(error)[f]);
          if (field) document.getElementById(controls[field] ?? '')?.focus();
        },
      },
    );
  };

  return (
    <form className="app-form app-budget-booking" onSubmit={submit} noValidate aria-labelledby="booking-form-title">
      <h2 className="kern-heading-medium" id="booking-form-title">
        Buchen
      </h2>
      <div role="status" className="app-budget-live">
        {saved ? <Alert tone="success" title={saved} role="none" /> : null}
      </div>
      <div className="app-budget-booking__grid">
        <SelectField
          id="booking-line"
          label="Haushaltsposition"
          options={budget.lines.map((l) => ({ value: l.id, label: `${l.label} (frei: ${formatEuro(l.remainingCents)})` }))}
          value={line?.id ?? ''}
          onChange={(event) => setLineId(event.target.value)}
          error={shown.lineId}
        />
        <TextField
          id="booking-date"
          type="date"
          label="Buchungsdatum"
          min={`${budget.year}-01-01`}
          max={`${budget.year}-12-31`}
          value={bookedOn}
          onChange={(event) => setBookedOn(event.target.value)}
          error={shown.bookedOn}
          required
        />
        <TextField
          id="booking-amount"
          label="Betrag in Euro"
          hint="Zum Beispiel 1.234,56"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          error={shown.amountCents}
          required
        />
        <SelectField
          id="booking-purpose"
          label="Zweck"
          options={bookingPurposes.map((p) => ({ value: p, label: bookingPurposeLabels[p] }))}
          value={purpose}
          onChange={(event) => setPurpose(event.target.value as BookingPurpose)}
          error={shown.purpose}
        />
        <TextField
          id="booking-payee"
          label="Zahlungsempfänger"
          autoComplete="organization"
          value={payee}
          onChange={(event) => setPayee(event.target.value)}
          error={shown.payee}
          maxLength={200}
          required
        />
        <TextField
          id="booking-receipt"
          label="Belegnummer"
          optional
          value={receipt}
          onChange={(event) => setReceipt(event.target.value)}
          error={shown.receiptReference}
          maxLength={120}
        />
      </div>
      <TextAreaField
        id="booking-note"
        label="Notiz"
        optional
        hint="Ohne Namen von Familien oder Kindern."
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={shown.note}
        maxLength={1000}
      />
      {unplaced ? <ErrorAlert error={create.error} title="Nicht gebucht" /> : null}
      <div>
        <Button type="submit" busy={create.isPending}>
          Buchen
        </Button>
      </div>
    </form>
  );
}

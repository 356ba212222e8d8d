import { useState, type FormEvent } from 'react';
import type { BudgetOfYear, Commitment } from '../../../../common/api/budget';
import { bookingPurposeLabels, bookingPurposes, formatEuro, type BookingPurpose } from '../../../../common/budget-terms';
import { attachmentMaxBytes, projectStatusLabels } from '../../../../common/project-terms';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { todayIso } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useCommitments, useCreateBooking, useSpaceProjects, useUploadReceipt } from '../hooks/use-budget';
import { sentence } from './budget-ledger';
import { parseEuroAmount } from './money-input';
import { receiptAccept, receiptTypesText } from './receipt-file';
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
  projectId: 'booking-project',
  file: 'booking-file',
};

/** "davon 500,00 € aus der Mittelbindung": the part of a project booking that drew on its commitment. */
export const drawnText = (drawnCents: number) => `davon ${formatEuro(drawnCents)} aus der Mittelbindung`;

function commitmentHint(commitment: Commitment | undefined, lineLabel: string): string {
  const rule = 'Die Buchung zieht zuerst aus der Mittelbindung des Projekts in dieser Position, nur der Rest aus dem freien Geld.';
  if (!commitment) return `${rule} Für dieses Projekt ist in „${lineLabel}“ nichts gebunden.`;
  return `${rule} Für dieses Projekt sind in „${lineLabel}“ noch ${formatEuro(commitment.openCents)} gebunden.`;
}

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
  const [projectId, setProjectId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const projects = useSpaceProjects(budget.spaceId);
  const commitments = useCommitments({ spaceId: budget.spaceId, year: budget.year });
  const upload = useUploadReceipt();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const line = budget.lines.find((l) => l.id === lineId) ?? budget.lines[0];
  const serverErrors = fieldErrorsOf(create.error);
  const uploadFileError = fieldErrorsOf(upload.error).file;
  const uploadError = upload.error && !uploadFileError ? upload.error : null;
  const forProject = purpose === 'project';
  const openCommitment = (commitments.data ?? []).find((c) => c.status === 'open' && c.projectId === projectId && c.lineId === line?.id);
  const shown = { ...serverErrors, ...errors };
  const unplaced = create.error && !Object.keys(fieldErrorsOf(create.error)).some((field) => controls[field]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending || !line) return;
    create.reset();
    upload.reset();
    setSaved(null);
    const found: Record<string, string> = {};
    const parsed = parseEuroAmount(amount);
    if (!parsed.ok) found.amountCents = parsed.message;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(bookedOn)) found.bookedOn = 'Bitte das Buchungsdatum angeben.';
    else if (!bookedOn.startsWith(`${budget.year}-`)) found.bookedOn = `Das Buchungsdatum muss im Haushaltsjahr ${budget.year} liegen.`;
    if (payee.trim().length < 2) found.payee = 'Bitte den Zahlungsempfänger angeben.';
    if (forProject && !projectId) found.projectId = 'Bitte das Projekt wählen, für das gebucht wird.';
    if (file && file.size > attachmentMaxBytes) found.file = 'Die Datei ist zu groß: höchstens 10 MB.';
    setErrors(found);
    const first = Object.keys(controls).find((field) => found[field]);
    if (first || !parsed.ok) {
      document.getElementById(controls[first ?? 'amountCents'] ?? 'booking-amount')?.focus();
      return;
    }
    create.mutate(
      {
        lineId: line.id,
        body: {
          bookedOn,
          amountCents: parsed.cents,
          purpose,
          payee: payee.trim(),
          receiptReference: receipt.trim() || null,
          note: note.trim(),
          projectId: forProject ? projectId : null,
        },
      },
      {
        onSuccess: (booking) => {
          const drawn = booking.drawnFromCommitmentCents > 0 ? ` (${drawnText(booking.drawnFromCommitmentCents)})` : '';
          const message = sentence(`Gebucht: ${formatEuro(booking.amountCents)} auf „${line.label}“ an ${booking.payee}${drawn}`);
          setSaved(message);
          setAmount('');
          setPayee('');
          setReceipt('');
          setNote('');
          if (file) {
            // The booking stands; the receipt follows it. If the file is refused, the message stands at the file.
            upload.mutate(
              { bookingId: booking.id, file },
              {
                onSuccess: (withReceipt) => {
                  setSaved(sentence(`${message} Beleg „${withReceipt.receipt?.fileName ?? file.name}“ abgelegt`));
                  setFile(null);
                  setFileKey((k) => k + 1);
                },
                onError: () => {
                  // Booking again would book twice: the file is cleared, the receipt is filed later in the journal.
                  setSaved(sentence(`${message} Der Beleg wurde nicht abgelegt`));
                  setFile(null);
                  setFileKey((k) => k + 1);
                  document.getElementById('booking-file')?.focus();
                },
              },
            );
          }
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
      <p className="kern-body">
        Gehört eine Rechnung zu einem Projekt, den Zweck „Projekt“ und das Projekt wählen: dann zieht die Buchung zuerst aus dessen Mittelbindung.
      </p>
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
        {forProject ? (
          <SelectField
            id="booking-project"
            label="Projekt"
            hint={projectId && line ? commitmentHint(openCommitment, line.label) : 'Die Buchung zieht zuerst aus der Mittelbindung des Projekts in dieser Position.'}
            options={[
              { value: '', label: projects.isPending ? 'Projekte werden geladen …' : 'Bitte wählen' },
              ...(projects.data ?? []).map((p) => ({ value: p.id, label: `${p.title} (${projectStatusLabels[p.status]})` })),
            ]}
            value={projectId}
            onChange={(event) => setProjectId(event.target.value)}
            error={shown.projectId ?? (projects.isError ? 'Die Projekte konnten nicht geladen werden.' : undefined)}
            required
          />
        ) : null}
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
        <TextField
          key={fileKey}
          id="booking-file"
          type="file"
          label="Beleg als Datei"
          hint={receiptTypesText}
          optional
          accept={receiptAccept}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          error={
            shown.file ??
            (uploadFileError ? `${uploadFileError} Die Buchung ist gespeichert: den Beleg bitte im Journal mit „Beleg hochladen“ nachreichen.` : undefined)
          }
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
      {uploadError ? <ErrorAlert error={uploadError} title="Beleg nicht abgelegt" /> : null}
      <div>
        <Button type="submit" busy={create.isPending || upload.isPending}>
          Buchen
        </Button>
      </div>
    </form>
  );
}

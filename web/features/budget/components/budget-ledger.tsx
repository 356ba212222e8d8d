import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Booking, BudgetLine } from '../../../../common/api/budget';
import { bookingPurposeLabels, formatEuro } from '../../../../common/budget-terms';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { formatDay } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonRow } from '../../../components/ui/button';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { receiptUrl } from '../api/budget-api';
import { useLedger, useReverseBooking, useUploadReceipt } from '../hooks/use-budget';
import { fileSizeText, receiptAccept, receiptTypesText } from './receipt-file';
import './budget.css';

/** Ends a sentence once, also after a name that ends with a dot ("e. V."). */
export const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

const bookingName = (b: Booking) => `Buchung vom ${formatDay(b.bookedOn)} über ${formatEuro(b.amountCents)} an ${b.payee}`;

type ReverseFormProps = { booking: Booking; onDone: (message: string | null) => void };

/** Reversing asks for the reason; the original stays in the ledger and a negative booking is added. */
function ReverseForm({ booking, onDone }: ReverseFormProps) {
  const reverse = useReverseBooking();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const ref = useRef<HTMLFormElement>(null);
  const id = `reverse-${booking.id}`;
  useEffect(() => ref.current?.focus(), []);
  const serverErrors = fieldErrorsOf(reverse.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reverse.isPending) return;
    if (note.trim().length < 3) {
      setError('Bitte den Grund der Stornierung angeben.');
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    setError(undefined);
    reverse.mutate({ bookingId: booking.id, note: note.trim() }, { onSuccess: () => onDone(sentence(`Storniert: ${bookingName(booking)}`)) });
  };

  return (
    <form ref={ref} tabIndex={-1} className="app-form app-budget-reverse app-focus-target" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 className="kern-heading-small" id={`${id}-title`}>
        {bookingName(booking)} stornieren
      </h4>
      <p className="kern-body">Die Buchung bleibt im Journal stehen; eine Gegenbuchung über {formatEuro(-booking.amountCents)} gibt den Betrag wieder frei.</p>
      <TextAreaField
        id={`${id}-note`}
        label="Grund der Stornierung"
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={error ?? serverErrors.note}
        required
        maxLength={1000}
      />
      {reverse.error && !serverErrors.note ? <ErrorAlert error={reverse.error} title="Nicht storniert" /> : null}
      <ButtonRow>
        <Button type="submit" busy={reverse.isPending}>
          Buchung stornieren
        </Button>
        <Button variant="tertiary" onClick={() => onDone(null)}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}


/** Filing the receipt of a booking that has none yet (one receipt per booking). */
function ReceiptForm({ booking, onDone }: ReverseFormProps) {
  const upload = useUploadReceipt();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const id = `receipt-${booking.id}`;
  const serverErrors = fieldErrorsOf(upload.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (upload.isPending) return;
    if (!file) {
      setError('Bitte die Datei des Belegs wählen.');
      document.getElementById(`${id}-file`)?.focus();
      return;
    }
    setError(undefined);
    upload.mutate(
      { bookingId: booking.id, file },
      {
        onSuccess: (saved) => onDone(sentence(`Beleg „${saved.receipt?.fileName ?? file.name}“ abgelegt: ${bookingName(booking)}`)),
        onError: () => document.getElementById(`${id}-file`)?.focus(),
      },
    );
  };

  return (
    <form ref={ref} tabIndex={-1} className="app-form app-budget-reverse app-focus-target" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 className="kern-heading-small" id={`${id}-title`}>
        Beleg zur {bookingName(booking)}
      </h4>
      <TextField
        id={`${id}-file`}
        type="file"
        label="Datei des Belegs"
        hint={receiptTypesText}
        accept={receiptAccept}
        onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        error={error ?? serverErrors.file}
        required
      />
      {upload.error && !serverErrors.file ? <ErrorAlert error={upload.error} title="Beleg nicht abgelegt" /> : null}
      <ButtonRow>
        <Button type="submit" busy={upload.isPending}>
          Beleg ablegen
        </Button>
        <Button variant="tertiary" onClick={() => onDone(null)}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

type BudgetLedgerProps = {
  line: BudgetLine;
  canReverse: boolean;
  /** Managers file receipts, also in a closed year (a receipt may arrive late; the figures do not change). */
  canAttach: boolean;
  projectHref: (projectId: string) => string;
};

/** The journal of one line: every booking and reversal, oldest first; managers reverse bookings not yet reversed. */
export function BudgetLedger({ line, canReverse, canAttach, projectHref }: BudgetLedgerProps) {
  const ledger = useLedger(line.id);
  const [reversing, setReversing] = useState<string | null>(null);
  const [attaching, setAttaching] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const captionId = `ledger-${line.id}`;
  const bookings = ledger.data?.bookings ?? [];
  const chosen = bookings.find((b) => b.id === reversing);
  const attachTo = bookings.find((b) => b.id === attaching);

  const finish = (bookingId: string) => (message: string | null) => {
    setReversing(null);
    setDone(message);
    // Back to where the reversal started (or, if the booking now shows no button, to the table).
    window.setTimeout(() => (document.getElementById(`reverse-start-${bookingId}`) ?? document.getElementById(`${captionId}-region`))?.focus(), 0);
  };
  const finishReceipt = (bookingId: string) => (message: string | null) => {
    setAttaching(null);
    setDone(message);
    window.setTimeout(() => (document.getElementById(`receipt-start-${bookingId}`) ?? document.getElementById(`receipt-link-${bookingId}`))?.focus(), 0);
  };

  return (
    <section className="app-section app-budget-ledger" aria-labelledby={captionId}>
      <h3 className="kern-heading-small" id={captionId}>
        Buchungen: {line.label}
      </h3>
      <div role="status" className="app-budget-live">
        {done ? <Alert tone="success" title={done} role="none" /> : null}
      </div>
      {ledger.isPending ? (
        <LoadingIndicator label="Buchungen werden geladen …" />
      ) : ledger.isError ? (
        <ErrorAlert error={ledger.error} />
      ) : bookings.length === 0 ? (
        <p className="kern-body app-empty">Auf dieser Position ist noch nichts gebucht.</p>
      ) : (
        <div className="kern-table-responsive app-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0} id={`${captionId}-region`}>
          <table className="kern-table kern-table--small">
            <caption className="kern-sr-only">Buchungen: {line.label}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Datum</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">Betrag</th>
                <th scope="col" className="kern-table__header">Zweck</th>
                <th scope="col" className="kern-table__header">Empfänger</th>
                <th scope="col" className="kern-table__header">Beleg</th>
                <th scope="col" className="kern-table__header">Notiz</th>
                {canReverse ? (
                  <th scope="col" className="kern-table__header">
                    <span className="app-visually-hidden">Aktion</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {bookings.map((b) => (
                <tr key={b.id} className="kern-table__row">
                  <td className="kern-table__cell app-nowrap">{formatDay(b.bookedOn)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">
                    <span className="app-nowrap">{formatEuro(b.amountCents)}</span>
                    {b.reversesBookingId ? (
                      <span className="app-budget-tag">
                        <Badge tone="info">Storno</Badge>
                      </span>
                    ) : null}
                    {b.reversedByBookingId ? (
                      <span className="app-budget-tag">
                        <Badge tone="warning">storniert</Badge>
                      </span>
                    ) : null}
                  </td>
                  <td className="kern-table__cell">
                    {bookingPurposeLabels[b.purpose]}
                    {b.projectId && b.projectTitle ? (
                      <span className="app-budget-tag">
                        <Link className="kern-link" to={projectHref(b.projectId)}>
                          {b.projectTitle}
                        </Link>
                      </span>
                    ) : null}
                    {b.drawnFromCommitmentCents !== 0 ? (
                      <span className="app-budget-tag app-muted">davon {formatEuro(b.drawnFromCommitmentCents)} aus der Mittelbindung</span>
                    ) : null}
                  </td>
                  <td className="kern-table__cell">{b.payee}</td>
                  <td className="kern-table__cell">
                    {b.receiptReference ? <span className="app-nowrap">{b.receiptReference}</span> : b.receipt ? null : <span>–</span>}
                    {b.receipt ? (
                      <span className="app-budget-tag">
                        <a
                          className="kern-link"
                          id={`receipt-link-${b.id}`}
                          href={receiptUrl(b.id)}
                          download={b.receipt.fileName}
                          aria-label={`Beleg herunterladen: ${b.receipt.fileName} (${fileSizeText(b.receipt.sizeBytes)}) zur ${bookingName(b)}`}
                        >
                          {b.receipt.fileName}
                        </a>{' '}
                        <span className="app-muted app-nowrap">({fileSizeText(b.receipt.sizeBytes)})</span>
                      </span>
                    ) : canAttach && !b.reversesBookingId ? (
                      <span className="app-budget-tag">
                        <Button
                          variant="tertiary"
                          id={`receipt-start-${b.id}`}
                          aria-label={`Beleg hochladen: ${bookingName(b)}`}
                          aria-expanded={attaching === b.id}
                          onClick={() => {
                            setDone(null);
                            setReversing(null);
                            setAttaching(attaching === b.id ? null : b.id);
                          }}
                        >
                          Beleg hochladen
                        </Button>
                      </span>
                    ) : null}
                  </td>
                  <td className="kern-table__cell app-budget-note">{b.note || '–'}</td>
                  {canReverse ? (
                    <td className="kern-table__cell">
                      {!b.reversesBookingId && !b.reversedByBookingId ? (
                        <Button
                          variant="tertiary"
                          id={`reverse-start-${b.id}`}
                          aria-label={`Stornieren: ${bookingName(b)}`}
                          aria-expanded={reversing === b.id}
                          onClick={() => {
                            setDone(null);
                            setAttaching(null);
                            setReversing(reversing === b.id ? null : b.id);
                          }}
                        >
                          Stornieren
                        </Button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canReverse && chosen ? <ReverseForm key={chosen.id} booking={chosen} onDone={finish(chosen.id)} /> : null}
      {canAttach && attachTo ? <ReceiptForm key={attachTo.id} booking={attachTo} onDone={finishReceipt(attachTo.id)} /> : null}
    </section>
  );
}

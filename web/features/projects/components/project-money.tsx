import { useState, type FormEvent } from 'react';
import type { Booking, Commitment } from '../../../../common/api/budget';
import type { ProjectDetail } from '../../../../common/api/projects';
import { budgetLineKindLabels, formatEuro } from '../../../../common/budget-terms';
import { commitmentStatusLabels } from '../../../../common/project-terms';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { formatDay, todayIso } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useBudgetOfYear, useCreateCommitment, useProjectBookings, useProjectCommitments } from '../hooks/use-projects';
import { parseEuro } from './euro-amount';

type SpaceNames = ReadonlyMap<string, string>;
const lineLabel = (kind: string, label: string) => budgetLineKindLabels[kind] ?? label;

function CommitmentsTable({ commitments, spaceNames }: { commitments: readonly Commitment[]; spaceNames: SpaceNames }) {
  const counted = commitments.filter((c) => c.status !== 'rejected');
  const sum = (pick: (c: Commitment) => number) => counted.reduce((total, c) => total + pick(c), 0);
  return (
    <div className="kern-table-responsive app-table-scroll" role="region" aria-labelledby="project-commitments-caption" tabIndex={0}>
      <table className="kern-table kern-table--small">
        <caption id="project-commitments-caption" className="kern-title app-table-caption">
          Gebundene Mittel
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {['Jahr', 'Sozialraum', 'Status'].map((h) => (
              <th key={h} scope="col" className="kern-table__header">
                {h}
              </th>
            ))}
            {['Betrag', 'abgerufen', 'offen'].map((h) => (
              <th key={h} scope="col" className="kern-table__header kern-table__header--numeric">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {commitments.map((c) => (
            <tr key={c.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {c.year}
              </th>
              <td className="kern-table__cell">{spaceNames.get(c.spaceId) ?? '–'}</td>
              <td className="kern-table__cell">
                <Badge tone={c.status === 'pending' ? 'warning' : c.status === 'rejected' ? 'danger' : 'info'}>{commitmentStatusLabels[c.status]}</Badge>
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatEuro(c.amountCents)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatEuro(c.drawnCents)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatEuro(c.openCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="kern-table__row">
            <th scope="row" className="kern-table__header" colSpan={3}>
              Summe (ohne abgelehnte)
            </th>
            <td className="kern-table__cell kern-table__cell--numeric">{formatEuro(sum((c) => c.amountCents))}</td>
            <td className="kern-table__cell kern-table__cell--numeric">{formatEuro(sum((c) => c.drawnCents))}</td>
            <td className="kern-table__cell kern-table__cell--numeric">{formatEuro(sum((c) => c.openCents))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function BookingsTable({ bookings, spaceNames }: { bookings: readonly Booking[]; spaceNames: SpaceNames }) {
  const total = bookings.reduce((sum, b) => sum + b.amountCents, 0);
  return (
    <div className="kern-table-responsive app-table-scroll" role="region" aria-labelledby="project-bookings-caption" tabIndex={0}>
      <table className="kern-table kern-table--small">
        <caption id="project-bookings-caption" className="kern-title app-table-caption">
          Ausgaben (Buchungen)
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {['Datum', 'Sozialraum', 'Empfänger'].map((h) => (
              <th key={h} scope="col" className="kern-table__header">
                {h}
              </th>
            ))}
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Betrag
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {bookings.map((b) => (
            <tr key={b.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {formatDay(b.bookedOn)}
              </th>
              <td className="kern-table__cell">{spaceNames.get(b.spaceId) ?? '–'}</td>
              <td className="kern-table__cell">
                {b.payee}
                {b.reversesBookingId ? ' (Storno)' : ''}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatEuro(b.amountCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="kern-table__row">
            <th scope="row" className="kern-table__header" colSpan={3}>
              Summe
            </th>
            <td className="kern-table__cell kern-table__cell--numeric">{formatEuro(total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** "Mittel binden": money of a space's budget line reserved for this project; above the threshold it waits for approval. */
function CommitmentForm({ project, spaceNames }: { project: ProjectDetail; spaceNames: SpaceNames }) {
  const currentYear = Number(todayIso().slice(0, 4));
  const years = [currentYear + 1, currentYear, currentYear - 1];
  const [spaceId, setSpaceId] = useState(project.spaceIds[0] ?? '');
  const [year, setYear] = useState(currentYear);
  const [lineId, setLineId] = useState('');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [amountError, setAmountError] = useState<string | undefined>();
  const [result, setResult] = useState<Commitment | null>(null);
  const budget = useBudgetOfYear(spaceId, year);
  const create = useCreateCommitment(project.id);
  const lines = budget.data?.lines ?? [];
  const line = lines.find((l) => l.id === lineId) ?? lines.find((l) => l.kind === 'network_work') ?? lines[0];
  const serverErrors = fieldErrorsOf(create.error);
  const shownAmountError = amountError ?? serverErrors.amountCents;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending || !line) return;
    setResult(null);
    create.reset();
    const parsed = parseEuro(amount);
    if (!parsed.ok) {
      setAmountError(parsed.message);
      document.getElementById('commit-amount')?.focus();
      return;
    }
    setAmountError(undefined);
    create.mutate(
      { lineId: line.id, body: { projectId: project.id, amountCents: parsed.cents, note: note.trim() } },
      {
        onSuccess: (c) => {
          setResult(c);
          setAmount('');
          setNote('');
        },
        onError: () => document.getElementById('commit-amount')?.focus(),
      },
    );
  };

  return (
    <form className="app-form app-subform" aria-labelledby="commit-heading" noValidate onSubmit={submit}>
      <h3 className="kern-heading-small" id="commit-heading">
        Mittel binden
      </h3>
      <div className="app-field-row">
        <SelectField
          id="commit-space"
          label="Sozialraum"
          options={project.spaceIds.map((s) => ({ value: s, label: spaceNames.get(s) ?? s }))}
          value={spaceId}
          onChange={(event) => {
            setSpaceId(event.target.value);
            setLineId('');
          }}
        />
        <SelectField
          id="commit-year"
          label="Haushaltsjahr"
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          value={String(year)}
          onChange={(event) => {
            setYear(Number(event.target.value));
            setLineId('');
          }}
        />
      </div>
      {budget.isPending ? null : budget.isError || lines.length === 0 ? (
        <p className="kern-body app-muted">
          Für {year} ist in {spaceNames.get(spaceId) ?? 'diesem Sozialraum'} noch kein Haushalt angelegt (oder er ist für Sie nicht sichtbar).
        </p>
      ) : (
        <>
          <SelectField
            id="commit-line"
            label="Haushaltsposition"
            options={lines.map((l) => ({ value: l.id, label: `${lineLabel(l.kind, l.label)} (frei: ${formatEuro(l.remainingCents)})` }))}
            value={line?.id ?? ''}
            onChange={(event) => setLineId(event.target.value)}
          />
          <div className="app-field-row">
            <TextField
              id="commit-amount"
              label="Betrag in Euro"
              hint="z. B. 1.234,56"
              inputMode="decimal"
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              error={shownAmountError}
            />
            <TextField id="commit-note" label="Notiz" optional value={note} onChange={(event) => setNote(event.target.value)} error={serverErrors.note} />
          </div>
          {create.error && !serverErrors.amountCents && !serverErrors.note ? <ErrorAlert error={create.error} title="Nicht gebunden" /> : null}
          {result ? (
            result.status === 'pending' ? (
              <Alert tone="info" title={`${formatEuro(result.amountCents)} beantragt: wartet auf Freigabe`}>
                <p className="kern-body">Der Betrag liegt über der Freigabegrenze. Die Fachbereichsleitung entscheidet; bis dahin ist nichts gebunden.</p>
              </Alert>
            ) : (
              <Alert tone="success" title={`${formatEuro(result.amountCents)} gebunden`} />
            )
          ) : null}
          <div>
            <Button type="submit" busy={create.isPending}>
              Mittel binden
            </Button>
          </div>
        </>
      )}
    </form>
  );
}

type MoneyProps = { project: ProjectDetail; spaceNames: SpaceNames; canCommit: boolean };

/** What the budget holds for the project (commitments) and what was spent on it (bookings). */
export function ProjectMoney({ project, spaceNames, canCommit }: MoneyProps) {
  const commitments = useProjectCommitments(project.id, true);
  const bookings = useProjectBookings(project.id, true);
  const commitmentList = commitments.data ?? [];
  const bookingList = bookings.data ?? [];
  return (
    <section className="app-section" aria-labelledby="project-money-heading">
      <h2 className="kern-heading-medium" id="project-money-heading">
        Geld
      </h2>
      {commitments.isPending ? null : commitmentList.length === 0 ? (
        <p className="kern-body app-muted">Noch keine Mittel gebunden.</p>
      ) : (
        <CommitmentsTable commitments={commitmentList} spaceNames={spaceNames} />
      )}
      {bookings.isPending ? null : bookingList.length === 0 ? (
        <p className="kern-body app-muted">Noch keine Ausgaben gebucht.</p>
      ) : (
        <BookingsTable bookings={bookingList} spaceNames={spaceNames} />
      )}
      {canCommit && project.editable && project.status !== 'completed' && project.status !== 'stopped' ? <CommitmentForm project={project} spaceNames={spaceNames} /> : null}
    </section>
  );
}

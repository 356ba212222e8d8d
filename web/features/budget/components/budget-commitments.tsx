import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { BudgetOfYear, Commitment } from '../../../../common/api/budget';
import type { SocialSpace } from '../../../../common/api/social-spaces';
import { formatEuro } from '../../../../common/budget-terms';
import { commitmentStatusLabels } from '../../../../common/project-terms';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonRow } from '../../../components/ui/button';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { useCommitments, useDecideCommitment, usePendingCommitments, useReleaseCommitment } from '../hooks/use-budget';
import { sentence } from './budget-ledger';
import './budget.css';

export type ProjectHref = (projectId: string) => string;

const commitmentName = (c: Commitment) => `Mittelbindung über ${formatEuro(c.amountCents)} für „${c.projectTitle}“`;

const statusTone = { pending: 'warning', open: 'info', closed: 'success', rejected: 'danger' } as const;

function StatusBadge({ commitment }: { commitment: Commitment }) {
  return <Badge tone={statusTone[commitment.status]}>{commitmentStatusLabels[commitment.status]}</Badge>;
}

/** Who asked for it, who decided and who settled it, in words ("angefragt von …; freigegeben von …; abgerechnet von …"). */
function whoText(c: Commitment): string {
  const parts: string[] = [];
  if (c.requestedByName) parts.push(`angefragt von ${c.requestedByName}`);
  const note = c.decisionNote ? `: ${c.decisionNote}` : '';
  if (c.decidedByName) parts.push(`${c.status === 'rejected' ? 'abgelehnt' : 'freigegeben'} von ${c.decidedByName}${note}`);
  if (c.status === 'closed') parts.push(`abgerechnet${c.closedByName ? ` von ${c.closedByName}` : ''}${c.closeNote ? `: ${c.closeNote}` : ''}`);
  return parts.join('; ') || '–';
}

// ---- the queue of the head of department ----

type DecisionProps = { commitment: Commitment; where: string; projectHref: ProjectHref; onDone: (message: string) => void };

/** One commitment waiting for approval: approve it (an optional note) or reject it (a reason is required). */
function PendingDecision({ commitment, where, projectHref, onDone }: DecisionProps) {
  const decide = useDecideCommitment();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const id = `decision-${commitment.id}`;
  const serverErrors = fieldErrorsOf(decide.error);

  const send = (decision: 'approved' | 'rejected') => (event?: FormEvent) => {
    event?.preventDefault();
    if (decide.isPending) return;
    decide.reset();
    if (decision === 'rejected' && note.trim().length < 3) {
      setError('Bitte die Ablehnung kurz begründen.');
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    setError(undefined);
    // Not mutate's own callback: the decided commitment leaves the queue (and this component unmounts) before it would run.
    decide
      .mutateAsync({ id: commitment.id, decision, note: note.trim() })
      .then(() => onDone(sentence(`${decision === 'approved' ? 'Freigegeben' : 'Abgelehnt'}: ${commitmentName(commitment)}`)))
      .catch(() => undefined);
  };

  return (
    <article className="app-budget-queue__item" aria-labelledby={`${id}-title`}>
      <h3 className="kern-heading-small" id={`${id}-title`}>
        {formatEuro(commitment.amountCents)} für{' '}
        <Link className="kern-link" to={projectHref(commitment.projectId)}>
          {commitment.projectTitle}
        </Link>
      </h3>
      <p className="kern-body kern-body--small">
        <Link className="kern-link" to={{ search: `?spaceId=${encodeURIComponent(commitment.spaceId)}&year=${commitment.year}` }}>
          Haushalt {where}
        </Link>{' '}
        · {whoText(commitment)}
      </p>
      {commitment.note ? <p className="kern-body app-budget-note">{commitment.note}</p> : null}
      <form className="app-form" onSubmit={send('approved')} noValidate aria-label={`Entscheidung: ${commitmentName(commitment)}`}>
        <TextAreaField
          id={`${id}-note`}
          label="Begründung"
          hint="Für eine Ablehnung erforderlich, für die Freigabe optional."
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={error ?? serverErrors.note}
          maxLength={1000}
        />
        {decide.error && !serverErrors.note ? <ErrorAlert error={decide.error} title="Nicht entschieden" /> : null}
        <ButtonRow>
          <Button type="submit" busy={decide.isPending}>
            Freigeben
          </Button>
          <Button variant="secondary" busy={decide.isPending} onClick={() => send('rejected')()}>
            Ablehnen
          </Button>
        </ButtonRow>
      </form>
    </article>
  );
}

type QueueProps = { spaces: readonly SocialSpace[]; projectHref: ProjectHref };

/**
 * What waits for a head of department: commitments above the office's threshold, from every space and year (the
 * decision is theirs wherever the money lies). Shown only while something waits.
 */
export function CommitmentQueue({ spaces, projectHref }: QueueProps) {
  const pending = usePendingCommitments(true);
  const [done, setDone] = useState<string | null>(null);
  const live = useRef<HTMLDivElement>(null);
  const items = pending.data ?? [];
  const spaceName = (spaceId: string) => spaces.find((s) => s.id === spaceId)?.name ?? 'Sozialraum';

  if (pending.isPending) return null;
  if (pending.isError) return <ErrorAlert error={pending.error} title="Freigaben nicht geladen" />;
  if (items.length === 0 && !done) return null;
  return (
    <section className="app-section app-budget-queue" aria-labelledby="commitment-queue-heading">
      <h2 className="kern-heading-medium" id="commitment-queue-heading">
        Wartet auf Freigabe
      </h2>
      <div role="status" className="app-budget-live" ref={live} tabIndex={-1}>
        {done ? <Alert tone="success" title={done} role="none" /> : null}
      </div>
      {items.length === 0 ? (
        <p className="kern-body app-empty">Keine Mittelbindung wartet mehr auf Freigabe.</p>
      ) : (
        <>
          <p className="kern-body">
            {items.length === 1 ? 'Eine Mittelbindung liegt' : `${items.length} Mittelbindungen liegen`} über der Freigabeschwelle und
            {items.length === 1 ? ' wartet' : ' warten'} auf Ihre Entscheidung. Erst mit der Freigabe wird das Geld gebunden.
          </p>
          <ul className="app-budget-queue__list">
            {items.map((c) => (
              <li key={c.id}>
                <PendingDecision
                  commitment={c}
                  where={`${spaceName(c.spaceId)} ${c.year}`}
                  projectHref={projectHref}
                  onDone={(message) => {
                    setDone(message);
                    window.setTimeout(() => live.current?.focus(), 0);
                  }}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

// ---- the commitments of a year, per line ----

type ReleaseFormProps = { commitment: Commitment; onDone: (message: string | null) => void };

/** Settling an open commitment: what was not drawn becomes free again; the reason is required. */
function ReleaseForm({ commitment, onDone }: ReleaseFormProps) {
  const release = useReleaseCommitment();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const id = `release-${commitment.id}`;
  const serverErrors = fieldErrorsOf(release.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (release.isPending) return;
    if (note.trim().length < 3) {
      setError('Bitte kurz begründen.');
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    setError(undefined);
    release.mutate({ id: commitment.id, note: note.trim() }, { onSuccess: () => onDone(sentence(`Abgerechnet: ${commitmentName(commitment)}`)) });
  };

  return (
    <form ref={ref} tabIndex={-1} className="app-form app-budget-reverse app-focus-target" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 className="kern-heading-small" id={`${id}-title`}>
        {commitmentName(commitment)} abrechnen
      </h4>
      <p className="kern-body">
        Verbraucht sind {formatEuro(commitment.drawnCents)}.{' '}
        {commitment.openCents > 0 ? `Der Rest von ${formatEuro(commitment.openCents)} wird wieder frei.` : 'Es bleibt kein Rest.'}
      </p>
      <TextAreaField
        id={`${id}-note`}
        label="Grund"
        hint="Zum Beispiel: Projekt abgeschlossen, Schlussrechnung liegt vor."
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={error ?? serverErrors.note}
        required
        maxLength={1000}
      />
      {release.error && !serverErrors.note ? <ErrorAlert error={release.error} title="Nicht abgerechnet" /> : null}
      <ButtonRow>
        <Button type="submit" busy={release.isPending}>
          Mittelbindung abrechnen
        </Button>
        <Button variant="tertiary" onClick={() => onDone(null)}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

type LineCommitmentsProps = { label: string; lineId: string; commitments: Commitment[]; canRelease: boolean; projectHref: ProjectHref };

function LineCommitments({ label, lineId, commitments, canRelease, projectHref }: LineCommitmentsProps) {
  const [releasing, setReleasing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const headingId = `commitments-${lineId}`;
  const chosen = commitments.find((c) => c.id === releasing);
  const withAction = canRelease && commitments.some((c) => c.status === 'open');

  const finish = (commitmentId: string) => (message: string | null) => {
    setReleasing(null);
    setDone(message);
    window.setTimeout(() => (document.getElementById(`release-start-${commitmentId}`) ?? document.getElementById(`${headingId}-region`))?.focus(), 0);
  };

  return (
    <section className="app-section" aria-labelledby={headingId}>
      <h3 className="kern-heading-small" id={headingId}>
        Mittelbindungen: {label}
      </h3>
      <div role="status" className="app-budget-live">
        {done ? <Alert tone="success" title={done} role="none" /> : null}
      </div>
      {commitments.length === 0 ? (
        <p className="kern-body app-empty">Aus dieser Position ist nichts für Projekte gebunden.</p>
      ) : (
        <div className="kern-table-responsive app-table-scroll" role="region" aria-labelledby={headingId} tabIndex={0} id={`${headingId}-region`}>
          <table className="kern-table kern-table--small app-budget-commitments">
            <caption className="kern-sr-only">Mittelbindungen: {label}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Projekt</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">Betrag</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">Verbraucht</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">Offen</th>
                <th scope="col" className="kern-table__header">Status</th>
                <th scope="col" className="kern-table__header">Angefragt und entschieden</th>
                {withAction ? (
                  <th scope="col" className="kern-table__header">
                    <span className="app-visually-hidden">Aktion</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {commitments.map((c) => (
                <tr key={c.id} className="kern-table__row">
                  <th scope="row" className="kern-table__cell">
                    <Link className="kern-link" to={projectHref(c.projectId)}>
                      {c.projectTitle}
                    </Link>
                  </th>
                  <td className="kern-table__cell kern-table__cell--numeric app-nowrap">{formatEuro(c.amountCents)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric app-nowrap">{formatEuro(c.drawnCents)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric app-nowrap">{formatEuro(c.openCents)}</td>
                  <td className="kern-table__cell">
                    <StatusBadge commitment={c} />
                  </td>
                  <td className="kern-table__cell app-budget-note">{whoText(c)}</td>
                  {withAction ? (
                    <td className="kern-table__cell">
                      {c.status === 'open' ? (
                        <Button
                          variant="tertiary"
                          id={`release-start-${c.id}`}
                          aria-label={`Abrechnen: ${commitmentName(c)}`}
                          aria-expanded={releasing === c.id}
                          onClick={() => {
                            setDone(null);
                            setReleasing(releasing === c.id ? null : c.id);
                          }}
                        >
                          Abrechnen
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
      {canRelease && chosen ? <ReleaseForm key={chosen.id} commitment={chosen} onDone={finish(chosen.id)} /> : null}
    </section>
  );
}

type BudgetCommitmentsProps = { budget: BudgetOfYear; canRelease: boolean; projectHref: ProjectHref };

/** Money of the year's lines reserved for projects: pending, open (bound), settled and rejected, per line. */
export function BudgetCommitments({ budget, canRelease, projectHref }: BudgetCommitmentsProps) {
  const commitments = useCommitments({ spaceId: budget.spaceId, year: budget.year });
  const all = commitments.data ?? [];
  return (
    <section className="app-section" aria-labelledby="budget-commitments-heading">
      <h2 className="kern-heading-medium" id="budget-commitments-heading">
        Mittelbindungen
      </h2>
      <p className="kern-body">
        Eine Mittelbindung reserviert Geld einer Position für ein Projekt. Buchungen für das Projekt ziehen zuerst daraus; was beim Abrechnen übrig
        ist, wird wieder frei. Mittelbindungen werden auf der Seite des Projekts beantragt.
      </p>
      {commitments.isPending ? (
        <LoadingIndicator label="Mittelbindungen werden geladen …" />
      ) : commitments.isError ? (
        <ErrorAlert error={commitments.error} />
      ) : (
        budget.lines.map((line) => (
          <LineCommitments
            key={line.id}
            label={line.label}
            lineId={line.id}
            commitments={all.filter((c) => c.lineId === line.id)}
            canRelease={canRelease}
            projectHref={projectHref}
          />
        ))
      )}
    </section>
  );
}

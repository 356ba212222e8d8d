import { Link, useSearchParams } from 'react-router';
import { todayIso } from '../../components/format/format-date';
import { ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { bookingsCsvUrl } from '../../features/budget/api/budget-api';
import { BookingForm } from '../../features/budget/components/booking-form';
import { BudgetChoice } from '../../features/budget/components/budget-choice';
import { BudgetCommitments, CommitmentQueue } from '../../features/budget/components/budget-commitments';
import { BudgetHistoryChart } from '../../features/budget/components/budget-history';
import { BudgetLedger } from '../../features/budget/components/budget-ledger';
import { BudgetOverview } from '../../features/budget/components/budget-overview';
import { BudgetSettingsSection } from '../../features/budget/components/budget-settings';
import { CloseBudgetYear, OpenBudgetYear } from '../../features/budget/components/budget-year-actions';
import { useBudget, useBudgetSpaces } from '../../features/budget/hooks/use-budget';
import { projectPaths } from '../../features/projects/project-paths';
import { reportPaths } from '../../features/annual-report/report-paths';
import { budgetLedgerRoles, budgetManagerRoles } from '../roles';

// The server's budgetPolicy.readLedger: the managers and the team read the journal; the committee the figures only.
// Only a head of department decides on commitments above the threshold (budgetPolicy.decideCommitment); only an
// admin changes the office's settings (budgetPolicy.manageSettings).
const commitmentDeciderRoles = ['head_of_department'] as const;
const budgetSettingsRoles = ['admin'] as const;

const firstYear = 2015;

/** The years to choose from: 2015 up to next year (the next year is opened ahead), newest first. */
function yearsUpTo(last: number): number[] {
  return Array.from({ length: last - firstYear + 1 }, (_, i) => last - i);
}

/**
 * Haushalt: a social space's budget in one year – its lines with plan, booked, committed and free, the commitments,
 * the booking form, the ledger and the charts across years. Heads of department find what waits for their approval at
 * the top; admins the office's settings at the end. The committee sees figures, commitments and charts only.
 */
export function BudgetPage() {
  const { data: account } = useMe();
  const manager = hasAnyRole(account, budgetManagerRoles);
  const ledgerReader = hasAnyRole(account, budgetLedgerRoles);
  const decider = hasAnyRole(account, commitmentDeciderRoles);
  const settingsManager = hasAnyRole(account, budgetSettingsRoles);
  const currentYear = Number(todayIso().slice(0, 4));
  const years = yearsUpTo(currentYear + 1);
  const [params, setParams] = useSearchParams();
  const spaces = useBudgetSpaces();
  const requestedYear = Number(params.get('year'));
  const year = years.includes(requestedYear) ? requestedYear : currentYear;
  const spaceList = spaces.data ?? [];
  const space = spaceList.find((s) => s.id === params.get('spaceId')) ?? spaceList[0];
  const budgetKey = space ? { spaceId: space.id, year } : null;
  const budget = useBudget(budgetKey);
  const b = budget.data ?? null;
  const writable = manager && b !== null && !b.closed;

  const choose = (key: 'spaceId' | 'year', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (space && !next.get('spaceId')) next.set('spaceId', space.id);
        next.set(key, value);
        if (!next.get('year')) next.set('year', String(year));
        return next;
      },
      { replace: true },
    );

  const title = space ? `Haushalt ${space.name} ${year}` : 'Haushalt';

  return (
    <div className="app-stack">
      <PageHeading
        title={title}
        preline="Sozialraumbudget"
        lead="Was jedem Sozialraum im Jahr zur Verfügung steht, was davon gebucht und gebunden ist und was noch frei ist. Eine Position wird nie überschritten."
      />
      {spaces.isPending ? (
        <LoadingIndicator label="Sozialräume werden geladen …" />
      ) : spaces.isError ? (
        <ErrorAlert error={spaces.error} />
      ) : !space || !budgetKey ? (
        <p className="kern-body">Es sind noch keine Sozialräume angelegt.</p>
      ) : (
        <>
          <BudgetChoice spaces={spaceList} spaceId={space.id} year={year} years={years} onChange={choose} />
          {decider ? <CommitmentQueue spaces={spaceList} projectHref={projectPaths.project} /> : null}
          {budget.isError ? (
            <ErrorAlert error={budget.error} />
          ) : !b ? (
            <LoadingIndicator label="Haushalt wird geladen …" />
          ) : b.lines.length === 0 ? (
            <OpenBudgetYear budgetKey={budgetKey} spaceName={space.name} canOpen={manager} />
          ) : (
            <>
              <section className="app-section" aria-labelledby="budget-lines-heading">
                <h2 className="kern-heading-medium" id="budget-lines-heading">
                  Haushaltspositionen
                </h2>
                {b.closed ? (
                  <p className="kern-body app-budget-closed app-focus-target" id="budget-closed" tabIndex={-1}>
                    <strong>Abgeschlossen:</strong> Das Haushaltsjahr {b.year} ist abgeschlossen. Es kann nichts mehr gebucht oder storniert werden.
                  </p>
                ) : null}
                <BudgetOverview budget={b} canEdit={writable} />
                <ul className="app-inline-list">
                  {manager ? (
                    <li>
                      <a className="kern-link" href={bookingsCsvUrl(budgetKey)} download>
                        Buchungen {b.year} als CSV herunterladen (für die Stadtkasse)
                      </a>
                    </li>
                  ) : null}
                  <li>
                    <Link className="kern-link" to={reportPaths.reportOf(b.year, space.id)}>
                      Zum Jahresbericht {b.year}
                    </Link>
                  </li>
                </ul>
              </section>
              <BudgetCommitments budget={b} canRelease={writable} projectHref={projectPaths.project} />
              {writable ? <BookingForm key={`${b.spaceId}-${b.year}`} budget={b} /> : null}
              {ledgerReader ? (
                <section className="app-section" aria-labelledby="budget-ledger-heading">
                  <h2 className="kern-heading-medium" id="budget-ledger-heading">
                    Journal
                  </h2>
                  {b.lines.map((line) => (
                    <BudgetLedger key={line.id} line={line} canReverse={writable} canAttach={manager} projectHref={projectPaths.project} />
                  ))}
                </section>
              ) : null}
              {writable ? <CloseBudgetYear budget={b} spaceName={space.name} /> : null}
            </>
          )}
          <BudgetHistoryChart key={space.id} spaceId={space.id} spaceName={space.name} />
          {settingsManager ? <BudgetSettingsSection /> : null}
        </>
      )}
    </div>
  );
}

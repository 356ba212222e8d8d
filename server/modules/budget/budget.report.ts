import { sql } from 'drizzle-orm';
import { budgetLineKindLabels } from '../../../common/budget-terms';
import { queryRows } from '../../platform/db/database';
import type { AppendixEntry, ReportFunction, ReportPeriod } from '../../platform/report-period';

// The budget's figures for the annual report (issue 8): read only through `budgetReport` from index.ts.

/** Money of one line kind (e.g. `network_work`) in the report year, summed over the spaces in scope. Integer cents. */
export type BudgetLineFigures = {
  kind: string;
  /** The line's label (the first one in alphabetical order if spaces named the same kind differently). */
  label: string;
  /** The distinct account codes (Sachkonten) of the kind's lines, sorted; empty when none is set. */
  accountCodes: string[];
  /** The distinct resolutions (reference and date, e.g. "JHA 2016/07" of 2016-05-12) behind the kind's lines, sorted. */
  resolutions: { reference: string | null; date: string | null }[];
  /** How many spaces have a line of this kind in the year. */
  spaceCount: number;
  /** The plan of the lines (including the part carried in from the previous year). */
  plannedCents: number;
  /** The part of `plannedCents` carried over from the previous year's remaining money. */
  carriedInCents: number;
  /** Money bound by commitments that are open AT THE MOMENT THE REPORT IS MADE (amount − drawn), not at year end. */
  committedCents: number;
  /** The ledger sum of the year's bookings (bookedOn in the year), reversals (negative amounts) included. */
  bookedCents: number;
  /** planned − committed − booked. */
  remainingCents: number;
};

export type BudgetTotals = { plannedCents: number; carriedInCents: number; committedCents: number; bookedCents: number; remainingCents: number };

export type BudgetFigures = {
  /** One entry per line kind that has a line in the year in scope, in the order of the kind (default kinds first). */
  lines: BudgetLineFigures[];
  /** The sums of `lines`. */
  totals: BudgetTotals;
  /** How many spaces in scope have a budget (any line) in the year. */
  spaceCount: number;
  /**
   * The three years before the report year, oldest first: the lines' plan and the ledger sum of their bookings
   * (reversals included), for the comparison. A year without lines has zeros and `spaceCount` 0.
   */
  previousYears: { year: number; spaceCount: number; plannedCents: number; bookedCents: number }[];
  /** Bookings in the year (bookedOn in the year) that are not reversals (positive amounts). */
  bookingCount: number;
  /** Reversal bookings in the year (negative amounts; a reversal carries the day of the booking it reverses). */
  reversalCount: number;
  /**
   * Commitments made in the year (created in the year, Europe/Berlin) on lines in scope, by their status AT THE
   * MOMENT THE REPORT IS MADE: how many and their amounts in cents.
   */
  commitmentsMade: Record<'pending' | 'open' | 'closed' | 'rejected', { count: number; amountCents: number }>;
};

const scopeFilter = (period: ReportPeriod) => (period.spaceId ? sql`and l.space_id = ${period.spaceId}` : sql``);

const de = (iso: string) => iso.split('-').reverse().join('.');

const scopeText = (period: ReportPeriod) => `${period.spaceId ? 'der gewählte Sozialraum' : 'alle Sozialräume des Amts'}; ${de(period.from)}–${de(period.to)}`;

const kindOrder = (kind: string) => {
  const i = Object.keys(budgetLineKindLabels).indexOf(kind);
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
};

type LineRow = {
  year: number;
  kind: string;
  label: string;
  account_codes: string[] | null;
  resolutions: string | null;
  space_count: number;
  year_space_count: number;
  planned: string | number;
  carried_in: string | number;
  committed: string | number;
  booked: string | number;
};

/** Figures of the budget (lines, ledger, commitments) of a year and its three predecessors. Three queries. */
export const budgetReport: ReportFunction<BudgetFigures> = async (tx, period) => {
  const scope = scopeFilter(period);
  // Lines of the report year and the three before, per year and kind, with the ledger sums of their year's bookings.
  const lineRows = await queryRows<LineRow>(
    tx,
    sql`with ledger as (
          select b.line_id, sum(b.amount_cents) as booked
          from bookings b join budget_lines l on l.id = b.line_id
          where l.office_id = ${period.officeId} and l.year between ${period.year - 3} and ${period.year} ${scope}
            and extract(year from b.booked_on) = l.year
          group by b.line_id)
        select l.year, l.kind, min(l.label) as label,
          array_remove(array_agg(distinct l.account_code), null) as account_codes,
          json_agg(distinct jsonb_build_object('reference', l.resolution_reference, 'date', to_char(l.resolution_date, 'YYYY-MM-DD')))::text as resolutions,
          count(distinct l.space_id)::int as space_count,
          (select count(distinct l2.space_id)::int from budget_lines l2
            where l2.office_id = ${period.officeId} and l2.year = l.year ${period.spaceId ? sql`and l2.space_id = ${period.spaceId}` : sql``}) as year_space_count,
          sum(l.planned_cents) as planned, sum(l.carried_in_cents) as carried_in, sum(l.committed_cents) as committed,
          coalesce(sum(g.booked), 0) as booked
        from budget_lines l left join ledger g on g.line_id = l.id
        where l.office_id = ${period.officeId} and l.year between ${period.year - 3} and ${period.year} ${scope}
        group by l.year, l.kind`,
  );
  const [counts] = await queryRows<{ bookings: number; reversals: number }>(
    tx,
    sql`select count(*) filter (where b.amount_cents > 0)::int as bookings, count(*) filter (where b.amount_cents < 0)::int as reversals
        from bookings b join budget_lines l on l.id = b.line_id
        where l.office_id = ${period.officeId} and l.year = ${period.year} ${scope}
          and b.booked_on between ${period.from}::date and ${period.to}::date`,
  );
  const commitmentRows = await queryRows<{ status: string; count: number; amount: string | number }>(
    tx,
    sql`select c.status, count(*)::int as count, sum(c.amount_cents) as amount
        from commitments c join budget_lines l on l.id = c.line_id
        where l.office_id = ${period.officeId} ${scope}
          and (c.created_at at time zone 'Europe/Berlin')::date between ${period.from}::date and ${period.to}::date
        group by c.status`,
  );

  const thisYear = lineRows.filter((r) => Number(r.year) === period.year);
  const lines: BudgetLineFigures[] = thisYear
    .map((r) => {
      const planned = Number(r.planned);
      const committed = Number(r.committed);
      const booked = Number(r.booked);
      const resolutions = (JSON.parse(r.resolutions ?? '[]') as { reference: string | null; date: string | null }[])
        .filter((x) => x.reference !== null || x.date !== null)
        .sort((a, b) => `${a.date ?? ''}${a.reference ?? ''}`.localeCompare(`${b.date ?? ''}${b.reference ?? ''}`));
      return {
        kind: r.kind,
        label: r.label,
        accountCodes: [...(r.account_codes ?? [])].sort(),
        resolutions,
        spaceCount: Number(r.space_count),
        plannedCents: planned,
        carriedInCents: Number(r.carried_in),
        committedCents: committed,
        bookedCents: booked,
        remainingCents: planned - committed - booked,
      };
    })
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.kind.localeCompare(b.kind));
  const totals = lines.reduce<BudgetTotals>(
    (t, l) => ({
      plannedCents: t.plannedCents + l.plannedCents,
      carriedInCents: t.carriedInCents + l.carriedInCents,
      committedCents: t.committedCents + l.committedCents,
      bookedCents: t.bookedCents + l.bookedCents,
      remainingCents: t.remainingCents + l.remainingCents,
    }),
    { plannedCents: 0, carriedInCents: 0, committedCents: 0, bookedCents: 0, remainingCents: 0 },
  );
  const previousYears = [3, 2, 1].map((back) => {
    const year = period.year - back;
    const rows = lineRows.filter((r) => Number(r.year) === year);
    return {
      year,
      spaceCount: Number(rows[0]?.year_space_count ?? 0),
      plannedCents: rows.reduce((s, r) => s + Number(r.planned), 0),
      bookedCents: rows.reduce((s, r) => s + Number(r.booked), 0),
    };
  });
  const commitmentsMade: BudgetFigures['commitmentsMade'] = {
    pending: { count: 0, amountCents: 0 },
    open: { count: 0, amountCents: 0 },
    closed: { count: 0, amountCents: 0 },
    rejected: { count: 0, amountCents: 0 },
  };
  for (const r of commitmentRows) {
    if (r.status in commitmentsMade) commitmentsMade[r.status as keyof typeof commitmentsMade] = { count: Number(r.count), amountCents: Number(r.amount) };
  }

  const where = scopeText(period);
  const appendix: AppendixEntry[] = [
    {
      table: 'Budget je Haushaltslinie',
      counted:
        'Haushaltslinien des Berichtsjahres je Art: Plan (einschließlich Übertrag aus dem Vorjahr), Übertrag, gebunden (offene Mittelbindungen zum Zeitpunkt der Berichtserstellung, nicht zum Jahresende), gebucht (Summe der Buchungen mit Buchungsdatum im Berichtsjahr, Stornobuchungen abgezogen), verfügbar (Plan − gebunden − gebucht)',
      filters: where,
    },
    {
      table: 'Budget im Vergleich der Vorjahre',
      counted: `Plan und gebuchte Summe (Stornos abgezogen) der Haushaltslinien der Jahre ${period.year - 3} bis ${period.year}`,
      filters: `${period.spaceId ? 'der gewählte Sozialraum' : 'alle Sozialräume des Amts'}; Haushaltsjahre ${period.year - 3}–${period.year}`,
    },
    {
      table: 'Buchungen und Stornos',
      counted: 'Buchungen (positive Beträge) und Stornobuchungen (negative Beträge) mit Buchungsdatum im Berichtsjahr; ein Storno trägt das Datum der stornierten Buchung',
      filters: where,
    },
    {
      table: 'Mittelbindungen',
      counted: 'Mittelbindungen für Projekte, angelegt im Berichtsjahr (Datum in Europe/Berlin), nach ihrem Stand zum Zeitpunkt der Berichtserstellung (beantragt, offen, abgeschlossen, abgelehnt): Anzahl und Betrag',
      filters: where,
    },
  ];
  return {
    figures: {
      lines,
      totals,
      spaceCount: Number(thisYear[0]?.year_space_count ?? 0),
      previousYears,
      bookingCount: Number(counts?.bookings ?? 0),
      reversalCount: Number(counts?.reversals ?? 0),
      commitmentsMade,
    },
    appendix,
  };
};

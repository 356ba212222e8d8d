import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../modules';
import { queryRows } from '../../platform/db/database';
import { todayInBerlin } from '../../platform/calendar';
import { createTestWorld, type TestWorld } from '../../test/test-app';
import { seedBudget } from './budget.demo';

const FIRST_YEAR = 2015;

type LineRow = {
  id: string;
  year: number;
  kind: string;
  planned: number;
  booked: number;
  committed: number;
  ledger: number;
  bound: number;
  closed: boolean;
  purposes: string[];
};
type CommitmentRow = { id: string; lineId: string; lineSpaceId: string; year: number; projectId: string; projectSpaceIds: string[]; amount: number; drawn: number; status: string; ledgerDrawn: number; createdOn: string };
type ProjectBookingRow = { id: string; lineId: string; bookedOn: string; amount: number; projectId: string | null; commitmentId: string | null; commitmentLineId: string | null; commitmentProjectId: string | null; drawn: number };

describe('demo budget: every space and year from 2015, the money as the source tells it', () => {
  let world: TestWorld;
  let lines: LineRow[] = [];
  let commitmentRows: CommitmentRow[] = [];
  let projectBookings: ProjectBookingRow[] = [];
  const today = todayInBerlin();
  const currentYear = new Date().getFullYear();

  beforeAll(async () => {
    world = await createTestWorld();
    const officeId = world.offices.own.id;
    await world.database.db.transaction(async (tx) => {
      const ctx = { tx, actor: { kind: 'system' as const, label: 'Demo-Daten', officeId }, officeId, firstYear: FIRST_YEAR, currentYear, log: () => undefined };
      // The projects the money goes to need the whole demo before them: spaces and teams, offers, needs, projects.
      for (const name of ['accounts', 'social-spaces', 'services', 'needs', 'projects']) {
        const module = modules.find((m) => m.name === name);
        if (!module?.seedDemo) throw new Error(`module ${name} has no demo seed`);
        await module.seedDemo(ctx);
      }
      await seedBudget(ctx);
    });
    lines = await queryRows<LineRow>(
      world.database.db,
      sql`select l.id, l.year, l.kind, l.planned_cents as planned, l.booked_cents as booked, l.committed_cents as committed,
            coalesce((select sum(b.amount_cents) from bookings b where b.line_id = l.id), 0)::int as ledger,
            coalesce((select sum(c.amount_cents - c.drawn_cents) from commitments c where c.line_id = l.id and c.status = 'open'), 0)::int as bound,
            exists (select 1 from budget_years_closed c where c.space_id = l.space_id and c.year = l.year) as closed,
            coalesce((select array_agg(distinct b.purpose) from bookings b where b.line_id = l.id), '{}') as purposes
          from budget_lines l where l.office_id = ${officeId}`,
    );
    commitmentRows = await queryRows<CommitmentRow>(
      world.database.db,
      sql`select c.id, c.line_id as "lineId", l.space_id as "lineSpaceId", l.year, c.project_id as "projectId", p.space_ids as "projectSpaceIds",
            c.amount_cents as amount, c.drawn_cents as drawn, c.status, c.created_at::date::text as "createdOn",
            coalesce((select sum(b.drawn_from_commitment_cents) from bookings b where b.commitment_id = c.id), 0)::int as "ledgerDrawn"
          from commitments c join budget_lines l on l.id = c.line_id join projects p on p.id = c.project_id where c.office_id = ${officeId}`,
    );
    projectBookings = await queryRows<ProjectBookingRow>(
      world.database.db,
      sql`select b.id, b.line_id as "lineId", b.booked_on::text as "bookedOn", b.amount_cents as amount, b.project_id as "projectId",
            b.commitment_id as "commitmentId", c.line_id as "commitmentLineId", c.project_id as "commitmentProjectId", b.drawn_from_commitment_cents as drawn
          from bookings b left join commitments c on c.id = b.commitment_id where b.office_id = ${officeId} and b.purpose = 'project'`,
    );
  });
  afterAll(() => world.close());

  it('has both lines in every space and year, 21.840,00 € a year each, computed from the lines', () => {
    const years = currentYear - FIRST_YEAR + 1;
    expect(lines.length).toBe(5 * years * 2);
    for (let year = FIRST_YEAR; year <= currentYear; year++) {
      expect(lines.filter((l) => l.year === year).reduce((sum, l) => sum + l.planned, 0), String(year)).toBe(5 * 2_184_000);
    }
    expect(lines.filter((l) => l.kind === 'case_consultation').every((l) => l.planned === 936_000)).toBe(true);
    expect(lines.filter((l) => l.kind === 'network_work').every((l) => l.planned === 1_248_000)).toBe(true);
  });

  it('keeps every running total equal to its ledger, commitments included, and never overspends a line', () => {
    for (const l of lines) {
      expect(l.booked, `${l.year} ${l.kind}`).toBe(l.ledger);
      expect(l.committed, `${l.year} ${l.kind}`).toBe(l.bound);
      expect(l.committed + l.booked, `${l.year} ${l.kind}`).toBeLessThanOrEqual(l.planned);
    }
    // A commitment's drawn amount is what bookings took from it; it never draws more than it binds.
    for (const c of commitmentRows) {
      expect(c.drawn).toBe(c.ledgerDrawn);
      expect(c.drawn).toBeLessThanOrEqual(c.amount);
    }
  });

  it('books project money against a commitment of the same project in the same line, from 2017', () => {
    expect(projectBookings.length).toBeGreaterThan(100);
    const linesById = new Map(lines.map((l) => [l.id, l]));
    for (const b of projectBookings) {
      expect(b.projectId).not.toBeNull();
      expect(b.commitmentId).not.toBeNull();
      expect(b.commitmentLineId).toBe(b.lineId);
      expect(b.commitmentProjectId).toBe(b.projectId);
      expect(b.drawn).toBe(b.amount);
      expect(linesById.get(b.lineId)?.kind).toBe('network_work');
      expect(linesById.get(b.lineId)?.year).toBeGreaterThanOrEqual(2017);
      expect(b.bookedOn <= today).toBe(true);
    }
    // A project draws only on lines of its own spaces; past years are settled, this year's money is bound and partly spent.
    expect(commitmentRows.every((c) => c.projectSpaceIds.includes(c.lineSpaceId))).toBe(true);
    expect(commitmentRows.filter((c) => c.year < currentYear).every((c) => c.status === 'closed')).toBe(true);
    expect(commitmentRows.filter((c) => c.year < currentYear && c.drawn < c.amount).length).toBeGreaterThan(0);
    const open = commitmentRows.filter((c) => c.year === currentYear && c.status === 'open');
    expect(open.length).toBeGreaterThanOrEqual(10);
    expect(open.some((c) => c.drawn > 0 && c.drawn < c.amount)).toBe(true);
    expect(open.some((c) => c.drawn === 0)).toBe(true);
    // A project in two spaces holds a commitment in each.
    expect(commitmentRows.some((c) => c.projectSpaceIds.length > 1 && commitmentRows.some((o) => o.projectId === c.projectId && o.year === c.year && o.lineSpaceId !== c.lineSpaceId))).toBe(
      true,
    );
    expect(commitmentRows.every((c) => c.createdOn <= today)).toBe(true);
  });

  it('has a commitment above the approval threshold waiting for the head of department, with room left to approve it', () => {
    const pending = commitmentRows.filter((c) => c.status === 'pending');
    expect(pending).toHaveLength(1);
    const [waiting] = pending;
    expect(waiting?.year).toBe(currentYear);
    expect(waiting?.amount).toBeGreaterThan(250_000);
    expect(waiting?.drawn).toBe(0);
    const line = lines.find((l) => l.id === waiting?.lineId);
    expect((line?.planned ?? 0) - (line?.committed ?? 0) - (line?.booked ?? 0)).toBeGreaterThanOrEqual(waiting?.amount ?? Infinity);
  });

  it('paid the networker until 2016 and projects from 2017, and closed the past years', () => {
    const network = lines.filter((l) => l.kind === 'network_work');
    expect(network.filter((l) => l.year <= 2016).every((l) => l.purposes.includes('networker_position') && !l.purposes.includes('project'))).toBe(true);
    expect(network.filter((l) => l.year >= 2017).every((l) => !l.purposes.includes('networker_position'))).toBe(true);
    expect(network.filter((l) => l.year >= 2017 && l.year < currentYear).every((l) => l.purposes.includes('project'))).toBe(true);
    expect(lines.every((l) => l.closed === l.year < currentYear)).toBe(true);
  });

  it('corrects a mistake by reversal in every space', async () => {
    const reversals = await queryRows<{ n: number }>(world.database.db, sql`select count(*)::int as n from bookings where reverses_booking_id is not null`);
    expect(reversals[0]?.n).toBe(5);
  });
});

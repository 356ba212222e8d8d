import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../modules';
import { queryRows } from '../../platform/db/database';
import { createTestWorld, type TestWorld } from '../../test/test-app';
import { seedBudget } from './budget.demo';

const FIRST_YEAR = 2015;

type LineRow = { id: string; year: number; kind: string; planned: number; booked: number; ledger: number; closed: boolean; purposes: string[] };

describe('demo budget: every space and year from 2015, the money as the source tells it', () => {
  let world: TestWorld;
  let lines: LineRow[] = [];
  const currentYear = new Date().getFullYear();

  beforeAll(async () => {
    world = await createTestWorld();
    const officeId = world.offices.own.id;
    await world.database.db.transaction(async (tx) => {
      const ctx = { tx, actor: { kind: 'system' as const, label: 'Demo-Daten', officeId }, officeId, firstYear: FIRST_YEAR, currentYear, log: () => undefined };
      for (const name of ['accounts', 'social-spaces']) await modules.find((m) => m.name === name)?.seedDemo?.(ctx);
      await seedBudget(ctx);
    });
    lines = await queryRows<LineRow>(
      world.database.db,
      sql`select l.id, l.year, l.kind, l.planned_cents as planned, l.booked_cents as booked,
            coalesce((select sum(b.amount_cents) from bookings b where b.line_id = l.id), 0)::int as ledger,
            exists (select 1 from budget_years_closed c where c.space_id = l.space_id and c.year = l.year) as closed,
            coalesce((select array_agg(distinct b.purpose) from bookings b where b.line_id = l.id), '{}') as purposes
          from budget_lines l where l.office_id = ${officeId}`,
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

  it('keeps every running total equal to its ledger and within the plan', () => {
    for (const l of lines) {
      expect(l.booked, `${l.year} ${l.kind}`).toBe(l.ledger);
      expect(l.booked).toBeLessThanOrEqual(l.planned);
    }
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

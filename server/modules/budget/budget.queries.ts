import { and, asc, eq, sql } from 'drizzle-orm';
import { type Db, firstRow, oneRow, queryRows } from '../../platform/db/database';
import { bookings, budgetLines, budgetSettings, budgetYearsClosed } from './budget.tables';

export type BudgetLineRow = typeof budgetLines.$inferSelect;
export type BookingRow = typeof bookings.$inferSelect;
export type BudgetSettingsRow = typeof budgetSettings.$inferSelect;

export const settingsOf = async (tx: Db, officeId: string) => firstRow(await tx.select().from(budgetSettings).where(eq(budgetSettings.officeId, officeId)));
export async function upsertSettings(tx: Db, values: typeof budgetSettings.$inferInsert) {
  const set = Object.fromEntries(Object.entries(values).filter(([key]) => key !== 'officeId'));
  return oneRow(await tx.insert(budgetSettings).values(values).onConflictDoUpdate({ target: budgetSettings.officeId, set: { ...set, updatedAt: new Date() } }).returning());
}

export const linesOf = (tx: Db, spaceId: string, year: number) =>
  tx.select().from(budgetLines).where(and(eq(budgetLines.spaceId, spaceId), eq(budgetLines.year, year))).orderBy(asc(budgetLines.kind));
export const findLine = async (tx: Db, id: string) => firstRow(await tx.select().from(budgetLines).where(eq(budgetLines.id, id)));
export const findLineForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(budgetLines).where(eq(budgetLines.id, id)).for('update'));
export const insertLines = async (tx: Db, values: (typeof budgetLines.$inferInsert)[]) => tx.insert(budgetLines).values(values).onConflictDoNothing().returning();
export const updateLineRow = async (tx: Db, id: string, values: Partial<typeof budgetLines.$inferInsert>) =>
  oneRow(await tx.update(budgetLines).set({ ...values, updatedAt: new Date() }).where(eq(budgetLines.id, id)).returning());

export async function isYearClosed(tx: Db, spaceId: string, year: number): Promise<boolean> {
  return !!firstRow(await tx.select().from(budgetYearsClosed).where(and(eq(budgetYearsClosed.spaceId, spaceId), eq(budgetYearsClosed.year, year))));
}
export async function closeYearRow(tx: Db, values: typeof budgetYearsClosed.$inferInsert): Promise<boolean> {
  return (await tx.insert(budgetYearsClosed).values(values).onConflictDoNothing().returning()).length > 0;
}

/**
 * Adds an amount to a line's booked total if, and only if, the line then stays within its plan and its year is
 * open: the money check and the write are this one statement, so concurrent bookings cannot overspend (a
 * check-then-insert does, on PostgreSQL and on PGlite alike: FINDINGS.md). Negative amounts (reversals) always fit.
 */
export async function addToBooked(tx: Db, lineId: string, amountCents: number): Promise<BudgetLineRow | undefined> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update budget_lines l set booked_cents = l.booked_cents + ${amountCents}, updated_at = now()
        where l.id = ${lineId}
          and l.committed_cents + l.booked_cents + ${amountCents} <= l.planned_cents
          and not exists (select 1 from budget_years_closed c where c.space_id = l.space_id and c.year = l.year)
        returning l.id`,
  );
  return rows[0] ? findLine(tx, lineId) : undefined;
}

export const insertBooking = async (tx: Db, values: typeof bookings.$inferInsert) => oneRow(await tx.insert(bookings).values(values).returning());
export const findBooking = async (tx: Db, id: string) => firstRow(await tx.select().from(bookings).where(eq(bookings.id, id)));
export const findReversalOf = async (tx: Db, bookingId: string) => firstRow(await tx.select().from(bookings).where(eq(bookings.reversesBookingId, bookingId)));
export const bookingsOfLine = (tx: Db, lineId: string) => tx.select().from(bookings).where(eq(bookings.lineId, lineId)).orderBy(asc(bookings.bookedOn), asc(bookings.createdAt));

/** The ledger's sum per line: what the running totals must always equal. */
export async function ledgerSum(tx: Db, lineId: string): Promise<number> {
  const rows = await queryRows<{ sum: number }>(tx, sql`select coalesce(sum(amount_cents), 0)::int as sum from bookings where line_id = ${lineId}`);
  return rows[0]?.sum ?? 0;
}

export type CsvBookingRow = BookingRow & { spaceName: string; spaceCode: string | null; lineLabel: string; accountCode: string | null; year: number };
export const bookingsForExport = (tx: Db, officeId: string, year: number, spaceId: string | undefined) =>
  queryRows<CsvBookingRow>(
    tx,
    sql`select b.id, b.booked_on as "bookedOn", b.amount_cents as "amountCents", b.purpose, b.payee, b.receipt_reference as "receiptReference",
          b.note, b.reverses_booking_id as "reversesBookingId", s.name as "spaceName", s.code as "spaceCode", l.label as "lineLabel",
          l.account_code as "accountCode", l.year
        from bookings b join budget_lines l on l.id = b.line_id join social_spaces s on s.id = l.space_id
        where b.office_id = ${officeId} and l.year = ${year}${spaceId ? sql` and l.space_id = ${spaceId}` : sql``}
        order by b.booked_on, s.name, b.created_at`,
  );

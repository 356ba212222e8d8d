import type { BudgetLine, BudgetOfYear, BudgetSettings, Booking, CreateBookingInput, UpdateBudgetLineBody } from '../../../common/api/budget';
import { bookingPurposeLabels, budgetLineKindLabels, formatDecimalComma, formatEuro, type BookingPurpose } from '../../../common/budget-terms';
import { recordAudit } from '../../platform/audit/audit';
import { writeExcelCsv } from '../../platform/excel-csv';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { DomainError, invalidField, notFound } from '../../platform/http/errors';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { spacesOfOffice } from '../social-spaces';
import { budgetPolicy } from './budget.policy';
import {
  addToBooked,
  type BookingRow,
  bookingsForExport,
  bookingsOfLine,
  type BudgetLineRow,
  closeYearRow,
  findBooking,
  findReversalOf,
  findLineForUpdate,
  insertBooking,
  insertLines,
  isYearClosed,
  linesOf,
  settingsOf,
  updateLineRow,
  upsertSettings,
} from './budget.queries';

const userIdOf = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** The SQLSTATE of a database error, whether the driver or Drizzle's wrapper carries it. */
const sqlState = (error: unknown): string => {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  return String(e.cause?.code ?? e.code ?? '');
};

export const presentLine = (l: BudgetLineRow): BudgetLine => ({
  id: l.id,
  spaceId: l.spaceId,
  year: l.year,
  kind: l.kind,
  label: l.label,
  plannedCents: l.plannedCents,
  committedCents: l.committedCents,
  bookedCents: l.bookedCents,
  remainingCents: l.plannedCents - l.committedCents - l.bookedCents,
  accountCode: l.accountCode,
  resolutionDate: l.resolutionDate,
  resolutionReference: l.resolutionReference,
});

const presentBooking = (b: BookingRow, all: readonly BookingRow[]): Booking => ({
  id: b.id,
  lineId: b.lineId,
  bookedOn: b.bookedOn,
  amountCents: b.amountCents,
  purpose: b.purpose as BookingPurpose,
  payee: b.payee,
  receiptReference: b.receiptReference,
  note: b.note,
  reversesBookingId: b.reversesBookingId,
  reversedByBookingId: all.find((r) => r.reversesBookingId === b.id)?.id ?? null,
  createdAt: b.createdAt.toISOString(),
});

async function checkSpace(ctx: Ctx, officeId: string, spaceId: string) {
  if (!(await spacesOfOffice(ctx.tx, officeId)).some((s) => s.id === spaceId)) throw invalidField('spaceId', 'Diesen Sozialraum gibt es in diesem Jugendamt nicht.');
}

async function lineInOffice(ctx: Ctx, id: string) {
  const line = await findLineForUpdate(ctx.tx, id);
  if (!line || line.officeId !== officeOf(ctx.actor)) throw notFound('Die Haushaltsposition');
  return line;
}

export async function readBudget(ctx: Ctx, input: { spaceId: string; year: number }): Promise<BudgetOfYear> {
  authorize(ctx.actor, budgetPolicy.readBudget);
  const officeId = officeOf(ctx.actor);
  await checkSpace(ctx, officeId, input.spaceId);
  const lines = (await linesOf(ctx.tx, input.spaceId, input.year)).map(presentLine);
  const sum = (key: 'plannedCents' | 'committedCents' | 'bookedCents' | 'remainingCents') => lines.reduce((s, l) => s + l[key], 0);
  return {
    spaceId: input.spaceId,
    year: input.year,
    closed: await isYearClosed(ctx.tx, input.spaceId, input.year),
    lines,
    totals: { plannedCents: sum('plannedCents'), committedCents: sum('committedCents'), bookedCents: sum('bookedCents'), remainingCents: sum('remainingCents') },
  };
}

const defaultSettings = (officeId: string) => ({
  officeId,
  caseConsultationCents: 936_000,
  networkWorkCents: 1_248_000,
  accountCode: null,
  resolutionDate: null,
  resolutionReference: null,
  approvalThresholdCents: 250_000,
  carryOver: false,
});

/** Opens a space's year with the office's default lines (case consultation, network work); the total is computed. */
export async function openBudgetYear(ctx: Ctx, input: { spaceId: string; year: number }): Promise<BudgetOfYear> {
  authorize(ctx.actor, budgetPolicy.openYear);
  const officeId = officeOf(ctx.actor);
  await checkSpace(ctx, officeId, input.spaceId);
  const settings = (await settingsOf(ctx.tx, officeId)) ?? defaultSettings(officeId);
  const common = {
    officeId,
    spaceId: input.spaceId,
    year: input.year,
    accountCode: settings.accountCode,
    resolutionDate: settings.resolutionDate,
    resolutionReference: settings.resolutionReference,
  };
  const created = await insertLines(ctx.tx, [
    { ...common, kind: 'case_consultation', label: budgetLineKindLabels.case_consultation ?? 'case_consultation', plannedCents: settings.caseConsultationCents },
    { ...common, kind: 'network_work', label: budgetLineKindLabels.network_work ?? 'network_work', plannedCents: settings.networkWorkCents },
  ]);
  if (created.length === 0) throw new DomainError('CONFLICT', `Das Haushaltsjahr ${input.year} ist für diesen Sozialraum schon angelegt.`);
  for (const line of created) await recordAudit(ctx, { officeId, action: 'create', entity: 'budget_line', entityId: line.id, after: presentLine(line) });
  return readBudget(ctx, input);
}

export async function updateBudgetLine(ctx: Ctx, input: UpdateBudgetLineBody & { id: string }): Promise<BudgetLine> {
  authorize(ctx.actor, budgetPolicy.updateLine);
  const before = await lineInOffice(ctx, input.id);
  if (await isYearClosed(ctx.tx, before.spaceId, before.year)) throw new DomainError('CONFLICT', `Das Haushaltsjahr ${before.year} ist abgeschlossen.`);
  if (input.plannedCents !== undefined && input.plannedCents < before.committedCents + before.bookedCents) {
    const message = `Der Plan kann nicht unter das bereits Gebundene und Gebuchte sinken (${formatEuro(before.committedCents + before.bookedCents)}).`;
    throw new DomainError('BUDGET_EXCEEDED', message, [{ field: 'plannedCents', message }]);
  }
  const { id, ...fields } = input;
  const after = await updateLineRow(ctx.tx, id, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
  await recordAudit(ctx, { officeId: before.officeId, action: 'update', entity: 'budget_line', entityId: id, before: presentLine(before), after: presentLine(after) });
  return presentLine(after);
}

export async function closeBudgetYear(ctx: Ctx, input: { spaceId: string; year: number }): Promise<BudgetOfYear> {
  authorize(ctx.actor, budgetPolicy.closeYear);
  const officeId = officeOf(ctx.actor);
  await checkSpace(ctx, officeId, input.spaceId);
  if (!(await closeYearRow(ctx.tx, { officeId, spaceId: input.spaceId, year: input.year, closedByUserId: userIdOf(ctx) }))) {
    throw new DomainError('CONFLICT', `Das Haushaltsjahr ${input.year} ist bereits abgeschlossen.`);
  }
  await recordAudit(ctx, { officeId, action: 'close', entity: 'budget_year', entityId: input.spaceId, after: { year: input.year } });
  return readBudget(ctx, input);
}

export async function readLedger(ctx: Ctx, input: { id: string }) {
  authorize(ctx.actor, budgetPolicy.readLedger);
  const line = await lineInOffice(ctx, input.id);
  const rows = await bookingsOfLine(ctx.tx, line.id);
  return { line: presentLine(line), bookings: rows.map((b) => presentBooking(b, rows)) };
}

function exceeded(line: BudgetLineRow, amountCents: number): DomainError {
  const remaining = line.plannedCents - line.committedCents - line.bookedCents;
  const message = `Der Betrag von ${formatEuro(amountCents)} übersteigt, was in „${line.label}“ ${line.year} noch frei ist (${formatEuro(remaining)}).`;
  return new DomainError('BUDGET_EXCEEDED', message, [{ field: 'amountCents', message }]);
}

/** Books an amount on a line: refused with BUDGET_EXCEEDED if it would overspend the line, also under concurrency. */
export async function createBooking(ctx: Ctx, input: CreateBookingInput & { lineId: string }): Promise<Booking> {
  authorize(ctx.actor, budgetPolicy.book);
  const officeId = officeOf(ctx.actor);
  // Notes are free text: the same guard as for needs keeps families' personal data out of the ledger.
  assertNoPersonalData({ note: input.note });
  const line = await lineInOffice(ctx, input.lineId);
  if (Number(input.bookedOn.slice(0, 4)) !== line.year) throw invalidField('bookedOn', `Das Buchungsdatum muss im Haushaltsjahr ${line.year} liegen.`);
  if (await isYearClosed(ctx.tx, line.spaceId, line.year)) throw new DomainError('CONFLICT', `Das Haushaltsjahr ${line.year} ist abgeschlossen.`);
  const after = await addToBooked(ctx.tx, line.id, input.amountCents);
  if (!after) throw exceeded(await lineInOffice(ctx, input.lineId), input.amountCents);
  const row = await insertBooking(ctx.tx, {
    officeId,
    lineId: line.id,
    bookedOn: input.bookedOn,
    amountCents: input.amountCents,
    purpose: input.purpose,
    payee: input.payee,
    receiptReference: input.receiptReference ?? null,
    note: input.note,
    createdByUserId: userIdOf(ctx),
  });
  await recordAudit(ctx, { officeId, action: 'book', entity: 'booking', entityId: row.id, after: { ...presentBooking(row, []), lineBookedCents: after.bookedCents } });
  return presentBooking(row, []);
}

/** Reverses a booking by booking its negative amount; the original stays in the ledger. */
export async function reverseBooking(ctx: Ctx, input: { id: string; note: string }): Promise<Booking> {
  authorize(ctx.actor, budgetPolicy.reverse);
  const officeId = officeOf(ctx.actor);
  assertNoPersonalData({ note: input.note });
  const original = await findBooking(ctx.tx, input.id);
  if (!original || original.officeId !== officeId) throw notFound('Die Buchung');
  if (original.reversesBookingId) throw new DomainError('CONFLICT', 'Eine Stornobuchung kann nicht storniert werden.');
  const line = await lineInOffice(ctx, original.lineId);
  if (await isYearClosed(ctx.tx, line.spaceId, line.year)) throw new DomainError('CONFLICT', `Das Haushaltsjahr ${line.year} ist abgeschlossen.`);
  if (await findReversalOf(ctx.tx, original.id)) throw new DomainError('CONFLICT', 'Diese Buchung ist bereits storniert.');
  let row: BookingRow;
  try {
    if (!(await addToBooked(ctx.tx, line.id, -original.amountCents))) throw new DomainError('CONFLICT', 'Die Buchung konnte nicht storniert werden.');
    row = await insertBooking(ctx.tx, {
      officeId,
      lineId: line.id,
      bookedOn: original.bookedOn,
      amountCents: -original.amountCents,
      purpose: original.purpose,
      payee: original.payee,
      receiptReference: original.receiptReference,
      note: input.note,
      reversesBookingId: original.id,
      createdByUserId: userIdOf(ctx),
    });
  } catch (error) {
    // Two reversals of one booking at the same moment: the second meets the unique reversal or the line's CHECK.
    if (['23505', '23514'].includes(sqlState(error))) throw new DomainError('CONFLICT', 'Diese Buchung ist bereits storniert.');
    throw error;
  }
  await recordAudit(ctx, { officeId, action: 'reverse', entity: 'booking', entityId: row.id, before: presentBooking(original, []), after: presentBooking(row, []) });
  return presentBooking(row, []);
}

export async function readBudgetSettings(ctx: Ctx): Promise<BudgetSettings> {
  authorize(ctx.actor, budgetPolicy.readSettings);
  const officeId = officeOf(ctx.actor);
  const settings = { ...defaultSettings(officeId), ...((await settingsOf(ctx.tx, officeId)) ?? {}) };
  return {
    caseConsultationCents: settings.caseConsultationCents,
    networkWorkCents: settings.networkWorkCents,
    accountCode: settings.accountCode,
    resolutionDate: settings.resolutionDate,
    resolutionReference: settings.resolutionReference,
    approvalThresholdCents: settings.approvalThresholdCents,
    carryOver: settings.carryOver,
  };
}

export async function updateBudgetSettings(ctx: Ctx, input: BudgetSettings): Promise<BudgetSettings> {
  authorize(ctx.actor, budgetPolicy.manageSettings);
  const officeId = officeOf(ctx.actor);
  const before = await readBudgetSettings(ctx);
  await upsertSettings(ctx.tx, { officeId, ...input });
  await recordAudit(ctx, { officeId, action: 'update', entity: 'budget_settings', entityId: officeId, before, after: input });
  return readBudgetSettings(ctx);
}

/** The bookings of a year for the city treasury: semicolon, UTF-8 with BOM, decimal comma, CRLF. */
export async function exportBookingsCsv(ctx: Ctx, input: { year: number; spaceId?: string | undefined }): Promise<Buffer> {
  authorize(ctx.actor, budgetPolicy.exportBookings);
  const officeId = officeOf(ctx.actor);
  if (input.spaceId) await checkSpace(ctx, officeId, input.spaceId);
  const rows = await bookingsForExport(ctx.tx, officeId, input.year, input.spaceId);
  const header = ['Buchungsdatum', 'Sozialraum', 'Haushaltsposition', 'Produktkonto', 'Betrag (EUR)', 'Zweck', 'Zahlungsempfänger', 'Beleg', 'Storno von', 'Bemerkung'];
  const lines = rows.map((r) => [
    r.bookedOn.split('-').reverse().join('.'),
    r.spaceCode ? `${r.spaceName} (${r.spaceCode})` : r.spaceName,
    r.lineLabel,
    r.accountCode,
    formatDecimalComma(r.amountCents),
    bookingPurposeLabels[r.purpose as BookingPurpose] ?? r.purpose,
    r.payee,
    r.receiptReference,
    r.reversesBookingId,
    r.note,
  ]);
  return writeExcelCsv([header, ...lines]);
}

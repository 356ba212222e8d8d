import type { BudgetHistory, BudgetLine, BudgetOfYear, BudgetSettings, Booking, CreateBookingInput, UpdateBudgetLineBody } from '../../../common/api/budget';
import { bookingPurposeLabels, budgetLineKindLabels, formatDecimalComma, formatEuro, type BookingPurpose } from '../../../common/budget-terms';
import { recordAudit } from '../../platform/audit/audit';
import { writeExcelCsv } from '../../platform/excel-csv';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { DomainError, invalidField, notFound } from '../../platform/http/errors';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { spacesOfOffice } from '../social-spaces';
import { budgetPolicy } from './budget.policy';
import { projectRefs } from '../projects';
import {
  addToBooked,
  type BookingRow,
  type BookingView,
  bookingsForExport,
  bookingViews,
  type BudgetLineRow,
  closedYearsOf,
  closeYearRow,
  findBooking,
  findCommitmentForUpdate,
  findLineOfKind,
  findReceipt,
  findReversalOf,
  findLineForUpdate,
  insertBooking,
  insertLines,
  insertReceipt,
  isYearClosed,
  linesOf,
  linesOfSpace,
  liveCommitmentCount,
  openCommitmentForUpdate,
  settingsOf,
  updateCommitmentRow,
  updateLineRow,
  upsertSettings,
} from './budget.queries';
import { checkUpload } from '../../platform/files';

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
  carriedInCents: l.carriedInCents,
  committedCents: l.committedCents,
  bookedCents: l.bookedCents,
  remainingCents: l.plannedCents - l.committedCents - l.bookedCents,
  accountCode: l.accountCode,
  resolutionDate: l.resolutionDate,
  resolutionReference: l.resolutionReference,
});

export const presentBooking = (b: BookingView): Booking => ({
  id: b.id,
  lineId: b.lineId,
  spaceId: b.spaceId,
  year: b.year,
  bookedOn: b.bookedOn,
  amountCents: b.amountCents,
  purpose: b.purpose as BookingPurpose,
  payee: b.payee,
  receiptReference: b.receiptReference,
  note: b.note,
  reversesBookingId: b.reversesBookingId,
  reversedByBookingId: b.reversedByBookingId,
  projectId: b.projectId,
  projectTitle: b.projectTitle,
  commitmentId: b.commitmentId,
  drawnFromCommitmentCents: b.drawnFromCommitmentCents,
  receipt: b.receiptFileName ? { fileName: b.receiptFileName, mediaType: b.receiptMediaType ?? '', sizeBytes: Number(b.receiptSizeBytes ?? 0) } : null,
  createdAt: new Date(b.createdAt).toISOString(),
});

async function bookingView(ctx: Ctx, officeId: string, id: string): Promise<Booking> {
  const [view] = await bookingViews(ctx.tx, officeId, { id });
  if (!view) throw notFound('Die Buchung');
  return presentBooking(view);
}

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
  // With carry-over, what a closed previous year left in a line starts this year's line of the same kind.
  const previousClosed = settings.carryOver && (await isYearClosed(ctx.tx, input.spaceId, input.year - 1));
  const previous = previousClosed ? await linesOf(ctx.tx, input.spaceId, input.year - 1) : [];
  const carryIn = (kind: string) => {
    const line = previous.find((l) => l.kind === kind);
    return line ? Math.max(0, line.plannedCents - line.committedCents - line.bookedCents) : 0;
  };
  const created = await insertLines(
    ctx.tx,
    (
      [
        ['case_consultation', settings.caseConsultationCents],
        ['network_work', settings.networkWorkCents],
      ] as const
    ).map(([kind, planned]) => ({ ...common, kind, label: budgetLineKindLabels[kind] ?? kind, plannedCents: planned + carryIn(kind), carriedInCents: carryIn(kind) })),
  );
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

/**
 * Closes (locks) a space's year. Commitments still open or waiting must be settled first. When the office carries
 * over, each line's remaining money moves into the next year's line of the same kind (now if that year is open,
 * otherwise when it is opened).
 */
export async function closeBudgetYear(ctx: Ctx, input: { spaceId: string; year: number }): Promise<BudgetOfYear> {
  authorize(ctx.actor, budgetPolicy.closeYear);
  const officeId = officeOf(ctx.actor);
  await checkSpace(ctx, officeId, input.spaceId);
  const live = await liveCommitmentCount(ctx.tx, input.spaceId, input.year);
  if (live > 0) {
    throw new DomainError('CONFLICT', `Vor dem Abschluss bitte die ${live === 1 ? 'offene Mittelbindung' : `${live} offenen Mittelbindungen`} abrechnen, freigeben oder ablehnen.`);
  }
  if (!(await closeYearRow(ctx.tx, { officeId, spaceId: input.spaceId, year: input.year, closedByUserId: userIdOf(ctx) }))) {
    throw new DomainError('CONFLICT', `Das Haushaltsjahr ${input.year} ist bereits abgeschlossen.`);
  }
  const carried = [];
  const settings = await settingsOf(ctx.tx, officeId);
  if (settings?.carryOver) {
    for (const line of await linesOf(ctx.tx, input.spaceId, input.year)) {
      const remaining = line.plannedCents - line.committedCents - line.bookedCents;
      const next = remaining > 0 ? await findLineOfKind(ctx.tx, input.spaceId, input.year + 1, line.kind) : undefined;
      if (!next || (await isYearClosed(ctx.tx, input.spaceId, input.year + 1))) continue;
      await updateLineRow(ctx.tx, next.id, { plannedCents: next.plannedCents + remaining, carriedInCents: next.carriedInCents + remaining });
      carried.push({ kind: line.kind, cents: remaining, toLineId: next.id });
    }
  }
  await recordAudit(ctx, { officeId, action: 'close', entity: 'budget_year', entityId: input.spaceId, after: { year: input.year, carried } });
  return readBudget(ctx, input);
}

export async function readLedger(ctx: Ctx, input: { id: string }) {
  authorize(ctx.actor, budgetPolicy.readLedger);
  const line = await lineInOffice(ctx, input.id);
  const rows = await bookingViews(ctx.tx, line.officeId, { lineId: line.id });
  return { line: presentLine(line), bookings: rows.map(presentBooking) };
}

function exceeded(line: BudgetLineRow, amountCents: number): DomainError {
  const remaining = line.plannedCents - line.committedCents - line.bookedCents;
  const message = `Der Betrag von ${formatEuro(amountCents)} übersteigt, was in „${line.label}“ ${line.year} noch frei ist (${formatEuro(remaining)}).`;
  return new DomainError('BUDGET_EXCEEDED', message, [{ field: 'amountCents', message }]);
}

/**
 * Books an amount on a line: refused with BUDGET_EXCEEDED if it would overspend the line, also under concurrency.
 * A booking for a project draws on the project's open commitment in this line first; only the rest needs free money.
 */
export async function createBooking(ctx: Ctx, input: CreateBookingInput & { lineId: string }): Promise<Booking> {
  authorize(ctx.actor, budgetPolicy.book);
  const officeId = officeOf(ctx.actor);
  // Notes are free text: the same guard as for needs keeps families' personal data out of the ledger.
  assertNoPersonalData({ note: input.note });
  const line = await lineInOffice(ctx, input.lineId);
  if (Number(input.bookedOn.slice(0, 4)) !== line.year) throw invalidField('bookedOn', `Das Buchungsdatum muss im Haushaltsjahr ${line.year} liegen.`);
  if (await isYearClosed(ctx.tx, line.spaceId, line.year)) throw new DomainError('CONFLICT', `Das Haushaltsjahr ${line.year} ist abgeschlossen.`);
  const projectId = input.projectId ?? null;
  if (input.purpose === 'project' && !projectId) throw invalidField('projectId', 'Bitte das Projekt wählen, für das gebucht wird.');
  if (input.purpose !== 'project' && projectId) throw invalidField('projectId', 'Ein Projekt nur beim Zweck „Projekt“ angeben.');
  let commitment = null;
  if (projectId) {
    const [project] = await projectRefs(ctx.tx, officeId, [projectId]);
    if (!project) throw invalidField('projectId', 'Dieses Projekt gibt es nicht.');
    if (!project.spaceIds.includes(line.spaceId)) throw invalidField('projectId', 'Das Projekt gehört nicht zu diesem Sozialraum.');
    commitment = await openCommitmentForUpdate(ctx.tx, projectId, line.id);
  }
  const drawn = commitment ? Math.min(input.amountCents, commitment.amountCents - commitment.drawnCents) : 0;
  const after = await addToBooked(ctx.tx, line.id, input.amountCents, drawn);
  if (!after) throw exceeded(await lineInOffice(ctx, input.lineId), input.amountCents - drawn);
  if (commitment && drawn > 0) await updateCommitmentRow(ctx.tx, commitment.id, { drawnCents: commitment.drawnCents + drawn });
  const row = await insertBooking(ctx.tx, {
    officeId,
    lineId: line.id,
    bookedOn: input.bookedOn,
    amountCents: input.amountCents,
    purpose: input.purpose,
    payee: input.payee,
    receiptReference: input.receiptReference ?? null,
    note: input.note,
    projectId,
    commitmentId: commitment?.id ?? null,
    drawnFromCommitmentCents: drawn,
    createdByUserId: userIdOf(ctx),
  });
  const booking = await bookingView(ctx, officeId, row.id);
  await recordAudit(ctx, { officeId, action: 'book', entity: 'booking', entityId: row.id, after: { ...booking, lineBookedCents: after.bookedCents, lineCommittedCents: after.committedCents } });
  return booking;
}

/**
 * Reverses a booking by booking its negative amount; the original stays in the ledger. What the booking drew from a
 * commitment that is still open goes back to it.
 */
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
  const commitment = original.commitmentId ? await findCommitmentForUpdate(ctx.tx, original.commitmentId) : undefined;
  const giveBack = commitment?.status === 'open' ? Math.min(original.drawnFromCommitmentCents, commitment.drawnCents) : 0;
  let row: BookingRow;
  try {
    if (!(await addToBooked(ctx.tx, line.id, -original.amountCents, -giveBack))) throw new DomainError('CONFLICT', 'Die Buchung konnte nicht storniert werden.');
    if (commitment && giveBack > 0) await updateCommitmentRow(ctx.tx, commitment.id, { drawnCents: commitment.drawnCents - giveBack });
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
      projectId: original.projectId,
      commitmentId: original.commitmentId,
      drawnFromCommitmentCents: -giveBack,
      createdByUserId: userIdOf(ctx),
    });
  } catch (error) {
    // Two reversals of one booking at the same moment: the second meets the unique reversal or the line's CHECK.
    if (['23505', '23514'].includes(sqlState(error))) throw new DomainError('CONFLICT', 'Diese Buchung ist bereits storniert.');
    throw error;
  }
  const reversal = await bookingView(ctx, officeId, row.id);
  await recordAudit(ctx, { officeId, action: 'reverse', entity: 'booking', entityId: row.id, before: await bookingView(ctx, officeId, original.id), after: reversal });
  return reversal;
}

/** All bookings for one project, across spaces and years. */
export async function readProjectBookings(ctx: Ctx, input: { projectId: string }): Promise<Booking[]> {
  authorize(ctx.actor, budgetPolicy.readProjectBookings);
  const officeId = officeOf(ctx.actor);
  if ((await projectRefs(ctx.tx, officeId, [input.projectId])).length === 0) throw notFound('Das Projekt');
  return (await bookingViews(ctx.tx, officeId, { projectId: input.projectId })).map(presentBooking);
}

/** Files the receipt of a booking (one per booking; the ledger stays append-only, so it is not replaced). */
export async function attachReceipt(ctx: Ctx, input: { id: string; fileName: string; bytes: Buffer }): Promise<Booking> {
  authorize(ctx.actor, budgetPolicy.attachReceipt);
  const officeId = officeOf(ctx.actor);
  const booking = await findBooking(ctx.tx, input.id);
  if (!booking || booking.officeId !== officeId) throw notFound('Die Buchung');
  const file = checkUpload({ fileName: input.fileName, bytes: input.bytes });
  if (!(await insertReceipt(ctx.tx, { bookingId: booking.id, ...file, uploadedByUserId: userIdOf(ctx) }))) {
    throw new DomainError('CONFLICT', 'Zu dieser Buchung ist schon ein Beleg abgelegt.');
  }
  await recordAudit(ctx, { officeId, action: 'attach_receipt', entity: 'booking', entityId: booking.id, after: { fileName: file.fileName, mediaType: file.mediaType, sizeBytes: file.sizeBytes } });
  return bookingView(ctx, officeId, booking.id);
}

export async function readReceipt(ctx: Ctx, input: { id: string }) {
  authorize(ctx.actor, budgetPolicy.readReceipt);
  const booking = await findBooking(ctx.tx, input.id);
  const receipt = booking && booking.officeId === officeOf(ctx.actor) ? await findReceipt(ctx.tx, booking.id) : undefined;
  if (!receipt) throw notFound('Der Beleg');
  return receipt;
}

/** Every year of a space with its lines, for the charts across years. */
export async function readBudgetHistory(ctx: Ctx, input: { spaceId: string }): Promise<BudgetHistory> {
  authorize(ctx.actor, budgetPolicy.readHistory);
  await checkSpace(ctx, officeOf(ctx.actor), input.spaceId);
  const lines = await linesOfSpace(ctx.tx, input.spaceId);
  const closed = await closedYearsOf(ctx.tx, input.spaceId);
  const years = [...new Set(lines.map((l) => l.year))];
  return {
    spaceId: input.spaceId,
    years: years.map((year) => ({
      year,
      closed: closed.has(year),
      lines: lines
        .filter((l) => l.year === year)
        .map((l) => ({ kind: l.kind, label: l.label, plannedCents: l.plannedCents, committedCents: l.committedCents, bookedCents: l.bookedCents })),
    })),
  };
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
  const header = ['Buchungsdatum', 'Sozialraum', 'Haushaltsposition', 'Produktkonto', 'Betrag (EUR)', 'Zweck', 'Projekt', 'Zahlungsempfänger', 'Beleg', 'Storno von', 'Bemerkung'];
  const lines = rows.map((r) => [
    r.bookedOn.split('-').reverse().join('.'),
    r.spaceCode ? `${r.spaceName} (${r.spaceCode})` : r.spaceName,
    r.lineLabel,
    r.accountCode,
    formatDecimalComma(r.amountCents),
    bookingPurposeLabels[r.purpose as BookingPurpose] ?? r.purpose,
    r.projectTitle,
    r.payee,
    r.receiptReference,
    r.reversesBookingId,
    r.note,
  ]);
  return writeExcelCsv([header, ...lines]);
}

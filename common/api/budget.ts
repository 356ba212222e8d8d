import { z } from 'zod';
import { freeText, isoDate, listParam, yearParam } from './fields';
import { bookingPurposes } from '../budget-terms';
import { commitmentStatuses } from '../project-terms';

const cents = z.number({ error: 'Betrag in Cent als ganze Zahl angeben.' }).int({ error: 'Betrag in Cent als ganze Zahl angeben.' });
const year = yearParam;
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const budgetLine = z
  .object({
    id: z.uuid(),
    spaceId: z.uuid(),
    year: z.number().int(),
    kind: z.string(),
    label: z.string(),
    plannedCents: z.number().int(),
    /** The part of the plan carried over from last year (0 unless the office carries over). */
    carriedInCents: z.number().int(),
    committedCents: z.number().int(),
    bookedCents: z.number().int(),
    /** planned − open commitments − booked, from the ledger. */
    remainingCents: z.number().int(),
    accountCode: z.string().nullable(),
    resolutionDate: z.string().nullable(),
    resolutionReference: z.string().nullable(),
  })
  .meta({ id: 'BudgetLine' });
export type BudgetLine = z.infer<typeof budgetLine>;

export const budgetOfYear = z
  .object({
    spaceId: z.uuid(),
    year: z.number().int(),
    closed: z.boolean(),
    lines: z.array(budgetLine),
    totals: z.object({ plannedCents: z.number().int(), committedCents: z.number().int(), bookedCents: z.number().int(), remainingCents: z.number().int() }),
  })
  .meta({ id: 'BudgetOfYear' });
export type BudgetOfYear = z.infer<typeof budgetOfYear>;

export const budgetQuery = z.strictObject({ spaceId: z.uuid(), year });
export const openYearBody = z.strictObject({ spaceId: z.uuid(), year }).meta({ id: 'OpenBudgetYear' });
export const closeYearBody = openYearBody.meta({ id: 'CloseBudgetYear' });

export const updateBudgetLineBody = z
  .strictObject({
    plannedCents: cents.min(0, { error: 'Der Plan kann nicht negativ sein.' }).max(100_000_000).optional(),
    accountCode: optionalText(60),
    resolutionDate: isoDate.nullable().optional(),
    resolutionReference: optionalText(120),
  })
  .meta({ id: 'UpdateBudgetLine' });
export type UpdateBudgetLineBody = z.infer<typeof updateBudgetLineBody>;

export const booking = z
  .object({
    id: z.uuid(),
    lineId: z.uuid(),
    spaceId: z.uuid(),
    year: z.number().int(),
    bookedOn: isoDate,
    amountCents: z.number().int(),
    purpose: z.enum(bookingPurposes),
    payee: z.string(),
    receiptReference: z.string().nullable(),
    note: z.string(),
    reversesBookingId: z.uuid().nullable(),
    reversedByBookingId: z.uuid().nullable(),
    projectId: z.uuid().nullable(),
    projectTitle: z.string().nullable(),
    commitmentId: z.uuid().nullable(),
    /** The part of the amount that drew on the project's commitment (the rest came from the line's free money). */
    drawnFromCommitmentCents: z.number().int(),
    receipt: z.object({ fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int() }).nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Booking' });
export type Booking = z.infer<typeof booking>;

export const createBookingBody = z
  .strictObject({
    bookedOn: isoDate,
    amountCents: cents.min(1, { error: 'Der Betrag muss größer als 0 sein.' }).max(100_000_000),
    purpose: z.enum(bookingPurposes, { error: 'Bitte den Zweck wählen.' }),
    payee: z.string().trim().min(2, { error: 'Bitte den Zahlungsempfänger angeben.' }).max(200),
    receiptReference: optionalText(120),
    note: z.string().trim().max(1000).default(''),
    /** Required for purpose "project": the booking draws on the project's commitment in this line first. */
    projectId: z.uuid().nullable().optional(),
  })
  .meta({ id: 'CreateBooking' });
export type CreateBookingBody = z.input<typeof createBookingBody>;
export type CreateBookingInput = z.infer<typeof createBookingBody>;

export const reverseBookingBody = z.strictObject({ note: z.string().trim().min(3, { error: 'Bitte den Grund der Stornierung angeben.' }).max(1000) }).meta({ id: 'ReverseBooking' });

export const ledger = z.object({ line: budgetLine, bookings: z.array(booking) }).meta({ id: 'BudgetLedger' });

export const budgetSettingsSchema = z
  .object({
    caseConsultationCents: cents.min(0),
    networkWorkCents: cents.min(0),
    accountCode: z.string().nullable(),
    resolutionDate: isoDate.nullable(),
    resolutionReference: z.string().nullable(),
    approvalThresholdCents: cents.min(0),
    carryOver: z.boolean(),
  })
  .meta({ id: 'BudgetSettings' });
export type BudgetSettings = z.infer<typeof budgetSettingsSchema>;
export const budgetSettingsBody = z.strictObject({
  caseConsultationCents: cents.min(0).max(100_000_000),
  networkWorkCents: cents.min(0).max(100_000_000),
  accountCode: z.string().trim().max(60).nullable(),
  resolutionDate: isoDate.nullable(),
  resolutionReference: z.string().trim().max(120).nullable(),
  approvalThresholdCents: cents.min(0).max(100_000_000),
  carryOver: z.boolean(),
});

export const bookingsCsvQuery = z.strictObject({ year, spaceId: z.uuid().optional() });

// ---- commitments (Mittelbindungen): money of a space's line reserved for a project ----

export const commitment = z
  .object({
    id: z.uuid(),
    lineId: z.uuid(),
    spaceId: z.uuid(),
    year: z.number().int(),
    projectId: z.uuid(),
    projectTitle: z.string(),
    amountCents: z.number().int(),
    /** What bookings for the project have drawn from it so far. */
    drawnCents: z.number().int(),
    /** amount − drawn while open; 0 otherwise. */
    openCents: z.number().int(),
    status: z.enum(commitmentStatuses),
    note: z.string(),
    requestedByName: z.string().nullable(),
    decidedByName: z.string().nullable(),
    decisionNote: z.string(),
    /** Who settled it (released the undrawn rest), when and why. */
    closedByName: z.string().nullable(),
    closeNote: z.string(),
    closedAt: z.iso.datetime({ offset: true }).nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Commitment' });
export type Commitment = z.infer<typeof commitment>;

export const commitmentsQuery = z.strictObject({
  projectId: z.uuid().optional(),
  lineId: z.uuid().optional(),
  spaceId: z.uuid().optional(),
  year: year.optional(),
  status: listParam(z.enum(commitmentStatuses)),
});

export const createCommitmentBody = z
  .strictObject({
    projectId: z.uuid({ error: 'Bitte das Projekt wählen.' }),
    amountCents: cents.min(1, { error: 'Der Betrag muss größer als 0 sein.' }).max(100_000_000),
    note: freeText(1000).default(''),
  })
  .meta({ id: 'CreateCommitment' });
export type CreateCommitmentBody = z.input<typeof createCommitmentBody>;

export const decideCommitmentBody = z
  .strictObject({ decision: z.enum(['approved', 'rejected'], { error: 'Bitte freigeben oder ablehnen.' }), note: freeText(1000).default('') })
  .meta({ id: 'DecideCommitment' });
export const releaseCommitmentBody = z.strictObject({ note: z.string().trim().min(3, { error: 'Bitte kurz begründen.' }).max(1000) }).meta({ id: 'ReleaseCommitment' });

/** The budget of a space across years, for the charts. */
export const budgetHistory = z
  .object({
    spaceId: z.uuid(),
    years: z.array(
      z.object({
        year: z.number().int(),
        closed: z.boolean(),
        lines: z.array(z.object({ kind: z.string(), label: z.string(), plannedCents: z.number().int(), committedCents: z.number().int(), bookedCents: z.number().int() })),
      }),
    ),
  })
  .meta({ id: 'BudgetHistory' });
export type BudgetHistory = z.infer<typeof budgetHistory>;

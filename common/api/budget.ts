import { z } from 'zod';
import { bookingPurposes } from '../budget-terms';

const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT angeben.' });
const cents = z.number({ error: 'Betrag in Cent als ganze Zahl angeben.' }).int({ error: 'Betrag in Cent als ganze Zahl angeben.' });
const year = z.coerce.number().int().min(2000, { error: 'Jahr zwischen 2000 und 2100.' }).max(2100, { error: 'Jahr zwischen 2000 und 2100.' });
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const budgetLine = z
  .object({
    id: z.uuid(),
    spaceId: z.uuid(),
    year: z.number().int(),
    kind: z.string(),
    label: z.string(),
    plannedCents: z.number().int(),
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
    bookedOn: isoDate,
    amountCents: z.number().int(),
    purpose: z.enum(bookingPurposes),
    payee: z.string(),
    receiptReference: z.string().nullable(),
    note: z.string(),
    reversesBookingId: z.uuid().nullable(),
    reversedByBookingId: z.uuid().nullable(),
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

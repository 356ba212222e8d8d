import { eq } from 'drizzle-orm';
import type { DemoContext } from '../../platform/module';
import { seededRandom } from '../../platform/seeded-random';
import { spacesOfOffice } from '../social-spaces';
import { todayInBerlin } from '../../platform/calendar';
import { bookings, budgetLines, budgetYearsClosed } from './budget.tables';
import { upsertSettings } from './budget.queries';

const RESOLUTION = { accountCode: '3.6.3.01', resolutionDate: '2016-05-26', resolutionReference: 'JHA 26.05.2016' };

/** Payees of projects and measures from 2017, when the network money went into the spaces (issue 6 links projects). */
const projectPayees = [
  ['Elterninitiative Kochgruppe', 'Kochgruppe: Lebensmittel und Raummiete'],
  ['Familienzentrum', 'Elterncafé: Material'],
  ['Sportverein', 'Inklusives Fußballtraining: Schulung der Trainer'],
  ['Jugendhaus', 'Ferienprogramm: Ausflüge'],
  ['Stadtteilbüro', 'Nachbarschaftsfest'],
  ['Schulsozialarbeit', 'Hausaufgabenhilfe: Honorare'],
  ['Kita-Verbund', 'Sprachcafé für Eltern: Dolmetschung'],
] as const;

const cents = (euros: number) => Math.round(euros * 100);

/**
 * The budget of every space from the first demo year: the lines the committee set (9.360 € case consultation,
 * 12.480 € network work), the networker's position and the providers' part in the consultations until 2016, then
 * projects and measures; past years closed. Written directly (the running totals set to the ledger's sums), so the
 * demo test checks that they agree.
 */
export async function seedBudget(ctx: DemoContext): Promise<void> {
  const random = seededRandom(21_840);
  const today = todayInBerlin();
  await upsertSettings(ctx.tx, { officeId: ctx.officeId, ...RESOLUTION });
  const spaces = await spacesOfOffice(ctx.tx, ctx.officeId);
  let count = 0;
  for (const space of spaces) {
    for (let year = ctx.firstYear; year <= ctx.currentYear; year++) {
      const lastMonth = year < ctx.currentYear ? 12 : Number(today.slice(5, 7));
      const lines = await ctx.tx
        .insert(budgetLines)
        .values(
          (['case_consultation', 'network_work'] as const).map((kind) => ({
            officeId: ctx.officeId,
            spaceId: space.id,
            year,
            kind,
            label: kind === 'case_consultation' ? 'Kollegiale Beratung' : 'Netzwerkarbeit',
            plannedCents: kind === 'case_consultation' ? 936_000 : 1_248_000,
            ...RESOLUTION,
          })),
        )
        .returning();
      const consultation = lines.find((l) => l.kind === 'case_consultation');
      const network = lines.find((l) => l.kind === 'network_work');
      if (!consultation || !network) continue;
      const rows: (typeof bookings.$inferInsert)[] = [];
      const day = (month: number) => `${year}-${String(month).padStart(2, '0')}-${String(5 + Math.floor(random() * 20)).padStart(2, '0')}`;
      const add = (lineId: string, month: number, amount: number, purpose: string, payee: string, note: string) => {
        const date = day(month);
        if (date > today) return;
        rows.push({ officeId: ctx.officeId, lineId, bookedOn: date, amountCents: amount, purpose, payee, note, receiptReference: `RE-${year}-${String(rows.length + 1).padStart(3, '0')}` });
      };
      for (let month = 1; month <= lastMonth; month++) {
        // The providers' part in the monthly collegial consultation: 780 € a month is the whole line.
        if (random() < 0.9) add(consultation.id, month, cents(780), 'consultation_participation', 'Ambulante und stationäre Träger', `Kollegiale Beratung ${month}/${year}`);
        if (year <= 2016) add(network.id, month, cents(1_040), 'networker_position', 'Träger der Netzwerkstelle', `Stellenanteil Netzwerker/in ${month}/${year}`);
      }
      if (year >= 2017) {
        let left = network.plannedCents - (year === ctx.currentYear ? cents(2_000 + random() * 3_000) : cents(random() * 1_500));
        const projects = 3 + Math.floor(random() * 4);
        for (let i = 0; i < projects && left > 0; i++) {
          const [payee, note] = projectPayees[Math.floor(random() * projectPayees.length)] ?? projectPayees[0];
          const amount = Math.min(left, cents(500 + Math.floor(random() * 30) * 100));
          add(network.id, 2 + Math.floor(random() * Math.max(1, lastMonth - 1)), amount, 'project', `${payee} ${space.name}`, note);
          left -= amount;
        }
      }
      // A mistake and its correction, once per space: corrected by reversal, never deleted.
      const first = rows[0];
      if (year === ctx.firstYear + 2 && first) {
        const wrong = { ...first, note: 'Doppelt erfasst', receiptReference: `${first.receiptReference ?? ''}-D` };
        rows.push(wrong);
      }
      if (rows.length === 0) continue;
      const inserted = await ctx.tx.insert(bookings).values(rows).returning();
      const duplicate = inserted.find((b) => b.note === 'Doppelt erfasst');
      if (duplicate) {
        await ctx.tx.insert(bookings).values({ ...duplicate, id: undefined, amountCents: -duplicate.amountCents, reversesBookingId: duplicate.id, note: 'Storno: doppelt erfasst', createdAt: undefined });
      }
      for (const line of lines) {
        const booked = rows.filter((r) => r.lineId === line.id).reduce((sum, r) => sum + r.amountCents, 0) - (duplicate?.lineId === line.id ? duplicate.amountCents : 0);
        await ctx.tx.update(budgetLines).set({ bookedCents: booked }).where(eq(budgetLines.id, line.id));
      }
      count += rows.length;
      if (year < ctx.currentYear) await ctx.tx.insert(budgetYearsClosed).values({ officeId: ctx.officeId, spaceId: space.id, year });
    }
  }
  ctx.log(`Haushalt: ${spaces.length} Sozialräume × ${ctx.currentYear - ctx.firstYear + 1} Jahre, ${count} Buchungen`);
}

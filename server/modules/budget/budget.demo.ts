import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables';
import { queryRows } from '../../platform/db/database';
import type { DemoContext } from '../../platform/module';
import { seededRandom } from '../../platform/seeded-random';
import { membershipsOfOffice, organizationNames, spacesOfOffice } from '../social-spaces';
import { todayInBerlin } from '../../platform/calendar';
import { bookings, budgetLines, budgetYearsClosed, commitments } from './budget.tables';
import { upsertSettings } from './budget.queries';

const RESOLUTION = { accountCode: '3.6.3.01', resolutionDate: '2016-05-26', resolutionReference: 'JHA 26.05.2016' };

/** What a project's money goes to, by what the project does (the booking note says it). */
const costItems: [RegExp, string[]][] = [
  [/Koch|Frühstück|café|Café|Abendtreff|Garten/, ['Lebensmittel', 'Lebensmittel und Getränke', 'Küchenbedarf', 'Kinderbetreuung']],
  [/Ferien/, ['Busfahrten und Eintritte', 'Verpflegung', 'Material für die Werkstatt', 'Honorare Betreuung']],
  [/Fußball|Sport|Bewegung|Bolzplatz/, ['Fortbildung Trainer', 'Bälle und Trainingsmaterial', 'Hallenmiete', 'Honorar Trainerin']],
  [/Deutsch|Sprach|Herkunftssprache/, ['Sprachmittlung', 'Kinderbetreuung', 'Lehrmaterial', 'Honorare']],
  [/Fest|Spielplatz|Schulweg/, ['Material und Werkzeug', 'Verpflegung', 'Druck Einladungen', 'Miete Zelt und Bänke']],
];
const defaultItems = ['Honorare', 'Material', 'Raummiete', 'Fahrtkosten', 'Druck und Öffentlichkeitsarbeit'];
/** The planned project whose commitment waits for the head of department (above the approval threshold). */
const PENDING_PROJECT = /Bolzplatz/;
const PENDING_CENTS = 380_000;

type DemoProject = { id: string; title: string; spaceIds: string[]; status: string; startsOn: string | null; endsOn: string | null; partnerIds: string[] };

const cents = (euros: number) => Math.round(euros * 100);
const addDays = (isoDate: string, days: number): string => {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/**
 * The budget of every space from the first demo year: the lines the committee set (9.360 € case consultation,
 * 12.480 € network work), the networker's position and the providers' part in the consultations until 2016, then
 * the projects of the demo (commitments per project, space and year, drawn by bookings); past years closed. Written
 * directly (the running totals set to the ledger's sums), so the demo test checks that they agree.
 */
export async function seedBudget(ctx: DemoContext): Promise<void> {
  const random = seededRandom(21_840);
  const today = todayInBerlin();
  await upsertSettings(ctx.tx, { officeId: ctx.officeId, ...RESOLUTION });
  const spaces = await spacesOfOffice(ctx.tx, ctx.officeId);
  let count = 0;

  // The projects of the demo (seeded just before, by the projects module), in a stable order; their partners are the payees.
  const money = seededRandom(2017);
  const demoProjects = await queryRows<DemoProject>(
    ctx.tx,
    sql`select id, title, space_ids as "spaceIds", status, starts_on::text as "startsOn", ends_on::text as "endsOn", partner_organization_ids as "partnerIds"
        from projects where office_id = ${ctx.officeId} order by title, id`,
  );
  const partnerNames = await organizationNames(ctx.tx, [...new Set(demoProjects.flatMap((p) => p.partnerIds))]);
  const [head] = await ctx.tx.select({ id: users.id }).from(users).where(eq(users.email, 'head_of_department@demo.invalid'));
  const memberships = (await membershipsOfOffice(ctx.tx, ctx.officeId)).sort((a, b) => a.personName.localeCompare(b.personName, 'de') || a.validFrom.localeCompare(b.validFrom));
  const pendingProject = demoProjects.find((p) => p.status === 'planned' && PENDING_PROJECT.test(p.title)) ?? demoProjects.find((p) => p.status === 'planned');
  let commitmentCount = 0;
  let projectBookingCount = 0;
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
      // From 2017 the network money goes into the projects of the space: a commitment per project and year, drawn by bookings.
      const commitmentRows: (typeof commitments.$inferInsert)[] = [];
      if (year >= 2017) {
        const plan = projectMoney(year, space.id);
        for (const c of plan) {
          const commitmentId = randomUUID();
          const items = costItems.find(([pattern]) => pattern.test(c.project.title))?.[1] ?? defaultItems;
          const payees = c.project.partnerIds.map((id) => partnerNames.get(id)).filter((n): n is string => !!n);
          const dates = c.bookingDates;
          let drawn = 0;
          dates.forEach((date, i) => {
            const amount = i === dates.length - 1 ? c.drawnCents - drawn : Math.round(c.drawnCents / dates.length / 100) * 100;
            if (amount <= 0) return;
            drawn += amount;
            rows.push({
              officeId: ctx.officeId,
              lineId: network.id,
              bookedOn: date,
              amountCents: amount,
              purpose: 'project',
              payee: payees[i % Math.max(1, payees.length)] ?? 'Träger im Sozialraum',
              note: `${c.project.title}: ${items[(i + year) % items.length] ?? 'Material'}`,
              receiptReference: `RE-${year}-${String(rows.length + 1).padStart(3, '0')}`,
              projectId: c.project.id,
              commitmentId,
              drawnFromCommitmentCents: amount,
            });
          });
          const requester = c.status === 'pending' ? memberships.find((m) => m.spaceId === space.id && m.userId && m.teamRole !== 'head_of_department' && m.validTo === null)?.userId : head?.id;
          commitmentRows.push({
            id: commitmentId,
            officeId: ctx.officeId,
            lineId: network.id,
            projectId: c.project.id,
            amountCents: c.amountCents,
            drawnCents: drawn,
            status: c.status,
            note: c.status === 'pending' ? `${c.project.title}: Material und Bau in der Werkstattwoche` : `${c.project.title} ${year}`,
            // Bound by the head of department (no approval needed); this year's large one was asked for by the team.
            requestedByUserId: requester ?? head?.id ?? null,
            closedAt: c.status === 'closed' ? new Date(`${c.closedOn}T12:00:00Z`) : null,
            createdAt: new Date(`${c.createdOn}T09:00:00Z`),
          });
        }
        if (commitmentRows.length) await ctx.tx.insert(commitments).values(commitmentRows);
        commitmentCount += commitmentRows.length;
        projectBookingCount += rows.filter((r) => r.purpose === 'project').length;
      }
      // A mistake and its correction, once per space: corrected by reversal, never deleted.
      const first = rows.find((r) => r.purpose !== 'project');
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
        // Bound: the undrawn rest of the open commitments (pending ones bind nothing yet, closed ones freed theirs).
        const committed = commitmentRows.filter((c) => c.lineId === line.id && c.status === 'open').reduce((sum, c) => sum + c.amountCents - (c.drawnCents ?? 0), 0);
        await ctx.tx.update(budgetLines).set({ bookedCents: booked, committedCents: committed }).where(eq(budgetLines.id, line.id));
      }
      count += rows.length;
      if (year < ctx.currentYear) await ctx.tx.insert(budgetYearsClosed).values({ officeId: ctx.officeId, spaceId: space.id, year });
    }
  }
  ctx.log(
    `Haushalt: ${spaces.length} Sozialräume × ${ctx.currentYear - ctx.firstYear + 1} Jahre, ${count} Buchungen ` +
      `(${projectBookingCount} für ${demoProjects.length} Projekte), ${commitmentCount} Mittelbindungen`,
  );

  /**
   * The money of the projects of a space in a year: past years spend most of the line, each project's commitment
   * closed when the year was settled (fully or partly drawn); this year's commitments are open and partly drawn so
   * far, a planned project holds money it has not spent, and one waits for the head of department's approval.
   */
  function projectMoney(year: number, spaceId: string) {
    type Planned = { project: DemoProject; amountCents: number; drawnCents: number; status: 'open' | 'closed' | 'pending'; createdOn: string; closedOn: string; bookingDates: string[] };
    const current = year === ctx.currentYear;
    const yearEnd = current ? today : `${year}-12-31`;
    const ran = demoProjects.filter(
      (p) => p.spaceIds.includes(spaceId) && p.startsOn && ['running', 'completed', 'stopped'].includes(p.status) && p.startsOn <= yearEnd && (p.endsOn ?? today) >= `${year}-01-01`,
    );
    const waiting = current ? demoProjects.filter((p) => p.spaceIds.includes(spaceId) && p.status === 'planned') : [];
    const pending = waiting.find((p) => p.id === pendingProject?.id);
    const line = 1_248_000;
    // Past years spend 82–98 % of the line; this year binds 60–75 %, and leaves room for the commitment that waits.
    const target = current ? Math.min(Math.round(line * (0.6 + 0.15 * money())), line - (pending ? PENDING_CENTS : 0) - 100_000) : Math.round(line * (0.82 + 0.16 * money()));
    const reserved = waiting.filter((p) => p !== pending).length * 60_000;
    const spans = ran.map((p) => {
      const from = p.startsOn && p.startsOn > `${year}-01-01` ? p.startsOn : `${year}-01-01`;
      const until = [p.endsOn ?? yearEnd, yearEnd].sort()[0] ?? yearEnd;
      const months = Math.max(1, Number(until.slice(5, 7)) - Number(from.slice(5, 7)) + 1);
      return { project: p, from, until, weight: months * (0.6 + 0.8 * money()) };
    });
    const total = spans.reduce((sum, s) => sum + s.weight, 0) || 1;
    const result: Planned[] = [];
    for (const s of spans) {
      const amountCents = Math.max(20_000, Math.floor(((target - reserved) * s.weight) / total / 1_000) * 1_000);
      // Past: mostly fully drawn, sometimes the rest was freed; this year: drawn as far as the year has come.
      const share = current ? Math.min(1, (Number(today.slice(5, 7)) / 12) * (0.4 + 0.8 * money())) : money() < 0.7 ? 1 : 0.7 + 0.25 * money();
      const recent = current && s.project.startsOn !== null && s.project.startsOn > addDays(today, -45);
      const drawnCents = recent ? 0 : Math.min(amountCents, Math.round((amountCents * share) / 100) * 100);
      const parts = drawnCents === 0 ? 0 : drawnCents < 60_000 ? 1 : 1 + Math.floor(money() * 3);
      const bookingDates = Array.from({ length: parts }, () => dayBetween(s.from, s.until)).sort();
      const closedOn = [`${year}-12-20`, ...bookingDates].sort().at(-1) ?? `${year}-12-20`;
      result.push({ project: s.project, amountCents, drawnCents, status: current ? 'open' : 'closed', createdOn: [s.from, ...bookingDates].sort()[0] ?? s.from, closedOn, bookingDates });
    }
    for (const p of waiting) {
      const createdOn = addDays(today, -3 - Math.floor(money() * 20));
      result.push({
        project: p,
        amountCents: p === pending ? PENDING_CENTS : 60_000,
        drawnCents: 0,
        status: p === pending ? 'pending' : 'open',
        createdOn: createdOn < `${year}-01-01` ? `${year}-01-01` : createdOn,
        closedOn: '',
        bookingDates: [],
      });
    }
    return result;
  }

  function dayBetween(from: string, until: string): string {
    const span = Math.max(0, Math.round((Date.parse(`${until}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000));
    return addDays(from, Math.floor(money() * (span + 1)));
  }
}

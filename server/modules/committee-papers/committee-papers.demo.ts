import { defaultResolutionTemplate } from '../../../common/api/committee-papers';
import type { DemoContext } from '../../platform/module';
import { budgetReport } from '../budget';
import { committeeMeetings, committees, paperConsultations, paperRelated, papers } from './committee-papers.tables';

// The council side of the demo city: the committees that take the yearly report, their meetings, and one report
// paper (Berichtsvorlage) per finished year since the first year with a budget. The Jugendhilfeausschuss decided on
// 26.05.2016 that it expects this report every year; it decides on each paper (authoritative), the Sozialausschuss
// hears some of them first. Every paper names last year's; all are published except the newest, a draft to try.

const pad = (n: number) => String(n).padStart(2, '0');
/** The n-th weekday (0 = Sunday) of a month. */
const nthWeekday = (year: number, month: number, weekday: number, n: number): string => {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return `${year}-${pad(month)}-${pad(1 + ((weekday - first + 7) % 7) + (n - 1) * 7)}`;
};
const addDays = (isoDate: string, days: number): string => {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const berlinHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' });
/** The instant of a wall-clock time in Berlin (winter or summer time). */
const berlinAt = (isoDate: string, hour: number, minute = 0): Date => {
  for (const offset of ['+01:00', '+02:00']) {
    const at = new Date(`${isoDate}T${pad(hour)}:${pad(minute)}:00${offset}`);
    if (Number(berlinHour.format(at)) === hour) return at;
  }
  throw new Error(`no Berlin time ${isoDate} ${hour}:${minute}`);
};

type CommitteeKey = 'jha' | 'ha' | 'soza';
/** Who meets when: months, weekday (0 = Sunday) and week of the month, the hour, how long, where. */
const schedules: Record<CommitteeKey, { months: number[]; weekday: number; week: number; hour: number; minutes: number; place: string }> = {
  jha: { months: [2, 3, 5, 6, 9, 11], weekday: 4, week: 2, hour: 17, minutes: 150, place: 'Rathaus, Sitzungsraum 2' },
  soza: { months: [3, 6, 9, 11], weekday: 2, week: 3, hour: 17, minutes: 120, place: 'Rathaus, Sitzungsraum 1' },
  ha: { months: [4, 7, 10, 12], weekday: 1, week: 1, hour: 18, minutes: 180, place: 'Rathaus, Ratssaal' },
};

/** The number of a paper in its year, "0042" for the report on 2025 as in the council system; others spread out. */
const paperNumber = (reportYear: number) => String(20 + ((reportYear * 37 + 57) % 80)).padStart(4, '0');
export const demoPaperReference = (reportYear: number) => `B ${pad((reportYear + 1) % 100)}/${paperNumber(reportYear)}`;

export async function seedCommitteePapers(ctx: DemoContext): Promise<void> {
  const created = berlinAt(`${ctx.firstYear}-01-05`, 9);
  const [jha, ha, soza, unit] = await ctx.tx
    .insert(committees)
    .values([
      { officeId: ctx.officeId, name: 'Jugendhilfeausschuss', shortName: 'JHA', kind: 'committee', createdAt: created, updatedAt: created },
      { officeId: ctx.officeId, name: 'Hauptausschuss', shortName: 'HA', kind: 'committee', createdAt: created, updatedAt: created },
      { officeId: ctx.officeId, name: 'Sozialausschuss', shortName: 'SozA', kind: 'committee', createdAt: created, updatedAt: created },
      { officeId: ctx.officeId, name: 'Fachbereich Jugend', shortName: 'FB Jugend', kind: 'administration', createdAt: created, updatedAt: created },
      { officeId: ctx.officeId, name: 'Amt für Jugend, Schulen und Sport', shortName: null, kind: 'administration', createdAt: created, updatedAt: created },
    ])
    .returning();
  if (!jha || !ha || !soza || !unit) throw new Error('demo committees missing');
  const committeeOf: Record<CommitteeKey, { id: string; name: string }> = { jha, ha, soza };

  // Meetings from the first demo year to the end of this one (the coming ones are planned, as in a council calendar).
  const meetingValues: (typeof committeeMeetings.$inferInsert)[] = [];
  for (const key of ['jha', 'soza', 'ha'] as const) {
    const plan = schedules[key];
    for (let year = ctx.firstYear; year <= ctx.currentYear; year++) {
      plan.months.forEach((month, i) => {
        const day = nthWeekday(year, month, plan.weekday, plan.week);
        const startsAt = berlinAt(day, plan.hour);
        const prepared = berlinAt(addDays(day, -28), 10);
        meetingValues.push({
          officeId: ctx.officeId,
          committeeId: committeeOf[key].id,
          name: `${committeeOf[key].name}: ${i + 1}. Sitzung ${year}`,
          startsAt,
          endsAt: new Date(startsAt.getTime() + plan.minutes * 60_000),
          place: plan.place,
          createdAt: prepared,
          updatedAt: prepared,
        });
      });
    }
  }
  const meetings = await ctx.tx.insert(committeeMeetings).values(meetingValues).returning();
  const meetingOn = (key: CommitteeKey, year: number, month: number) => {
    const day = nthWeekday(year, month, schedules[key].weekday, schedules[key].week);
    const found = meetings.find((m) => m.committeeId === committeeOf[key].id && m.startsAt.getTime() === berlinAt(day, schedules[key].hour).getTime());
    if (!found) throw new Error(`demo: no meeting of ${key} in ${year}-${month}`);
    return found;
  };

  // One report paper per finished year, from the first year the budget has lines.
  let firstReportYear: number | undefined;
  for (let year = ctx.firstYear; year < ctx.currentYear && firstReportYear === undefined; year++) {
    const { figures } = await budgetReport(ctx.tx, { officeId: ctx.officeId, year, from: `${year}-01-01`, to: `${year}-12-31`, spaceId: null });
    if (figures.spaceCount > 0) firstReportYear = year;
  }
  if (firstReportYear === undefined) {
    ctx.log(`Demo: ${meetings.length} Sitzungen von 3 Gremien; keine Vorlagen (kein Haushalt vor ${ctx.currentYear}).`);
    return;
  }

  let previous: string | undefined;
  let count = 0;
  for (let year = firstReportYear; year < ctx.currentYear; year++) {
    const written = year + 1;
    // Dated the first Monday of March; the Sozialausschuss hears it in March (in even report years), the
    // Jugendhilfeausschuss decides in May.
    const date = nthWeekday(written, 3, 1, 1);
    const newest = year === ctx.currentYear - 1;
    const createdAt = berlinAt(addDays(date, -21), 9);
    const publishedAt = newest ? null : berlinAt(date, 11);
    const [row] = await ctx.tx
      .insert(papers)
      .values({
        officeId: ctx.officeId,
        reference: demoPaperReference(year),
        name: `Bericht zur Sozialraumorientierung ${year}`,
        paperType: 'Berichtsvorlage',
        date,
        year,
        spaceId: null,
        responsibleUnitId: unit.id,
        resolutionTemplate: defaultResolutionTemplate,
        publishedAt,
        createdAt,
        updatedAt: publishedAt ?? createdAt,
      })
      .returning();
    if (!row) throw new Error('demo paper missing');
    const sequence = [
      ...(year % 2 === 0 ? [{ committeeId: soza.id, meetingId: meetingOn('soza', written, 3).id, role: 'hearing' }] : []),
      { committeeId: jha.id, meetingId: meetingOn('jha', written, 5).id, role: 'decision' },
    ];
    await ctx.tx.insert(paperConsultations).values(sequence.map((c, i) => ({ paperId: row.id, position: i + 1, ...c })));
    if (previous) await ctx.tx.insert(paperRelated).values({ paperId: row.id, relatedPaperId: previous });
    previous = row.id;
    count++;
  }
  ctx.log(`Demo: ${meetings.length} Sitzungen von 3 Gremien, ${count} Berichtsvorlagen ${firstReportYear}–${ctx.currentYear - 1} (die neueste als Entwurf).`);
}

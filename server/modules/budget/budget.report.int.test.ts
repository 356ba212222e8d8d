import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetLine, BudgetOfYear } from '../../../common/api/budget';
import { todayInBerlin } from '../../platform/calendar';
import type { ReportPeriod } from '../../platform/report-period';
import { createTestWorld, type TestWorld } from '../../test/test-app';
import { budgetReport } from './index';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

// The budget's figures for the annual report, checked against hand-counted values for one space and the office.
describe('budget: figures for the annual report', () => {
  let world: TestWorld;
  let north = '';
  let south = '';
  let officeId = '';
  // Commitments are dated by their creation: the report year is this year, so they fall into it.
  const year = Number(todayInBerlin().slice(0, 4));
  type As = Parameters<TestWorld['request']>[0]['as'];

  const post = async (url: string, payload: object, as: As = 'head_of_department') => world.request({ method: 'POST', url, as, payload });
  const lineOf = async (space: string, kind: string, y = year): Promise<BudgetLine> => {
    const budget = (await world.request({ method: 'GET', url: `/api/budget?spaceId=${space}&year=${y}`, as: 'committee' })).json() as BudgetOfYear;
    const line = budget.lines.find((l) => l.kind === kind);
    if (!line) throw new Error(`no line ${kind}`);
    return line;
  };
  const ok = async (response: Promise<{ statusCode: number; body: string; json: () => { id: string } }>, status = 201) => {
    const r = await response;
    expect(r.statusCode, r.body).toBe(status);
    return r.json().id;
  };
  const book = (lineId: string, amountCents: number, bookedOn = `${year}-03-15`) => ok(post(`/api/budget/lines/${lineId}/bookings`, { bookedOn, amountCents, purpose: 'other', payee: 'Druckerei am Markt' }));
  const project = (spaceIds: string[], title: string) => ok(post('/api/projects', { title, spaceIds, initiatedBy: 'affected', initiationNote: 'Eltern beim Frühstück' }));
  const commit = (lineId: string, projectId: string, amountCents: number, as: As = 'head_of_department') =>
    ok(post(`/api/budget/lines/${lineId}/commitments`, { projectId, amountCents, note: 'Lebensmittel und Raummiete' }, as));
  const period = (spaceId: string | null, y = year): ReportPeriod => ({ officeId, year: y, from: `${y}-01-01`, to: `${y}-12-31`, spaceId });

  beforeAll(async () => {
    world = await createTestWorld();
    officeId = world.users.own.admin.officeId;
    const created = async (code: string, lon: number) => ok(post('/api/social-spaces', { code, name: code, boundary: square(lon, 53.7) }, 'admin'));
    north = await created('NORD', 10.0);
    south = await created('SUED', 10.05);
    const settings = await world.request({
      method: 'PUT',
      url: '/api/budget-settings',
      as: 'admin',
      payload: { caseConsultationCents: 936_000, networkWorkCents: 1_248_000, accountCode: '1.3.6.3630.531800', resolutionDate: '2016-05-12', resolutionReference: 'JHA 2016/07', approvalThresholdCents: 250_000, carryOver: false },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    const org = await ok(post('/api/organizations', { name: 'Jugendhilfe Nord gGmbH', type: 'provider_outpatient' }, 'admin'));
    await ok(post('/api/team-memberships', { spaceId: north, userId: world.users.own.team_member.id, organizationId: org, personName: 'Fachkraft', teamRole: 'asd', validFrom: '2020-01-01' }, 'admin'));

    // Three years back, north only: 1.000 € booked.
    await ok(post('/api/budget/years', { spaceId: north, year: year - 3 }));
    await book((await lineOf(north, 'network_work', year - 3)).id, 100_000, `${year - 3}-06-01`);

    for (const spaceId of [north, south]) await ok(post('/api/budget/years', { spaceId, year }));
    const northNetwork = (await lineOf(north, 'network_work')).id;
    const northCase = (await lineOf(north, 'case_consultation')).id;
    const southNetwork = (await lineOf(south, 'network_work')).id;
    // North: 3.000 € booked, 500 € booked and reversed; south: 2.000 € booked.
    await book(northNetwork, 300_000);
    const wrong = await book(northCase, 50_000);
    await ok(post(`/api/bookings/${wrong}/reversal`, { note: 'Doppelt gebucht' }));
    await book(southNetwork, 200_000, `${year}-11-02`);

    // Commitments in north: open 1.000 €, pending 3.000 € (a team member above the threshold), closed 500 €,
    // rejected 4.000 €; in south: open 200 €.
    const p1 = await project([north], 'Kochgruppe der Eltern');
    const p2 = await project([north], 'Spielplatzfest');
    const p3 = await project([north], 'Lesepaten');
    const p4 = await project([south], 'Mädchentreff');
    await commit(northNetwork, p1, 100_000);
    await commit(northNetwork, p2, 300_000, 'team_member');
    const toClose = await commit(northNetwork, p3, 50_000);
    await ok(post(`/api/commitments/${toClose}/release`, { note: 'Projekt ohne Kosten beendet' }), 200);
    const toReject = await commit(northCase, p1, 400_000, 'team_member');
    await ok(post(`/api/commitments/${toReject}/decision`, { decision: 'rejected', note: 'Zu teuer' }), 200);
    await commit(southNetwork, p4, 20_000);
  });
  afterAll(() => world.close());

  it('sums the lines of one space: planned, committed (open now), booked with reversals, remaining', async () => {
    const { figures, appendix } = await budgetReport(world.database.db, period(north));
    expect(figures.spaceCount).toBe(1);
    expect(figures.lines).toEqual([
      {
        kind: 'case_consultation',
        label: 'Kollegiale Beratung',
        accountCodes: ['1.3.6.3630.531800'],
        resolutions: [{ reference: 'JHA 2016/07', date: '2016-05-12' }],
        spaceCount: 1,
        plannedCents: 936_000,
        carriedInCents: 0,
        committedCents: 0,
        bookedCents: 0,
        remainingCents: 936_000,
      },
      {
        kind: 'network_work',
        label: 'Netzwerkarbeit',
        accountCodes: ['1.3.6.3630.531800'],
        resolutions: [{ reference: 'JHA 2016/07', date: '2016-05-12' }],
        spaceCount: 1,
        plannedCents: 1_248_000,
        carriedInCents: 0,
        committedCents: 100_000,
        bookedCents: 300_000,
        remainingCents: 848_000,
      },
    ]);
    expect(figures.totals).toEqual({ plannedCents: 2_184_000, carriedInCents: 0, committedCents: 100_000, bookedCents: 300_000, remainingCents: 1_784_000 });
    expect(figures.bookingCount).toBe(2);
    expect(figures.reversalCount).toBe(1);
    expect(figures.commitmentsMade).toEqual({
      pending: { count: 1, amountCents: 300_000 },
      open: { count: 1, amountCents: 100_000 },
      closed: { count: 1, amountCents: 50_000 },
      rejected: { count: 1, amountCents: 400_000 },
    });
    expect(figures.previousYears).toEqual([
      { year: year - 3, spaceCount: 1, plannedCents: 2_184_000, bookedCents: 100_000 },
      { year: year - 2, spaceCount: 0, plannedCents: 0, bookedCents: 0 },
      { year: year - 1, spaceCount: 0, plannedCents: 0, bookedCents: 0 },
    ]);
    expect(appendix.map((a) => a.table)).toEqual(['Budget je Haushaltslinie', 'Budget im Vergleich der Vorjahre', 'Buchungen und Stornos', 'Mittelbindungen']);
    expect(appendix[0]?.filters).toBe(`der gewählte Sozialraum; 01.01.${year}–31.12.${year}`);
  });

  it('sums over all spaces when no space is given', async () => {
    const { figures } = await budgetReport(world.database.db, period(null));
    expect(figures.spaceCount).toBe(2);
    expect(figures.lines.map((l) => [l.kind, l.spaceCount, l.plannedCents, l.committedCents, l.bookedCents, l.remainingCents])).toEqual([
      ['case_consultation', 2, 1_872_000, 0, 0, 1_872_000],
      ['network_work', 2, 2_496_000, 120_000, 500_000, 1_876_000],
    ]);
    expect(figures.totals).toEqual({ plannedCents: 4_368_000, carriedInCents: 0, committedCents: 120_000, bookedCents: 500_000, remainingCents: 3_748_000 });
    expect([figures.bookingCount, figures.reversalCount]).toEqual([3, 1]);
    expect(figures.commitmentsMade.open).toEqual({ count: 2, amountCents: 120_000 });
    expect(figures.previousYears[0]).toEqual({ year: year - 3, spaceCount: 1, plannedCents: 2_184_000, bookedCents: 100_000 });

    const southOnly = (await budgetReport(world.database.db, period(south))).figures;
    expect(southOnly.totals).toEqual({ plannedCents: 2_184_000, carriedInCents: 0, committedCents: 20_000, bookedCents: 200_000, remainingCents: 1_964_000 });
    expect(southOnly.previousYears.map((p) => p.plannedCents)).toEqual([0, 0, 0]);
    expect(southOnly.commitmentsMade).toMatchObject({ open: { count: 1 }, pending: { count: 0 }, closed: { count: 0 }, rejected: { count: 0 } });
  });

  it('counts nothing of other years or other offices', async () => {
    const before = (await budgetReport(world.database.db, period(null, year - 1))).figures;
    expect(before.lines).toEqual([]);
    expect(before.totals.plannedCents).toBe(0);
    expect([before.bookingCount, before.reversalCount, before.commitmentsMade.open.count, before.commitmentsMade.pending.count]).toEqual([0, 0, 0, 0]);
    const old = (await budgetReport(world.database.db, period(null, year - 3))).figures;
    expect(old.totals).toMatchObject({ plannedCents: 2_184_000, bookedCents: 100_000 });
    expect(old.bookingCount).toBe(1);
    const foreign = (await budgetReport(world.database.db, { ...period(null), officeId: world.users.foreign.admin.officeId })).figures;
    expect([foreign.lines.length, foreign.bookingCount, foreign.commitmentsMade.open.count]).toEqual([0, 0, 0]);
  });

  it('a new reversal changes the next report', async () => {
    const line = await lineOf(south, 'network_work');
    const bookings = (await world.request({ method: 'GET', url: `/api/budget/lines/${line.id}/bookings`, as: 'team_member' })).json() as { bookings: { id: string; amountCents: number }[] };
    const original = bookings.bookings.find((b) => b.amountCents === 200_000);
    if (!original) throw new Error('no booking');
    await ok(post(`/api/bookings/${original.id}/reversal`, { note: 'Falscher Sozialraum' }));
    const { figures } = await budgetReport(world.database.db, period(null));
    expect(figures.totals.bookedCents).toBe(300_000);
    expect([figures.bookingCount, figures.reversalCount]).toEqual([3, 2]);
  });
});

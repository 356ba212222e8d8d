import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Booking, BudgetOfYear } from '../../../common/api/budget';
import { auditCount, countRows, createTestWorld, type TestWorld } from '../../test/test-app';
import { ledgerSum } from './budget.queries';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

describe('budget: lines per space and year, bookings never overspend, reversals, closed years, treasury CSV', () => {
  let world: TestWorld;
  let spaceId = '';
  let otherSpaceId = '';
  const year = 2026;

  const post = async (url: string, payload: object, as: Parameters<TestWorld['request']>[0]['as'] = 'head_of_department') => world.request({ method: 'POST', url, as, payload });
  const budgetOf = async (space: string, y = year) => (await world.request({ method: 'GET', url: `/api/budget?spaceId=${space}&year=${y}`, as: 'committee' })).json() as BudgetOfYear;
  const book = (lineId: string, amountCents: number, extra: object = {}) =>
    post(`/api/budget/lines/${lineId}/bookings`, { bookedOn: `${year}-03-15`, amountCents, purpose: 'other', payee: 'Druckerei am Markt', ...extra });
  const lineOf = async (space: string, kind: string) => {
    const line = (await budgetOf(space)).lines.find((l) => l.kind === kind);
    if (!line) throw new Error(`no line ${kind}`);
    return line;
  };

  beforeAll(async () => {
    world = await createTestWorld();
    const created = async (code: string, lon: number) => (await post('/api/social-spaces', { code, name: code, boundary: square(lon, 53.7) }, 'admin')).json().id as string;
    spaceId = await created('NORD', 10.0);
    otherSpaceId = await created('SUED', 10.05);
  });
  afterAll(() => world.close());

  it('opens a year with the default lines and computes the total: 9.360,00 + 12.480,00 = 21.840,00 €', async () => {
    const response = await post('/api/budget/years', { spaceId, year });
    expect(response.statusCode, response.body).toBe(201);
    const budget = response.json() as BudgetOfYear;
    expect(budget.lines.map((l) => [l.kind, l.plannedCents])).toEqual([
      ['case_consultation', 936_000],
      ['network_work', 1_248_000],
    ]);
    expect(budget.totals.plannedCents).toBe(2_184_000);
    expect(budget.totals.remainingCents).toBe(2_184_000);
    expect((await post('/api/budget/years', { spaceId, year })).statusCode).toBe(409);
  });

  it('books within a line, and refuses a booking that would overspend it, naming the field, storing nothing', async () => {
    const line = await lineOf(spaceId, 'network_work');
    const ok = await book(line.id, 1_000_000, { purpose: 'other', payee: 'Elterninitiative Kochgruppe', receiptReference: 'RE-2026-17' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await lineOf(spaceId, 'network_work')).remainingCents).toBe(248_000);

    const before = [await countRows(world.database, 'bookings'), await auditCount(world.database)];
    const refused = await book(line.id, 248_001);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('BUDGET_EXCEEDED');
    expect(refused.json().errors[0].field).toBe('amountCents');
    expect(refused.json().detail).toContain('2.480,00 €');
    expect([await countRows(world.database, 'bookings'), await auditCount(world.database)]).toEqual(before);
    const personal = await book(line.id, 100, { note: 'Erstattung an Frau Yılmaz, Tel. 0171 2345678' });
    expect(personal.statusCode).toBe(422);
    expect(personal.json().code).toBe('PERSONAL_DATA_REJECTED');
    expect(personal.json().errors[0].field).toBe('note');
    expect([await countRows(world.database, 'bookings'), await auditCount(world.database)]).toEqual(before);
    expect((await book(line.id, 248_000)).statusCode).toBe(201);
    expect((await lineOf(spaceId, 'network_work')).remainingCents).toBe(0);
  });

  it('corrects by reversal, never by deleting: the amount comes back, the original stays, twice is refused', async () => {
    const line = await lineOf(spaceId, 'case_consultation');
    const original = (await book(line.id, 50_000, { purpose: 'consultation_participation', payee: 'Ambulante Jugendhilfe gGmbH' })).json() as Booking;
    const reversal = await post(`/api/bookings/${original.id}/reversal`, { note: 'Doppelt gebucht' });
    expect(reversal.statusCode, reversal.body).toBe(201);
    expect(reversal.json().amountCents).toBe(-50_000);
    expect((await lineOf(spaceId, 'case_consultation')).bookedCents).toBe(0);
    expect((await post(`/api/bookings/${original.id}/reversal`, { note: 'Noch einmal' })).statusCode).toBe(409);
    expect((await post(`/api/bookings/${reversal.json().id}/reversal`, { note: 'Storno vom Storno' })).statusCode).toBe(409);
    const ledger = (await world.request({ method: 'GET', url: `/api/budget/lines/${line.id}/bookings`, as: 'team_member' })).json();
    expect(ledger.bookings.map((b: Booking) => b.amountCents)).toEqual([50_000, -50_000]);
    expect(ledger.bookings[0].reversedByBookingId).toBe(reversal.json().id);
  });

  it('accepts exactly 100 of 400 concurrent bookings of 1,00 € on a line of 100,00 €, and the running total equals the ledger', async () => {
    expect((await post('/api/budget/years', { spaceId: otherSpaceId, year })).statusCode).toBe(201);
    const line = await lineOf(otherSpaceId, 'case_consultation');
    const patched = await world.request({ method: 'PATCH', url: `/api/budget/lines/${line.id}`, as: 'head_of_department', payload: { plannedCents: 10_000 } });
    expect(patched.statusCode, patched.body).toBe(200);
    const answers = await Promise.all(Array.from({ length: 400 }, () => book(line.id, 100)));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(100);
    expect(statuses.filter((s) => s === 409)).toHaveLength(300);
    expect(answers.filter((a) => a.statusCode === 409).every((a) => a.json().code === 'BUDGET_EXCEEDED')).toBe(true);
    const after = await lineOf(otherSpaceId, 'case_consultation');
    expect(after.bookedCents).toBe(10_000);
    expect(after.remainingCents).toBe(0);
    expect(await ledgerSum(world.database.db, line.id)).toBe(after.bookedCents);
  });

  it('does not let the plan sink below what is booked, and the database itself refuses an overspent line', async () => {
    const line = await lineOf(otherSpaceId, 'case_consultation');
    const response = await world.request({ method: 'PATCH', url: `/api/budget/lines/${line.id}`, as: 'head_of_department', payload: { plannedCents: 9_999 } });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors[0].field).toBe('plannedCents');
    await expect(world.database.db.execute(`update budget_lines set booked_cents = planned_cents + 1 where id = '${line.id}'`)).rejects.toThrow();
  });

  it('locks a closed year: no booking, no reversal, no change of a line', async () => {
    const line = await lineOf(otherSpaceId, 'network_work');
    const booked = (await book(line.id, 1_234)).json() as Booking;
    const closed = await post('/api/budget/years/close', { spaceId: otherSpaceId, year });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().closed).toBe(true);
    expect((await book(line.id, 100)).statusCode).toBe(409);
    expect((await post(`/api/bookings/${booked.id}/reversal`, { note: 'Zu spät' })).statusCode).toBe(409);
    expect((await world.request({ method: 'PATCH', url: `/api/budget/lines/${line.id}`, as: 'head_of_department', payload: { accountCode: '3.6.3.01' } })).statusCode).toBe(409);
  });

  it('exports the year for the city treasury: BOM, semicolons, decimal comma, German dates', async () => {
    const response = await world.request({ method: 'GET', url: `/api/budget/bookings.csv?year=${year}&spaceId=${otherSpaceId}`, as: 'head_of_department' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const text = response.body;
    expect(text.startsWith('\uFEFFBuchungsdatum;Sozialraum;Haushaltsposition;Produktkonto;Betrag (EUR);')).toBe(true);
    expect(text).toContain(';12,34;');
    expect(text).toContain('15.03.2026;');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + 101);
  });

  it('takes new defaults from the settings for the next year; refuses bad input naming the field', async () => {
    const put = await world.request({
      method: 'PUT',
      url: '/api/budget-settings',
      as: 'admin',
      payload: { caseConsultationCents: 1_000_000, networkWorkCents: 1_300_000, accountCode: '3.6.3.01', resolutionDate: '2016-05-26', resolutionReference: 'JHA 26.05.2016', approvalThresholdCents: 250_000, carryOver: false },
    });
    expect(put.statusCode, put.body).toBe(200);
    const next = (await post('/api/budget/years', { spaceId, year: year + 1 })).json() as BudgetOfYear;
    expect(next.totals.plannedCents).toBe(2_300_000);
    expect(next.lines.every((l) => l.accountCode === '3.6.3.01' && l.resolutionReference === 'JHA 26.05.2016')).toBe(true);
    const line = next.lines[0];
    if (!line) throw new Error('no line');
    const bad = await post(`/api/budget/lines/${line.id}/bookings`, { bookedOn: `${year + 1}-01-02`, amountCents: 12.5, purpose: 'other', payee: 'X Y' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('amountCents');
    const wrongYear = await post(`/api/budget/lines/${line.id}/bookings`, { bookedOn: `${year}-12-31`, amountCents: 100, purpose: 'other', payee: 'Druckerei' });
    expect(wrongYear.statusCode).toBe(400);
    expect(wrongYear.json().errors[0].field).toBe('bookedOn');
  });

  it('lets the committee read the money but not book; another office does not find the line', async () => {
    const line = await lineOf(spaceId, 'case_consultation');
    expect((await world.request({ method: 'POST', url: `/api/budget/lines/${line.id}/bookings`, as: 'committee', payload: { bookedOn: `${year}-03-01`, amountCents: 100, purpose: 'other', payee: 'Druckerei' } })).statusCode).toBe(403);
    expect((await world.request({ method: 'POST', url: `/api/budget/lines/${line.id}/bookings`, as: 'team_member', payload: { bookedOn: `${year}-03-01`, amountCents: 100, purpose: 'other', payee: 'Druckerei' } })).statusCode).toBe(403);
    const foreign = await world.request({
      method: 'POST',
      url: `/api/budget/lines/${line.id}/bookings`,
      as: world.users.foreign.head_of_department,
      payload: { bookedOn: `${year}-03-01`, amountCents: 100, purpose: 'other', payee: 'Druckerei' },
    });
    expect(foreign.statusCode).toBe(404);
    expect((await world.request({ method: 'GET', url: `/api/budget?spaceId=${spaceId}&year=${year}` })).statusCode).toBe(401);
  });
});

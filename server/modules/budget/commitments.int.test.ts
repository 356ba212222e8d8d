import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Booking, BudgetLine, BudgetOfYear, Commitment } from '../../../common/api/budget';
import { countRows, createTestWorld, type TestWorld } from '../../test/test-app';
import { ledgerSum, openCommitmentSum } from './budget.queries';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

// Commitments reserve a line's money for a project; bookings for the project draw on them first; above the
// threshold a head of department decides; the running totals always equal the ledger and the open commitments.
describe('budget: commitments for projects, bookings that draw on them, approval, release, carry-over', () => {
  let world: TestWorld;
  let north = '';
  let south = '';
  const year = 2026;
  type As = Parameters<TestWorld['request']>[0]['as'];

  const post = async (url: string, payload: object, as: As = 'head_of_department') => world.request({ method: 'POST', url, as, payload });
  const budgetOf = async (space: string, y = year) => (await world.request({ method: 'GET', url: `/api/budget?spaceId=${space}&year=${y}`, as: 'committee' })).json() as BudgetOfYear;
  const lineOf = async (space: string, kind = 'network_work', y = year): Promise<BudgetLine> => {
    const line = (await budgetOf(space, y)).lines.find((l) => l.kind === kind);
    if (!line) throw new Error(`no line ${kind}`);
    return line;
  };
  const project = async (spaceIds: string[], title = 'Kochgruppe der Eltern') =>
    (await post('/api/projects', { title, spaceIds, initiatedBy: 'affected', initiationNote: 'Eltern beim Osterfrühstück des ambulanten Trägers' })).json().id as string;
  const commit = (lineId: string, projectId: string, amountCents: number, as: As = 'head_of_department') => post(`/api/budget/lines/${lineId}/commitments`, { projectId, amountCents, note: 'Lebensmittel und Raummiete' }, as);
  const book = (lineId: string, amountCents: number, extra: object = {}) =>
    post(`/api/budget/lines/${lineId}/bookings`, { bookedOn: `${year}-04-15`, amountCents, purpose: 'project', payee: 'Elterninitiative Kochgruppe', ...extra });
  /** The running totals of a line against its ledger and its open commitments. */
  const expectTotalsMatchLedger = async (lineId: string) => {
    const line = (await world.database.db.execute(`select committed_cents, booked_cents from budget_lines where id = '${lineId}'`)) as unknown as { rows: { committed_cents: number; booked_cents: number }[] };
    const row = line.rows[0];
    expect(Number(row?.booked_cents)).toBe(await ledgerSum(world.database.db, lineId));
    expect(Number(row?.committed_cents)).toBe(await openCommitmentSum(world.database.db, lineId));
  };

  beforeAll(async () => {
    world = await createTestWorld();
    const created = async (code: string, lon: number) => (await post('/api/social-spaces', { code, name: code, boundary: square(lon, 53.7) }, 'admin')).json().id as string;
    north = await created('NORD', 10.0);
    south = await created('SUED', 10.05);
    for (const spaceId of [north, south]) expect((await post('/api/budget/years', { spaceId, year })).statusCode).toBe(201);
    const org = (await post('/api/organizations', { name: 'Jugendhilfe Nord gGmbH', type: 'provider_outpatient' }, 'admin')).json().id;
    const membership = await post('/api/team-memberships', { spaceId: north, userId: world.users.own.team_member.id, organizationId: org, personName: 'Fachkraft', teamRole: 'asd', validFrom: '2020-01-01' }, 'admin');
    expect(membership.statusCode, membership.body).toBe(201);
  });
  afterAll(() => world.close());

  it('binds money for a project, shows it as committed, and a booking draws on the commitment first', async () => {
    const projectId = await project([north]);
    const line = await lineOf(north);
    const created = await commit(line.id, projectId, 100_000);
    expect(created.statusCode, created.body).toBe(201);
    const commitment = created.json() as Commitment;
    expect(commitment).toMatchObject({ status: 'open', amountCents: 100_000, drawnCents: 0, openCents: 100_000, projectTitle: 'Kochgruppe der Eltern' });
    expect(await lineOf(north)).toMatchObject({ committedCents: 100_000, bookedCents: 0, remainingCents: 1_148_000 });
    // 600 € of 1.000 € bound: all from the commitment.
    const first = (await book(line.id, 60_000, { projectId })).json() as Booking;
    expect(first).toMatchObject({ projectId, commitmentId: commitment.id, drawnFromCommitmentCents: 60_000 });
    // 700 € more: 400 € from the commitment, 300 € from free money.
    const second = (await book(line.id, 70_000, { projectId })).json() as Booking;
    expect(second.drawnFromCommitmentCents).toBe(40_000);
    expect(await lineOf(north)).toMatchObject({ committedCents: 0, bookedCents: 130_000, remainingCents: 1_118_000 });
    const listed = (await world.request({ method: 'GET', url: `/api/budget/commitments?projectId=${projectId}`, as: 'committee' })).json() as Commitment[];
    expect(listed.map((c) => [c.drawnCents, c.openCents])).toEqual([[100_000, 0]]);
    const bookings = (await world.request({ method: 'GET', url: `/api/budget/bookings?projectId=${projectId}`, as: 'team_member' })).json() as Booking[];
    expect(bookings.map((b) => b.amountCents)).toEqual([60_000, 70_000]);
    await expectTotalsMatchLedger(line.id);

    // A reversal gives back to the commitment what the booking drew from it, and keeps both entries.
    const reversed = await post(`/api/bookings/${first.id}/reversal`, { note: 'Doppelt gebucht' });
    expect(reversed.statusCode, reversed.body).toBe(201);
    expect(reversed.json().drawnFromCommitmentCents).toBe(-60_000);
    expect(await lineOf(north)).toMatchObject({ committedCents: 60_000, bookedCents: 70_000 });
    await expectTotalsMatchLedger(line.id);
    const ledger = (await world.request({ method: 'GET', url: `/api/budget/lines/${line.id}/bookings`, as: 'head_of_department' })).json();
    expect(ledger.bookings.map((b: Booking) => b.amountCents)).toEqual([60_000, 70_000, -60_000]);

    // Settling the commitment frees the undrawn rest.
    const released = await post(`/api/commitments/${commitment.id}/release`, { note: 'Projektjahr abgerechnet' });
    expect(released.statusCode, released.body).toBe(200);
    expect(released.json()).toMatchObject({ status: 'closed', openCents: 0 });
    expect(await lineOf(north)).toMatchObject({ committedCents: 0, bookedCents: 70_000 });
    await expectTotalsMatchLedger(line.id);
    const audit = (await world.database.db.execute(`select action from audit_log where entity = 'commitment' and entity_id = '${commitment.id}' order by at`)) as unknown as { rows: { action: string }[] };
    expect(audit.rows.map((r) => r.action)).toEqual(['commit', 'release']);
  });

  it('a project in two spaces holds a commitment in each; a booking needs the project and the right space', async () => {
    const projectId = await project([north, south], 'Ferienprogramm Nord und Süd');
    for (const space of [north, south]) expect((await commit((await lineOf(space)).id, projectId, 50_000)).statusCode).toBe(201);
    const listed = (await world.request({ method: 'GET', url: `/api/budget/commitments?projectId=${projectId}`, as: 'team_member' })).json() as Commitment[];
    expect(new Set(listed.map((c) => c.spaceId))).toEqual(new Set([north, south]));
    // A second live commitment for the same project and line is refused.
    expect((await commit((await lineOf(north)).id, projectId, 1_000)).statusCode).toBe(409);
    const before = await countRows(world.database, 'bookings');
    const missing = await book((await lineOf(north)).id, 1_000);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('projectId');
    const otherOnly = await project([south], 'Nur im Süden');
    const wrongSpace = await book((await lineOf(north)).id, 1_000, { projectId: otherOnly });
    expect(wrongSpace.statusCode).toBe(400);
    expect(wrongSpace.json().errors[0].field).toBe('projectId');
    expect(await countRows(world.database, 'bookings')).toBe(before);
  });

  it('refuses a commitment above what is free with BUDGET_EXCEEDED, naming the amount, binding nothing', async () => {
    const projectId = await project([south], 'Nachbarschaftsfest');
    const line = await lineOf(south, 'case_consultation');
    const response = await commit(line.id, projectId, line.remainingCents + 1);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'BUDGET_EXCEEDED', errors: [{ field: 'amountCents' }] });
    expect((await lineOf(south, 'case_consultation')).committedCents).toBe(line.committedCents);
  });

  it('above the threshold a commitment waits for the head of department, who approves or rejects it', async () => {
    const projectId = await project([north], 'Medienprojekt');
    const line = await lineOf(north);
    // The team member of the space may ask; 3.000 € is above the 2.500 € threshold.
    const asked = await commit(line.id, projectId, 300_000, 'team_member');
    expect(asked.statusCode, asked.body).toBe(201);
    const pending = asked.json() as Commitment;
    expect(pending.status).toBe('pending');
    expect((await lineOf(north)).committedCents).toBe(line.committedCents);
    // Only a head of department decides; an admin may not.
    expect((await post(`/api/commitments/${pending.id}/decision`, { decision: 'approved' }, 'admin')).statusCode).toBe(403);
    const approved = await post(`/api/commitments/${pending.id}/decision`, { decision: 'approved', note: 'Passt zum Bedarf' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'open', openCents: 300_000 });
    expect((await lineOf(north)).committedCents).toBe(line.committedCents + 300_000);
    expect((await post(`/api/commitments/${pending.id}/decision`, { decision: 'rejected', note: 'Zu spät' })).statusCode).toBe(409);
    // A rejection needs a reason and binds nothing.
    const other = await project([north], 'Väterfrühstück');
    const second = (await commit(line.id, other, 260_000, 'team_member')).json() as Commitment;
    const noReason = await post(`/api/commitments/${second.id}/decision`, { decision: 'rejected' });
    expect(noReason.json().errors[0].field).toBe('note');
    expect((await post(`/api/commitments/${second.id}/decision`, { decision: 'rejected', note: 'Kein Bedarf benannt' })).json().status).toBe('rejected');
    await expectTotalsMatchLedger(line.id);
  });

  it('a team member binds only in a space of their team; the committee reads but cannot bind', async () => {
    const projectId = await project([south], 'Spielplatzaktion');
    const line = await lineOf(south);
    expect((await commit(line.id, projectId, 1_000, 'team_member')).statusCode).toBe(403);
    expect((await commit(line.id, projectId, 1_000, 'committee')).statusCode).toBe(403);
    expect((await commit(line.id, projectId, 1_000, world.users.foreign.head_of_department)).statusCode).toBe(404);
    expect((await world.request({ method: 'GET', url: `/api/budget/commitments?lineId=${line.id}`, as: 'committee' })).statusCode).toBe(200);
  });

  it('400 concurrent project bookings of 1 € against a 100 € line with 50 € bound: exactly 100 accepted', async () => {
    const { id: spaceId } = (await post('/api/social-spaces', { code: 'LAST', name: 'Lasttest', boundary: square(10.1, 53.7) }, 'admin')).json();
    await post('/api/budget/years', { spaceId, year });
    const line = await lineOf(spaceId);
    expect((await world.request({ method: 'PATCH', url: `/api/budget/lines/${line.id}`, as: 'head_of_department', payload: { plannedCents: 10_000 } })).statusCode).toBe(200);
    const projectId = await project([spaceId], 'Lastprojekt');
    const commitment = (await commit(line.id, projectId, 5_000)).json() as Commitment;
    const results = await Promise.all(Array.from({ length: 400 }, () => book(line.id, 100, { projectId })));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(100);
    expect(codes.filter((c) => c === 409)).toHaveLength(300);
    expect(results.find((r) => r.statusCode === 409)?.json().code).toBe('BUDGET_EXCEEDED');
    expect(await lineOf(spaceId)).toMatchObject({ committedCents: 0, bookedCents: 10_000, remainingCents: 0 });
    const after = (await world.request({ method: 'GET', url: `/api/budget/commitments?projectId=${projectId}`, as: 'head_of_department' })).json() as Commitment[];
    expect(after.find((c) => c.id === commitment.id)?.drawnCents).toBe(5_000);
    const drawn = results.filter((r) => r.statusCode === 201).reduce((s, r) => s + (r.json() as Booking).drawnFromCommitmentCents, 0);
    expect(drawn).toBe(5_000);
    await expectTotalsMatchLedger(line.id);
  });

  it('does not close a year with live commitments; with carry-over the rest moves into the next year', async () => {
    const { id: spaceId } = (await post('/api/social-spaces', { code: 'UEB', name: 'Übertrag', boundary: square(10.15, 53.7) }, 'admin')).json();
    await post('/api/budget/years', { spaceId, year });
    const projectId = await project([spaceId], 'Sprachcafé');
    const line = await lineOf(spaceId);
    const commitment = (await commit(line.id, projectId, 100_000)).json() as Commitment;
    await book(line.id, 40_000, { projectId });
    const refused = await post('/api/budget/years/close', { spaceId, year });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Mittelbindung');
    await post(`/api/commitments/${commitment.id}/release`, { note: 'Abgerechnet' });
    const settings = (await world.request({ method: 'GET', url: '/api/budget-settings', as: 'admin' })).json();
    expect((await world.request({ method: 'PUT', url: '/api/budget-settings', as: 'admin', payload: { ...settings, carryOver: true } })).statusCode).toBe(200);
    expect((await post('/api/budget/years/close', { spaceId, year })).statusCode).toBe(200);
    const next = (await post('/api/budget/years', { spaceId, year: year + 1 })).json() as BudgetOfYear;
    const network = next.lines.find((l) => l.kind === 'network_work');
    expect(network).toMatchObject({ carriedInCents: 1_248_000 - 40_000, plannedCents: settings.networkWorkCents + 1_248_000 - 40_000 });
    await world.request({ method: 'PUT', url: '/api/budget-settings', as: 'admin', payload: { ...settings, carryOver: false } });
  });

  it('files a receipt with a booking once, checked by its bytes, and serves it as a download', async () => {
    const line = await lineOf(south, 'case_consultation');
    const booking = (await post(`/api/budget/lines/${line.id}/bookings`, { bookedOn: `${year}-05-02`, amountCents: 2_500, purpose: 'other', payee: 'Druckerei' })).json() as Booking;
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const upload = (body: Buffer, name: string) =>
      world.request({ method: 'POST', url: `/api/bookings/${booking.id}/receipt?name=${encodeURIComponent(name)}`, as: 'head_of_department', headers: { 'content-type': 'application/pdf' }, payload: body });
    const refused = await upload(Buffer.from('MZ\x90\x00 not a pdf'), 'beleg.pdf');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('file');
    const ok = await upload(pdf, 'Beleg März.pdf');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().receipt).toEqual({ fileName: 'Beleg März.pdf', mediaType: 'application/pdf', sizeBytes: pdf.length });
    expect((await upload(pdf, 'noch einer.pdf')).statusCode).toBe(409);
    const download = await world.request({ method: 'GET', url: `/api/bookings/${booking.id}/receipt`, as: 'team_member' });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect((await world.request({ method: 'GET', url: `/api/bookings/${booking.id}/receipt`, as: 'committee' })).statusCode).toBe(403);
  });

  it('shows a space across years for the charts', async () => {
    const response = await world.request({ method: 'GET', url: `/api/budget/history?spaceId=${north}`, as: 'committee' });
    expect(response.statusCode).toBe(200);
    const history = response.json();
    expect(history.years.map((y: { year: number }) => y.year)).toEqual([year]);
    expect(history.years[0].lines.map((l: { plannedCents: number }) => l.plannedCents).reduce((a: number, b: number) => a + b, 0)).toBe(2_184_000);
  });
});

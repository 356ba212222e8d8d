import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Committee, type CommitteeMeeting, defaultResolutionTemplate, type Paper, type PaperSummary } from '../../../common/api/committee-papers';
import { queryRows } from '../../platform/db/database';
import { auditCount, countRows, createTestWorld, type TestWorld } from '../../test/test-app';
import { oparlPaper, paperForReport, paperOfFile, readPaper } from './index';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});
const NOWHERE = '00000000-0000-4000-8000-000000000000';

type As = Parameters<TestWorld['request']>[0]['as'];
type FieldErrors = Record<string, string>;

describe('committees, committee meetings and papers', () => {
  let world: TestWorld;
  const ids = { jha: '', soza: '', unit: '', space: '', foreignSpace: '', foreignUnit: '', foreignCommittee: '', jhaMay: '', jhaJune: '', sozaMarch: '', foreignMeeting: '' };

  const post = async (url: string, payload: object, as: As = 'admin') => {
    const response = await world.request({ method: 'POST', url, payload, as });
    expect(response.statusCode, `${url} ${response.body}`).toBe(201);
    return response.json() as { id: string };
  };
  const errorsOf = (response: { json(): unknown }): FieldErrors =>
    Object.fromEntries(((response.json() as { errors?: { field: string; message: string }[] }).errors ?? []).map((e) => [e.field, e.message]));
  /** Everything a refused request could have written. */
  const written = async () => ({
    committees: await countRows(world.database, 'committees'),
    meetings: await countRows(world.database, 'committee_meetings'),
    papers: await countRows(world.database, 'papers'),
    related: await countRows(world.database, 'paper_related'),
    consultations: await countRows(world.database, 'paper_consultations'),
    audit: await auditCount(world.database),
  });
  const paperBody = (overrides: Record<string, unknown> = {}) => ({
    reference: 'B 26/0042',
    name: 'Bericht zur Sozialraumorientierung 2025',
    paperType: 'Berichtsvorlage',
    date: '2026-03-02',
    year: 2025,
    responsibleUnitId: ids.unit,
    consultations: [
      { committeeId: ids.soza, meetingId: ids.sozaMarch, role: 'hearing' },
      { committeeId: ids.jha, meetingId: ids.jhaMay, role: 'decision' },
    ],
    ...overrides,
  });
  const createPaper = async (overrides: Record<string, unknown> = {}) => (await post('/api/papers', paperBody(overrides))) as Paper;
  const auditOf = (entityId: string) =>
    queryRows<{ action: string; entity: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>(
      world.database.db,
      sql`select action, entity, before, after from audit_log where entity_id = ${entityId} order by id`,
    );

  beforeAll(async () => {
    world = await createTestWorld();
    const foreignAdmin = world.users.foreign.admin;
    ids.space = (await post('/api/social-spaces', { code: 'MITTE', name: 'Mitte', boundary: square(10, 53.7) })).id;
    ids.foreignSpace = (await post('/api/social-spaces', { code: 'MITTE', name: 'Mitte', boundary: square(10, 53.7) }, foreignAdmin)).id;
    ids.jha = (await post('/api/committees', { name: 'Jugendhilfeausschuss', shortName: 'JHA', kind: 'committee' })).id;
    ids.soza = (await post('/api/committees', { name: 'Sozialausschuss', shortName: 'SozA', kind: 'committee' })).id;
    ids.unit = (await post('/api/committees', { name: 'Fachbereich Jugend', kind: 'administration' })).id;
    ids.foreignUnit = (await post('/api/committees', { name: 'Fachbereich Jugend', kind: 'administration' }, foreignAdmin)).id;
    ids.foreignCommittee = (await post('/api/committees', { name: 'Jugendhilfeausschuss', kind: 'committee' }, foreignAdmin)).id;
    const meeting = (committeeId: string, startsAt: string, as: As = 'admin') => post('/api/committee-meetings', { committeeId, name: 'Sitzung', startsAt, place: 'Rathaus, Sitzungsraum 2' }, as);
    ids.jhaMay = (await meeting(ids.jha, '2026-05-14T17:00:00+02:00')).id;
    ids.jhaJune = (await meeting(ids.jha, '2026-06-11T17:00:00+02:00')).id;
    ids.sozaMarch = (await meeting(ids.soza, '2026-03-17T17:00:00+01:00')).id;
    ids.foreignMeeting = (await meeting(ids.foreignCommittee, '2026-05-14T17:00:00+02:00', foreignAdmin)).id;
  });
  afterAll(() => world.close());

  describe('committees', () => {
    it('are created with an audit entry, listed by name for staff and the committee, not for provider editors', async () => {
      const before = await written();
      const created = (await post('/api/committees', { name: 'Hauptausschuss', shortName: 'HA', kind: 'committee' }, 'head_of_department')) as Committee;
      expect(created).toMatchObject({ name: 'Hauptausschuss', shortName: 'HA', kind: 'committee' });
      expect(await written()).toEqual({ ...before, committees: before.committees + 1, audit: before.audit + 1 });
      expect(await auditOf(created.id)).toEqual([{ action: 'create', entity: 'committee', before: null, after: { name: 'Hauptausschuss', shortName: 'HA', kind: 'committee' } }]);
      const list = await world.request({ method: 'GET', url: '/api/committees', as: 'committee' });
      expect(list.statusCode).toBe(200);
      expect((list.json() as Committee[]).map((c) => c.name)).toEqual(['Fachbereich Jugend', 'Hauptausschuss', 'Jugendhilfeausschuss', 'Sozialausschuss']);
      expect((await world.request({ method: 'GET', url: '/api/committees', as: 'provider_editor' })).statusCode).toBe(403);
      expect((await world.request({ method: 'POST', url: '/api/committees', as: 'committee', payload: { name: 'Neu', kind: 'committee' } })).statusCode).toBe(403);
      expect((await world.request({ method: 'POST', url: '/api/committees', as: 'team_member', payload: { name: 'Neu', kind: 'committee' } })).statusCode).toBe(403);
    });

    it('refuses a name that is taken (409 at name), an unknown kind (400 at kind), nothing written', async () => {
      const before = await written();
      const taken = await world.request({ method: 'POST', url: '/api/committees', as: 'admin', payload: { name: 'Jugendhilfeausschuss', kind: 'committee' } });
      expect(taken.statusCode).toBe(409);
      expect(errorsOf(taken)).toEqual({ name: '„Jugendhilfeausschuss“ gibt es schon; bitte einen anderen Namen wählen.' });
      const kind = await world.request({ method: 'POST', url: '/api/committees', as: 'admin', payload: { name: 'Beirat', kind: 'council' } });
      expect(kind.statusCode).toBe(400);
      expect(errorsOf(kind)).toEqual({ kind: 'Art: Gremium oder Verwaltungsbereich.' });
      expect(await written()).toEqual(before);
    });

    it('are changed by managers; a foreign office\'s is not found; the kind stays while papers, meetings or consultations need it', async () => {
      const renamed = await world.request({ method: 'PATCH', url: `/api/committees/${ids.soza}`, as: 'head_of_department', payload: { shortName: 'SA' } });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(renamed.json()).toMatchObject({ name: 'Sozialausschuss', shortName: 'SA' });
      expect((await world.request({ method: 'PATCH', url: `/api/committees/${ids.foreignUnit}`, as: 'admin', payload: { shortName: 'X' } })).statusCode).toBe(404);
      expect((await world.request({ method: 'PATCH', url: `/api/committees/${ids.soza}`, as: 'committee', payload: { shortName: 'X' } })).statusCode).toBe(403);

      const meetingsBlock = await world.request({ method: 'PATCH', url: `/api/committees/${ids.jha}`, as: 'admin', payload: { kind: 'administration' } });
      expect(meetingsBlock.statusCode).toBe(400);
      expect(errorsOf(meetingsBlock).kind).toBe('„Jugendhilfeausschuss“ hat 2 Sitzungen und muss deshalb ein Gremium bleiben.');
      const unitPaper = await createPaper({ reference: 'B 26/0100', consultations: [] });
      const unitBlock = await world.request({ method: 'PATCH', url: `/api/committees/${ids.unit}`, as: 'admin', payload: { kind: 'committee' } });
      expect(unitBlock.statusCode).toBe(400);
      expect(errorsOf(unitBlock).kind).toBe('„Fachbereich Jugend“ ist für die Vorlagen „B 26/0100“ zuständig und muss deshalb ein Verwaltungsbereich bleiben.');
      expect((await world.request({ method: 'DELETE', url: `/api/papers/${unitPaper.id}`, as: 'admin' })).statusCode).toBe(204);
    });
  });

  describe('committee meetings', () => {
    it('belong to a committee of the office: an administrative unit or a foreign committee is refused at committeeId, end before start at endsAt', async () => {
      const before = await written();
      const cases: [Record<string, unknown>, string, string][] = [
        [{ committeeId: ids.unit }, 'committeeId', '„Fachbereich Jugend“ ist ein Verwaltungsbereich, kein Gremium: Sitzungen und Beratungen gibt es nur bei Gremien.'],
        [{ committeeId: ids.foreignCommittee }, 'committeeId', 'Dieses Gremium gibt es im Jugendamt nicht.'],
        [{ endsAt: '2026-09-10T16:00:00+02:00' }, 'endsAt', 'Das Ende der Sitzung muss nach ihrem Beginn liegen.'],
        [{ startsAt: '10.09.2026 17 Uhr' }, 'startsAt', 'Zeitpunkt mit Datum, Uhrzeit und Zeitzone angeben, z. B. 2026-03-04T17:00:00+01:00.'],
      ];
      for (const [overrides, field, message] of cases) {
        const response = await world.request({ method: 'POST', url: '/api/committee-meetings', as: 'admin', payload: { committeeId: ids.jha, name: 'Sitzung', startsAt: '2026-09-10T17:00:00+02:00', ...overrides } });
        expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
        expect(errorsOf(response)).toEqual({ [field]: message });
      }
      expect(await written()).toEqual(before);
    });

    it('are listed newest first, per committee, with the committee\'s name; changed with an audit entry', async () => {
      const list = await world.request({ method: 'GET', url: `/api/committee-meetings?committeeId=${ids.jha}`, as: 'team_member' });
      expect(list.statusCode).toBe(200);
      const meetings = list.json() as CommitteeMeeting[];
      expect(meetings.map((m) => m.id)).toEqual([ids.jhaJune, ids.jhaMay]);
      expect(meetings[1]).toMatchObject({ committeeName: 'Jugendhilfeausschuss', startsAt: '2026-05-14T15:00:00.000Z', endsAt: null, place: 'Rathaus, Sitzungsraum 2' });
      const all = (await world.request({ method: 'GET', url: '/api/committee-meetings', as: 'committee' })).json() as CommitteeMeeting[];
      expect(all.map((m) => m.id).sort()).toEqual([ids.jhaJune, ids.jhaMay, ids.sozaMarch].sort());

      const changed = await world.request({ method: 'PATCH', url: `/api/committee-meetings/${ids.jhaJune}`, as: 'admin', payload: { endsAt: '2026-06-11T19:30:00+02:00' } });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({ endsAt: '2026-06-11T17:30:00.000Z', startsAt: '2026-06-11T15:00:00.000Z' });
      const audit = await auditOf(ids.jhaJune);
      expect(audit.map((a) => [a.action, a.entity])).toEqual([
        ['create', 'committee_meeting'],
        ['update', 'committee_meeting'],
      ]);
      expect(audit[1]?.after).toMatchObject({ endsAt: '2026-06-11T17:30:00.000Z' });
      expect((await world.request({ method: 'PATCH', url: `/api/committee-meetings/${ids.foreignMeeting}`, as: 'admin', payload: { name: 'Übernommen' } })).statusCode).toBe(404);
    });

    it('keep their committee once a paper names them in its Beratungsfolge', async () => {
      const paper = await createPaper({ reference: 'B 26/0101', consultations: [{ committeeId: ids.jha, meetingId: ids.jhaJune, role: 'decision' }] });
      const moved = await world.request({ method: 'PATCH', url: `/api/committee-meetings/${ids.jhaJune}`, as: 'admin', payload: { committeeId: ids.soza } });
      expect(moved.statusCode).toBe(400);
      expect(errorsOf(moved)).toEqual({ committeeId: 'Die Sitzung steht in der Beratungsfolge der Vorlagen „B 26/0101“; ihr Gremium kann nicht mehr gewechselt werden.' });
      expect((await world.request({ method: 'DELETE', url: `/api/papers/${paper.id}`, as: 'admin' })).statusCode).toBe(204);
    });
  });

  describe('papers', () => {
    it('are created as drafts with the default template, the unit, the Beratungsfolge (decision authoritative) and an audit entry', async () => {
      const before = await written();
      const paper = await createPaper();
      expect(paper).toMatchObject({
        reference: 'B 26/0042',
        name: 'Bericht zur Sozialraumorientierung 2025',
        paperType: 'Berichtsvorlage',
        date: '2026-03-02',
        year: 2025,
        spaceId: null,
        responsibleUnitId: ids.unit,
        responsibleUnitName: 'Fachbereich Jugend',
        relatedPapers: [],
        resolutionTemplate: defaultResolutionTemplate,
        publishedAt: null,
        consultations: [
          { position: 1, committeeId: ids.soza, committeeName: 'Sozialausschuss', meetingId: ids.sozaMarch, meetingStartsAt: '2026-03-17T16:00:00.000Z', role: 'hearing', authoritative: false },
          { position: 2, committeeId: ids.jha, committeeName: 'Jugendhilfeausschuss', meetingId: ids.jhaMay, meetingStartsAt: '2026-05-14T15:00:00.000Z', role: 'decision', authoritative: true },
        ],
      });
      expect(await written()).toEqual({ ...before, papers: before.papers + 1, consultations: before.consultations + 2, audit: before.audit + 1 });
      const [audit] = await auditOf(paper.id);
      expect(audit).toMatchObject({ action: 'create', entity: 'paper', after: { reference: 'B 26/0042', relatedPaperIds: [], consultations: [{ committeeId: ids.soza, meetingId: ids.sozaMarch, role: 'hearing' }, { committeeId: ids.jha, meetingId: ids.jhaMay, role: 'decision' }] } });
      const read = await world.request({ method: 'GET', url: `/api/papers/${paper.id}`, as: 'committee' });
      expect(read.statusCode).toBe(200);
      expect(read.json()).toEqual(paper);
    });

    it('refuses wrong references, naming every field in German; nothing written', async () => {
      const other = await createPaper({ reference: 'B 25/0007', consultations: [] });
      const before = await written();
      const response = await world.request({
        method: 'POST',
        url: '/api/papers',
        as: 'admin',
        payload: paperBody({
          reference: 'B 26/0200',
          responsibleUnitId: ids.jha,
          spaceId: ids.foreignSpace,
          relatedPaperIds: [other.id, NOWHERE],
          resolutionTemplate: 'Der Ausschuss beschließt {betrag} für {jahr} und {xyz}.',
          consultations: [
            { committeeId: ids.unit, role: 'hearing' },
            { committeeId: ids.jha, meetingId: ids.sozaMarch, role: 'decision' },
            { committeeId: ids.foreignCommittee, meetingId: ids.foreignMeeting, role: 'decision' },
          ],
        }),
      });
      expect(response.statusCode).toBe(400);
      const allowed = '{jahr}, {folgejahr}, {betrag_pro_sozialraum}, {anzahl_sozialraeume}, {gesamtbetrag}, {produktkonto}';
      expect(errorsOf(response)).toEqual({
        responsibleUnitId: '„Jugendhilfeausschuss“ ist ein Gremium; zuständig für eine Vorlage ist ein Verwaltungsbereich, z. B. „Fachbereich Jugend“.',
        spaceId: 'Diesen Sozialraum gibt es im Jugendamt nicht.',
        'relatedPaperIds.1': 'Diese Vorlage gibt es im Jugendamt nicht.',
        'consultations.0.committeeId': '„Fachbereich Jugend“ ist ein Verwaltungsbereich; in der Beratungsfolge stehen Gremien.',
        'consultations.1.meetingId': 'Die Sitzung „Sitzung“ ist keine Sitzung von „Jugendhilfeausschuss“.',
        'consultations.2.committeeId': 'Dieses Gremium gibt es im Jugendamt nicht.',
        'consultations.2.meetingId': 'Diese Sitzung gibt es im Jugendamt nicht.',
        resolutionTemplate: `Unbekannte Platzhalter {betrag}, {xyz}. Erlaubt sind: ${allowed}.`,
      });
      const one = await world.request({ method: 'POST', url: '/api/papers', as: 'admin', payload: paperBody({ reference: 'B 26/0201', resolutionTemplate: 'Der Ausschuss nimmt den Bericht {berichtsjahr} zur Kenntnis.' }) });
      expect(errorsOf(one)).toEqual({ resolutionTemplate: `Unbekannter Platzhalter {berichtsjahr}. Erlaubt sind: ${allowed}.` });
      const shape = await world.request({ method: 'POST', url: '/api/papers', as: 'admin', payload: paperBody({ reference: ' ', date: '2.3.2026', consultations: [{ committeeId: ids.jha, role: 'vote' }] }) });
      expect(shape.statusCode).toBe(400);
      expect(errorsOf(shape)).toMatchObject({ date: 'Datum im Format JJJJ-MM-TT angeben.', 'consultations.0.role': 'Rolle: Anhörung, Vorberatung oder Entscheidung.' });
      expect(Object.keys(errorsOf(shape))).toContain('reference');
      const personal = await world.request({ method: 'POST', url: '/api/papers', as: 'admin', payload: paperBody({ reference: 'B 26/0202', name: 'Hilfe für Familie Yilmaz, Tel. 0171 2345678' }) });
      expect(personal.statusCode).toBe(422);
      expect(await written()).toEqual(before);
      expect((await world.request({ method: 'DELETE', url: `/api/papers/${other.id}`, as: 'admin' })).statusCode).toBe(204);
    });

    it('keeps the reference unique per office (409 at reference), while another office may use the same number', async () => {
      const before = await written();
      const taken = await world.request({ method: 'POST', url: '/api/papers', as: 'admin', payload: paperBody({ name: 'Noch ein Bericht' }) });
      expect(taken.statusCode).toBe(409);
      expect(errorsOf(taken)).toEqual({ reference: 'Die Drucksachennummer „B 26/0042“ ist schon vergeben (Vorlage „Bericht zur Sozialraumorientierung 2025“).' });
      expect(await written()).toEqual(before);
      const foreign = await world.request({
        method: 'POST',
        url: '/api/papers',
        as: world.users.foreign.admin,
        payload: paperBody({ responsibleUnitId: ids.foreignUnit, spaceId: ids.foreignSpace, consultations: [{ committeeId: ids.foreignCommittee, meetingId: ids.foreignMeeting, role: 'decision' }] }),
      });
      expect(foreign.statusCode, foreign.body).toBe(201);
    });

    it('lists the office\'s papers newest first; a foreign paper is not found; the committee reads but does not write', async () => {
      const older = await createPaper({ reference: 'B 25/0042', name: 'Bericht zur Sozialraumorientierung 2024', date: '2025-03-03', year: 2024, consultations: [] });
      const list = await world.request({ method: 'GET', url: '/api/papers', as: 'committee' });
      expect(list.statusCode).toBe(200);
      const papers = list.json() as PaperSummary[];
      expect(papers.map((p) => p.reference)).toEqual(['B 26/0042', 'B 25/0042']);
      expect(papers[1]).toEqual({ id: older.id, reference: 'B 25/0042', name: 'Bericht zur Sozialraumorientierung 2024', paperType: 'Berichtsvorlage', date: '2025-03-03', year: 2024, spaceId: null, publishedAt: null });
      const foreignPaper = (await world.request({ method: 'GET', url: '/api/papers', as: world.users.foreign.admin })).json()[0] as PaperSummary;
      for (const as of ['admin', 'committee'] as const) expect((await world.request({ method: 'GET', url: `/api/papers/${foreignPaper.id}`, as })).statusCode).toBe(404);
      expect((await world.request({ method: 'PATCH', url: `/api/papers/${foreignPaper.id}`, as: 'admin', payload: { name: 'Übernommen' } })).statusCode).toBe(404);
      expect((await world.request({ method: 'DELETE', url: `/api/papers/${foreignPaper.id}`, as: 'admin' })).statusCode).toBe(404);
      expect((await world.request({ method: 'PATCH', url: `/api/papers/${older.id}`, as: 'committee', payload: { name: 'Geändert' } })).statusCode).toBe(403);
      expect((await world.request({ method: 'POST', url: `/api/papers/${older.id}/publish`, as: 'committee' })).statusCode).toBe(403);
      expect((await world.request({ method: 'DELETE', url: `/api/papers/${older.id}`, as: 'team_member' })).statusCode).toBe(403);
      expect((await world.request({ method: 'GET', url: `/api/papers/${older.id}`, as: 'provider_editor' })).statusCode).toBe(403);
      expect((await world.request({ method: 'GET', url: `/api/papers/${older.id}` })).statusCode).toBe(401);
    });

    it('changes a draft: consultations and related papers are replaced, before and after in the audit log', async () => {
      const [newest, older] = (await world.request({ method: 'GET', url: '/api/papers', as: 'admin' })).json() as PaperSummary[];
      if (!newest || !older) throw new Error('papers missing');
      const response = await world.request({
        method: 'PATCH',
        url: `/api/papers/${newest.id}`,
        as: 'head_of_department',
        payload: { relatedPaperIds: [older.id, older.id], spaceId: ids.space, consultations: [{ committeeId: ids.jha, meetingId: null, role: 'preliminary' }, { committeeId: ids.jha, meetingId: ids.jhaJune, role: 'decision' }] },
      });
      expect(response.statusCode, response.body).toBe(200);
      const paper = response.json() as Paper;
      expect(paper.relatedPapers).toEqual([{ id: older.id, reference: 'B 25/0042', name: 'Bericht zur Sozialraumorientierung 2024' }]);
      expect(paper.spaceId).toBe(ids.space);
      expect(paper.consultations.map((c) => [c.position, c.committeeName, c.meetingId, c.role, c.authoritative])).toEqual([
        [1, 'Jugendhilfeausschuss', null, 'preliminary', false],
        [2, 'Jugendhilfeausschuss', ids.jhaJune, 'decision', true],
      ]);
      const update = (await auditOf(newest.id)).find((a) => a.action === 'update');
      expect(update?.before).toMatchObject({ spaceId: null, relatedPaperIds: [], consultations: [{ role: 'hearing' }, { role: 'decision', meetingId: ids.jhaMay }] });
      expect(update?.after).toMatchObject({ spaceId: ids.space, relatedPaperIds: [older.id], consultations: [{ role: 'preliminary', meetingId: null }, { role: 'decision', meetingId: ids.jhaJune }] });
      const self = await world.request({ method: 'PATCH', url: `/api/papers/${newest.id}`, as: 'admin', payload: { relatedPaperIds: [newest.id] } });
      expect(errorsOf(self)).toEqual({ 'relatedPaperIds.0': 'Eine Vorlage kann sich nicht auf sich selbst beziehen.' });
      const back = await world.request({ method: 'PATCH', url: `/api/papers/${newest.id}`, as: 'admin', payload: { spaceId: null } });
      expect(back.json().spaceId).toBeNull();
    });

    it('publishes only with a Beratungsfolge; a published paper cannot be changed, published again or deleted (409)', async () => {
      const empty = await createPaper({ reference: 'B 26/0300', consultations: [] });
      const refused = await world.request({ method: 'POST', url: `/api/papers/${empty.id}/publish`, as: 'admin' });
      expect(refused.statusCode).toBe(400);
      expect(errorsOf(refused)).toEqual({ consultations: 'Die Beratungsfolge ist leer. Bitte mindestens ein Gremium eintragen, bevor die Vorlage veröffentlicht wird.' });

      const paper = await createPaper({ reference: 'B 26/0301' });
      const published = await world.request({ method: 'POST', url: `/api/papers/${paper.id}/publish`, as: 'head_of_department' });
      expect(published.statusCode, published.body).toBe(200);
      const publishedAt = (published.json() as Paper).publishedAt;
      expect(publishedAt).not.toBeNull();
      expect((await auditOf(paper.id)).map((a) => a.action)).toEqual(['create', 'publish', 'keep_files']);
      const before = await written();
      const change = await world.request({ method: 'PATCH', url: `/api/papers/${paper.id}`, as: 'admin', payload: { name: 'Nachträglich geändert' } });
      expect(change.statusCode).toBe(409);
      expect(change.json().detail).toBe('Die Vorlage „B 26/0301“ ist veröffentlicht und kann nicht mehr geändert werden.');
      const again = await world.request({ method: 'POST', url: `/api/papers/${paper.id}/publish`, as: 'admin' });
      expect(again.statusCode).toBe(409);
      expect(again.json().detail).toBe('Die Vorlage „B 26/0301“ ist bereits veröffentlicht.');
      const removal = await world.request({ method: 'DELETE', url: `/api/papers/${paper.id}`, as: 'admin' });
      expect(removal.statusCode).toBe(409);
      expect(removal.json().detail).toBe('Die Vorlage „B 26/0301“ ist veröffentlicht und kann nicht mehr gelöscht werden.');
      expect(await written()).toEqual(before);
      expect(((await world.request({ method: 'GET', url: `/api/papers/${paper.id}`, as: 'admin' })).json() as Paper).publishedAt).toBe(publishedAt);
      expect((await world.request({ method: 'DELETE', url: `/api/papers/${empty.id}`, as: 'admin' })).statusCode).toBe(204);
    });

    it('deletes a draft with its Beratungsfolge (audited), but not one another paper names as related', async () => {
      const first = await createPaper({ reference: 'B 26/0400' });
      const second = await createPaper({ reference: 'B 26/0401', relatedPaperIds: [first.id] });
      const named = await world.request({ method: 'DELETE', url: `/api/papers/${first.id}`, as: 'admin' });
      expect(named.statusCode).toBe(409);
      expect(named.json().detail).toBe('Die Vorlagen „B 26/0401“ beziehen sich auf „B 26/0400“. Bitte den Bezug dort zuerst entfernen.');
      const before = await written();
      expect((await world.request({ method: 'DELETE', url: `/api/papers/${second.id}`, as: 'head_of_department' })).statusCode).toBe(204);
      expect(await written()).toEqual({ ...before, papers: before.papers - 1, related: before.related - 1, consultations: before.consultations - 2, audit: before.audit + 1 });
      expect((await auditOf(second.id)).map((a) => a.action)).toEqual(['create', 'delete']);
      expect((await world.request({ method: 'GET', url: `/api/papers/${second.id}`, as: 'admin' })).statusCode).toBe(404);
      expect((await world.request({ method: 'DELETE', url: `/api/papers/${first.id}`, as: 'admin' })).statusCode).toBe(204);
    });
  });

  describe('what the module gives the exports', () => {
    it('readPaper, paperForReport (newest of a year and scope), oparlPaper (drafts only when asked) and paperOfFile (published only)', async () => {
      const ownOffice = world.offices.own.id;
      const draft = await createPaper({ reference: 'B 27/0001', name: 'Bericht zur Sozialraumorientierung 2026', date: '2027-03-01', year: 2026, consultations: [{ committeeId: ids.jha, role: 'decision' }] });
      const published = await createPaper({ reference: 'B 27/0002', name: 'Bericht zur Sozialraumorientierung 2026 – Mitte', date: '2027-03-01', year: 2026, spaceId: ids.space });
      expect((await world.request({ method: 'POST', url: `/api/papers/${published.id}/publish`, as: 'admin' })).statusCode).toBe(200);
      await world.database.db.transaction(async (tx) => {
        const ctx = { tx, actor: { kind: 'system' as const, label: 'Test', officeId: ownOffice } };
        expect((await readPaper(ctx, draft.id)).reference).toBe('B 27/0001');
        expect((await paperForReport(ctx, { year: 2026, spaceId: null }))?.id).toBe(draft.id);
        expect((await paperForReport(ctx, { year: 2026, spaceId: ids.space }))?.id).toBe(published.id);
        expect(await paperForReport(ctx, { year: 2019, spaceId: null })).toBeNull();

        const asDraft = await oparlPaper(tx, 'https://ris.example.org', draft.id, { includeDrafts: true, officeId: ownOffice });
        expect(asDraft).toMatchObject({ id: `https://ris.example.org/oparl/paper/${draft.id}`, reference: 'B 27/0001', type: 'https://schema.oparl.org/1.1/Paper' });
        expect(asDraft.consultation).toEqual([expect.objectContaining({ role: 'Entscheidung', authoritative: true, organization: [`https://ris.example.org/oparl/organization/${ids.jha}`] })]);
        expect(asDraft.consultation[0]).not.toHaveProperty('meeting');
        await expect(oparlPaper(tx, 'https://ris.example.org', draft.id, { includeDrafts: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
        await expect(oparlPaper(tx, 'https://ris.example.org', draft.id, { includeDrafts: true, officeId: world.offices.foreign.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
        const file = await oparlPaper(tx, 'https://ris.example.org', published.id, { includeDrafts: false });
        expect(file.auxiliaryFile[0]?.name).toBe('Anlage 1 zur Vorlage B 27/0002: Bericht zur Sozialraumorientierung 2026 – Mitte');
        expect(file.mainFile.fileName).toBe('B-27-0002-Vorlage.pdf');

        expect(await paperOfFile(tx, `main-${published.id}`)).toEqual({ paperId: published.id, which: 'main', officeId: ownOffice });
        expect(await paperOfFile(tx, `attachment-${published.id}`)).toEqual({ paperId: published.id, which: 'attachment', officeId: ownOffice });
        expect(await paperOfFile(tx, `main-${draft.id}`)).toBeNull();
        expect(await paperOfFile(tx, `other-${published.id}`)).toBeNull();
        expect(await paperOfFile(tx, 'main-nicht-da')).toBeNull();
        const foreignCtx = { tx, actor: { kind: 'system' as const, label: 'Test', officeId: world.offices.foreign.id } };
        await expect(readPaper(foreignCtx, draft.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      });
    });
  });
});

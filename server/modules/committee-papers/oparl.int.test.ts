import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Paper } from '../../../common/api/committee-papers';
import { oparlErrors, oparlListErrors, type OparlType } from '../../test/oparl-schema';
import { createTestWorld, TEST_ORIGIN, type TestWorld } from '../../test/test-app';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});
const OPARL = 'https://schema.oparl.org/1.1/';
type Json = Record<string, unknown>;
type Page = { data: Json[]; pagination: { totalElements: number; elementsPerPage: number; currentPage: number; totalPages: number }; links: Record<string, string> };

/** The keys whose values name the standard (https://schema.oparl.org/…), not objects of this server. */
const standardKeys = new Set(['type', 'oparlVersion']);

/** Every string in a JSON value that is an address (http or https), with the key it stands under. */
function urlsIn(value: unknown, key = ''): { key: string; url: string }[] {
  if (standardKeys.has(key)) return [];
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [{ key, url: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v) => urlsIn(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => urlsIn(v, k));
  return [];
}

const typeOf = (object: Json): OparlType => String(object.type).slice(OPARL.length) as OparlType;

describe('OParl 1.1: public, read-only, valid against the official schemas', () => {
  let world: TestWorld;
  const ids = { jha: '', soza: '', unit: '', meeting: '', roomless: '', older: '', paper: '', draft: '', later: '' };
  let paper: Json;

  const get = (path: string) => world.request({ method: 'GET', url: path });
  const getJson = async (path: string) => {
    const response = await get(path);
    expect(response.statusCode, `${path} ${response.body.slice(0, 300)}`).toBe(200);
    expect(response.headers['content-type'], path).toMatch(/^application\/json/);
    expect(response.headers['access-control-allow-origin'], path).toBe('*');
    return response.json() as Json;
  };
  const pathOf = (url: string) => {
    expect(url.startsWith(`${TEST_ORIGIN}/oparl/`), url).toBe(true);
    return url.slice(TEST_ORIGIN.length);
  };
  const post = async (url: string, payload: object) => {
    const response = await world.request({ method: 'POST', url, payload, as: 'admin' });
    expect(response.statusCode, `${url} ${response.body}`).toBe(201);
    return (response.json() as { id: string }).id;
  };
  const publish = async (id: string) => {
    const response = await world.request({ method: 'POST', url: `/api/papers/${id}/publish`, as: 'admin' });
    expect(response.statusCode, response.body).toBe(200);
  };

  beforeAll(async () => {
    world = await createTestWorld();
    await post('/api/social-spaces', { code: 'MITTE', name: 'Mitte', boundary: square(10, 53.7) });
    ids.jha = await post('/api/committees', { name: 'Jugendhilfeausschuss', shortName: 'JHA', kind: 'committee' });
    ids.soza = await post('/api/committees', { name: 'Sozialausschuss', kind: 'committee' });
    ids.unit = await post('/api/committees', { name: 'Fachbereich Jugend', kind: 'administration' });
    ids.meeting = await post('/api/committee-meetings', { committeeId: ids.jha, name: 'Jugendhilfeausschuss: 3. Sitzung 2026', startsAt: '2026-05-14T17:00:00+02:00', endsAt: '2026-05-14T19:30:00+02:00', place: 'Rathaus, Sitzungsraum 2' });
    ids.roomless = await post('/api/committee-meetings', { committeeId: ids.soza, name: 'Sozialausschuss: 1. Sitzung 2026', startsAt: '2026-03-17T17:00:00+01:00' });
    const body = (reference: string, year: number, extra: object) => ({
      reference,
      name: `Bericht zur Sozialraumorientierung ${year}`,
      paperType: 'Berichtsvorlage',
      date: `${year + 1}-03-02`,
      year,
      responsibleUnitId: ids.unit,
      consultations: [{ committeeId: ids.jha, meetingId: ids.meeting, role: 'decision' }],
      ...extra,
    });
    ids.older = await post('/api/papers', body('B 25/0042', 2024, {}));
    await publish(ids.older);
    ids.paper = await post(
      '/api/papers',
      body('B 26/0042', 2025, {
        relatedPaperIds: [ids.older],
        consultations: [
          { committeeId: ids.soza, meetingId: ids.roomless, role: 'hearing' },
          { committeeId: ids.soza, role: 'preliminary' },
          { committeeId: ids.jha, meetingId: ids.meeting, role: 'decision' },
        ],
      }),
    );
    await publish(ids.paper);
    ids.draft = await post('/api/papers', body('B 27/0042', 2026, { relatedPaperIds: [ids.paper] }));
    // A published paper that names a draft: the draft must not appear in it.
    ids.later = await post('/api/papers', body('B 27/0043', 2026, { name: 'Nachtrag zum Bericht 2026', relatedPaperIds: [ids.draft, ids.paper] }));
    await publish(ids.later);
    paper = await getJson(`/oparl/paper/${ids.paper}`);
  });
  afterAll(() => world.close());

  it('gives System, Body, lists, Organization, Meeting, Location, Paper, Consultation and File, each valid', async () => {
    const system = await getJson('/oparl/');
    expect(system).toMatchObject({ id: `${TEST_ORIGIN}/oparl/`, type: `${OPARL}System`, oparlVersion: OPARL, body: `${TEST_ORIGIN}/oparl/bodies` });
    expect(oparlErrors('System', system)).toEqual([]);
    expect(await getJson('/oparl')).toEqual(system);

    const bodies = (await getJson('/oparl/bodies')) as unknown as Page;
    expect(oparlListErrors('Body', bodies)).toEqual([]);
    expect(bodies.data.map((b) => b.name).sort()).toEqual(['Eigenes Jugendamt', 'Fremdes Jugendamt']);

    const own = world.offices.own.id;
    const body = await getJson(`/oparl/body/${own}`);
    expect(oparlErrors('Body', body)).toEqual([]);
    expect(body).toMatchObject({ name: 'Eigenes Jugendamt', system: `${TEST_ORIGIN}/oparl/`, legislativeTerm: [] });

    const organizations = (await getJson(pathOf(String(body.organization)))) as unknown as Page;
    expect(oparlListErrors('Organization', organizations)).toEqual([]);
    expect(organizations.data.map((o) => [o.name, o.organizationType])).toEqual([
      ['Jugendhilfeausschuss', 'Gremium'],
      ['Sozialausschuss', 'Gremium'],
      ['Fachbereich Jugend', 'Verwaltungsbereich'],
    ]);
    const people = (await getJson(pathOf(String(body.person)))) as unknown as Page;
    expect(people.data).toEqual([]);
    const meetings = (await getJson(pathOf(String(body.meeting)))) as unknown as Page;
    expect(oparlListErrors('Meeting', meetings)).toEqual([]);
    expect(meetings.data).toHaveLength(2);
    const papers = (await getJson(pathOf(String(body.paper)))) as unknown as Page;
    expect(oparlListErrors('Paper', papers)).toEqual([]);

    const organization = await getJson(`/oparl/organization/${ids.jha}`);
    expect(oparlErrors('Organization', organization)).toEqual([]);
    expect(organization).toMatchObject({ name: 'Jugendhilfeausschuss', shortName: 'JHA', organizationType: 'Gremium', body: `${TEST_ORIGIN}/oparl/body/${own}` });

    const meeting = await getJson(`/oparl/meeting/${ids.meeting}`);
    expect(oparlErrors('Meeting', meeting)).toEqual([]);
    expect(meeting).toMatchObject({ start: '2026-05-14T15:00:00.000Z', end: '2026-05-14T17:30:00.000Z', organization: [`${TEST_ORIGIN}/oparl/organization/${ids.jha}`] });
    const location = await getJson(pathOf(String((meeting.location as Json).id)));
    expect(oparlErrors('Location', location)).toEqual([]);
    expect(location.description).toBe('Rathaus, Sitzungsraum 2');
    const roomless = await getJson(`/oparl/meeting/${ids.roomless}`);
    expect(roomless).not.toHaveProperty('location');
    expect(roomless).not.toHaveProperty('end');
    expect((await get(`/oparl/location/${ids.roomless}`)).statusCode).toBe(404);

    expect(oparlErrors('Paper', paper)).toEqual([]);
    expect(paper).toMatchObject({
      reference: 'B 26/0042',
      name: 'Bericht zur Sozialraumorientierung 2025',
      date: '2026-03-02',
      paperType: 'Berichtsvorlage',
      relatedPaper: [`${TEST_ORIGIN}/oparl/paper/${ids.older}`],
      underDirectionOf: [`${TEST_ORIGIN}/oparl/organization/${ids.unit}`],
    });
    const consultations = paper.consultation as Json[];
    expect(consultations.map((c) => [c.role, c.authoritative, c.meeting ?? null, c.organization])).toEqual([
      ['Anhörung', false, `${TEST_ORIGIN}/oparl/meeting/${ids.roomless}`, [`${TEST_ORIGIN}/oparl/organization/${ids.soza}`]],
      ['Vorberatung', false, null, [`${TEST_ORIGIN}/oparl/organization/${ids.soza}`]],
      ['Entscheidung', true, `${TEST_ORIGIN}/oparl/meeting/${ids.meeting}`, [`${TEST_ORIGIN}/oparl/organization/${ids.jha}`]],
    ]);
    const consultation = await getJson(pathOf(String(consultations[2]?.id)));
    expect(oparlErrors('Consultation', consultation)).toEqual([]);
    expect(consultation).toEqual(consultations[2]);

    const mainFile = paper.mainFile as Json;
    expect(mainFile).toMatchObject({
      id: `${TEST_ORIGIN}/oparl/file/main-${ids.paper}`,
      fileName: 'B-26-0042-Vorlage.pdf',
      mimeType: 'application/pdf',
      date: '2026-03-02',
      accessUrl: `${TEST_ORIGIN}/oparl/file/main-${ids.paper}/access`,
      downloadUrl: `${TEST_ORIGIN}/oparl/file/main-${ids.paper}/download`,
      paper: [`${TEST_ORIGIN}/oparl/paper/${ids.paper}`],
    });
    const attachment = (paper.auxiliaryFile as Json[])[0] as Json;
    expect(attachment).toMatchObject({ fileName: 'B-26-0042-Anlage-Bericht.pdf', name: 'Anlage 1 zur Vorlage B 26/0042: Bericht zur Sozialraumorientierung 2025' });
    for (const file of [mainFile, attachment]) {
      const fetched = await getJson(pathOf(String(file.id)));
      expect(oparlErrors('File', fetched)).toEqual([]);
      expect(fetched).toEqual(file);
    }
  });

  it('every URL starts with PUBLIC_URL, and every id, list and file address resolves', async () => {
    const seen = new Set<string>();
    const files = new Set<string>();
    const queue = ['/oparl/'];
    let objects = 0;
    while (queue.length) {
      const path = queue.shift() as string;
      if (seen.has(path)) continue;
      seen.add(path);
      const value = await getJson(path);
      if (Array.isArray(value.data)) expect(oparlListErrors(typeOf(((value.data as Json[])[0] ?? { type: `${OPARL}Person` }) as Json), value), path).toEqual([]);
      else expect(oparlErrors(typeOf(value), value), path).toEqual([]);
      objects++;
      for (const { url } of urlsIn(value)) {
        expect(url.startsWith(`${TEST_ORIGIN}/oparl/`), `${url} in ${path}`).toBe(true);
        if (/\/(access|download)$/.test(url)) files.add(url.slice(TEST_ORIGIN.length));
        else queue.push(url.slice(TEST_ORIGIN.length));
      }
    }
    // The files themselves: PDF, shown (accessUrl, inline) or saved (downloadUrl, attachment), open to any origin.
    expect(files.size).toBeGreaterThanOrEqual(4);
    for (const path of files) {
      const response = await get(path);
      expect(response.statusCode, path).toBe(200);
      expect(response.headers['content-type'], path).toBe('application/pdf');
      expect(response.headers['content-disposition'], path).toMatch(path.endsWith('/access') ? /^inline;/ : /^attachment;/);
      expect(response.headers['access-control-allow-origin'], path).toBe('*');
      expect(response.rawPayload.subarray(0, 5).toString('latin1'), path).toBe('%PDF-');
    }
    // System, bodies, two bodies with four lists each, organisations, meetings, a location, papers, consultations, files.
    expect(objects).toBeGreaterThan(25);
    for (const id of [ids.paper, ids.older, ids.later, ids.jha, ids.soza, ids.unit, ids.meeting, ids.roomless]) expect([...seen].some((p) => p.endsWith(id)), id).toBe(true);
  });

  it('shows no draft: not as a paper, file or consultation, not in the list, not as a related paper', async () => {
    for (const path of [`/oparl/paper/${ids.draft}`, `/oparl/file/main-${ids.draft}`, `/oparl/file/attachment-${ids.draft}`, '/oparl/paper/kein-uuid', '/oparl/file/other-x', `/oparl/body/${ids.jha}`]) {
      const response = await get(path);
      expect(response.statusCode, path).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const draft = (await world.request({ method: 'GET', url: `/api/papers/${ids.draft}`, as: 'admin' })).json() as Paper;
    expect(draft.publishedAt).toBeNull();
    const own = world.offices.own.id;
    const papers = (await getJson(`/oparl/body/${own}/papers`)) as unknown as Page;
    expect(papers.data.map((p) => p.reference)).toEqual(['B 25/0042', 'B 26/0042', 'B 27/0043']);
    const later = papers.data.find((p) => p.reference === 'B 27/0043');
    expect(later?.relatedPaper).toEqual([`${TEST_ORIGIN}/oparl/paper/${ids.paper}`]);
    const foreign = (await getJson(`/oparl/body/${world.offices.foreign.id}/papers`)) as unknown as Page;
    expect(foreign.data).toEqual([]);
  });

  it('pages lists with links that keep the filters, and filters by change time', async () => {
    const own = world.offices.own.id;
    const first = (await getJson(`/oparl/body/${own}/papers?elementsPerPage=2`)) as unknown as Page;
    expect(first.pagination).toEqual({ totalElements: 3, elementsPerPage: 2, currentPage: 1, totalPages: 2 });
    expect(first.links).toEqual({
      first: `${TEST_ORIGIN}/oparl/body/${own}/papers?elementsPerPage=2`,
      self: `${TEST_ORIGIN}/oparl/body/${own}/papers?elementsPerPage=2`,
      next: `${TEST_ORIGIN}/oparl/body/${own}/papers?elementsPerPage=2&page=2`,
      last: `${TEST_ORIGIN}/oparl/body/${own}/papers?elementsPerPage=2&page=2`,
    });
    const second = (await getJson(pathOf(first.links.next as string))) as unknown as Page;
    expect(second.data.map((p) => p.reference)).toEqual(['B 27/0043']);
    expect(second.links).not.toHaveProperty('next');
    expect(second.links.prev).toBe(first.links.first);

    const future = encodeURIComponent('2999-01-01T00:00:00+01:00');
    const none = (await getJson(`/oparl/body/${own}/meetings?modified_since=${future}`)) as unknown as Page;
    expect(none.data).toEqual([]);
    expect(none.links.self).toBe(`${TEST_ORIGIN}/oparl/body/${own}/meetings?modified_since=${future}`);
    const past = (await getJson(`/oparl/body/${own}/meetings?created_since=${encodeURIComponent('2000-01-01T00:00:00Z')}&created_until=${future}`)) as unknown as Page;
    expect(past.data).toHaveLength(2);
    const bad = await get(`/oparl/body/${own}/meetings?created_since=gestern`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('created_since');
  });

  it('fails a known-bad object, so the validator can fail', () => {
    expect(oparlErrors('Paper', { ...paper, reference: 42 })).toEqual(['/reference must be string']);
    const [first, ...rest] = paper.consultation as Json[];
    const { type: _dropped, ...untyped } = first as Json;
    void _dropped;
    expect(oparlErrors('Paper', { ...paper, consultation: [untyped, ...rest] })).toEqual(["/consultation/0 must have required property 'type'"]);
    const { accessUrl: _access, ...noAccess } = paper.mainFile as Json;
    void _access;
    expect(oparlErrors('Paper', { ...paper, mainFile: noAccess })).toEqual(["/mainFile must have required property 'accessUrl'"]);
    expect(oparlErrors('Paper', { ...paper, relatedPaper: ['/oparl/paper/relativ'] })).toEqual(['/relatedPaper/0 must match format "url"']);
    expect(oparlListErrors('Paper', { data: [{ ...paper, date: '02.03.2026' }] })).toEqual(['/pagination fehlt', '/links fehlt', '/data/0/date must match format "date"']);
  });

  it('answers everyone alike: a signed-in caller gets the same objects, writes do not exist', async () => {
    const signedIn = await world.request({ method: 'GET', url: `/oparl/paper/${ids.paper}`, as: 'admin' });
    expect(signedIn.json()).toEqual(paper);
    const write: LightMyRequestResponse = await world.request({ method: 'DELETE', url: `/oparl/paper/${ids.paper}`, as: 'admin' });
    expect(write.statusCode).toBe(404);
  });
});

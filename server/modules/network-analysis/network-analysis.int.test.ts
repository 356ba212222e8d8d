import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManyShoulders, NetworkGraph } from '../../../common/api/network-analysis';
import { queryRows } from '../../platform/db/database';
import { auditCount, countRows, createTestWorld, type TestWorld } from '../../test/test-app';
import { checkWellFormedXml } from './xml-check';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});
const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

type As = Parameters<TestWorld['request']>[0]['as'];

/**
 * A small space "Nord" (team of three, meetings organised unevenly, a project, a contract, a referral) and the
 * figures computed by hand. The meetings are written straight into the tables: this test must not depend on how the
 * meetings API (built at the same time) validates a meeting, only on what a held meeting is.
 */
describe('network analysis: many shoulders and the network graph', () => {
  let world: TestWorld;
  const FROM = '2025-01-01';
  const TO = berlinToday();
  const space = { nord: '', sued: '', foreign: '' };
  const org = { asd: '', provider: '', school: '', club: '', familyCentre: '' };
  const member = { anna: '', bernd: '', clara: '', old: '', sued: '' };

  const post = async (url: string, payload: object, as: As = 'admin') => {
    const response = await world.request({ method: 'POST', url, as, payload });
    expect(response.statusCode, `${url} ${response.body}`).toBe(201);
    return response.json().id as string;
  };
  const get = (url: string, as: As = 'admin') => world.request({ method: 'GET', url, as });
  const shoulders = async (spaceId: string, as: As = 'admin', period = `from=${FROM}&to=${TO}`) => {
    const response = await get(`/api/network-analysis/many-shoulders?spaceId=${spaceId}&${period}`, as);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ManyShoulders;
  };
  const network = async (query: string, as: As = 'admin') => {
    const response = await get(`/api/network-analysis/network?from=${FROM}&to=${TO}${query}`, as);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as NetworkGraph;
  };
  const uuids = (ids: string[]) => `{${ids.join(',')}}`;
  async function meeting(input: { spaceId: string; day: string; state: string; organizers: string[]; attending?: string[]; agenda?: (string | null)[] }) {
    const officeId = world.offices.own.id;
    const [row] = await queryRows<{ id: string }>(
      world.database.db,
      sql`insert into meetings (office_id, space_ids, title, starts_at, ends_at, state, organizer_membership_ids)
          values (${officeId}, ${uuids([input.spaceId])}::uuid[], 'Netzwerktreffen', ${`${input.day}T16:00:00+01:00`}::timestamptz,
                  ${`${input.day}T18:00:00+01:00`}::timestamptz, ${input.state}, ${uuids(input.organizers)}::uuid[]) returning id`,
    );
    const id = row?.id as string;
    for (const organizationId of input.attending ?? []) {
      await world.database.db.execute(sql`insert into meeting_attendance (meeting_id, organization_id, head_count) values (${id}, ${organizationId}, 2)`);
    }
    let position = 0;
    for (const broughtBy of input.agenda ?? []) {
      await world.database.db.execute(sql`insert into agenda_items (meeting_id, position, title, brought_by_membership_id) values (${id}, ${++position}, 'Thema', ${broughtBy})`);
    }
    return id;
  }

  beforeAll(async () => {
    world = await createTestWorld();
    space.nord = await post('/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) });
    space.sued = await post('/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) });
    space.foreign = await post('/api/social-spaces', { code: 'NORD', name: 'Fremd-Nord', boundary: square(10.0, 53.7) }, world.users.foreign.admin);
    org.asd = await post('/api/organizations', { name: 'ASD Nord', type: 'asd', spaceIds: [space.nord] });
    org.provider = await post('/api/organizations', { name: 'Jugendhilfe Nord gGmbH', type: 'provider_outpatient', spaceIds: [space.nord] });
    org.school = await post('/api/organizations', { name: 'Grundschule Nord', type: 'school', spaceIds: [space.nord] });
    org.club = await post('/api/organizations', { name: 'SV Nord', type: 'sports_club', spaceIds: [space.nord] });
    org.familyCentre = await post('/api/organizations', { name: 'Familienzentrum Süd', type: 'family_centre', spaceIds: [space.sued] });

    const membership = (spaceId: string, personName: string, organizationId: string, extra: object = {}) =>
      post('/api/team-memberships', { spaceId, organizationId, personName, teamRole: 'asd', validFrom: '2020-01-01', ...extra });
    member.anna = await membership(space.nord, 'Anna Asd', org.asd);
    member.bernd = await membership(space.nord, 'Bernd Träger', org.provider, { teamRole: 'provider_outpatient' });
    // Clara has an account: the needs she records count for her; she is on Nord's team today.
    member.clara = await membership(space.nord, 'Clara Schule', org.school, { teamRole: 'school_social_worker', userId: world.users.own.team_member.id });
    // On the team long before the period: not counted.
    member.old = await membership(space.nord, 'Olaf Früher', org.asd, { validFrom: '2010-01-01', validTo: '2011-12-31' });
    member.sued = await membership(space.sued, 'Sven Süd', org.familyCentre, { teamRole: 'family_centre_coordinator' });

    // Meetings of Nord: Anna organises three held ones (one with Bernd), Bernd one; Clara's was cancelled.
    await meeting({ spaceId: space.nord, day: '2025-02-10', state: 'held', organizers: [member.anna], attending: [org.asd, org.provider, org.school], agenda: [member.bernd, member.clara, null] });
    await meeting({ spaceId: space.nord, day: '2025-05-10', state: 'held', organizers: [member.anna], attending: [org.asd, org.provider], agenda: [member.bernd] });
    await meeting({ spaceId: space.nord, day: '2025-08-10', state: 'held', organizers: [member.anna, member.bernd], attending: [org.asd, org.school] });
    await meeting({ spaceId: space.nord, day: '2025-09-10', state: 'cancelled', organizers: [member.clara], attending: [org.club, org.asd], agenda: [member.anna] });
    await meeting({ spaceId: space.nord, day: '2024-11-01', state: 'held', organizers: [member.bernd], attending: [org.club, org.asd] });
    await meeting({ spaceId: space.sued, day: '2025-03-01', state: 'held', organizers: [member.sued], attending: [org.familyCentre, org.club] });

    // A project carried by Anna and Bernd with the provider as partner, running from April 2025.
    const project = await post('/api/projects', {
      title: 'Elterncafé',
      spaceIds: [space.nord],
      initiatedBy: 'joint',
      startsOn: '2025-04-01',
      partnerOrganizationIds: [org.provider],
      carrierMembershipIds: [member.anna, member.bernd],
    });
    const moved = await world.request({ method: 'POST', url: `/api/projects/${project}/status`, as: 'admin', payload: { status: 'planned' } });
    expect(moved.statusCode, moved.body).toBe(200);
    // An idea nobody has started counts for no one.
    await post('/api/projects', { title: 'Nur eine Idee', spaceIds: [space.nord], initiatedBy: 'joint', startsOn: '2025-04-01', carrierMembershipIds: [member.clara] });

    // The provider's contract for Nord ties it to the ASD on Nord's team.
    await post('/api/contracts', { organizationId: org.provider, spaceId: space.nord, kind: 'outpatient', validFrom: '2024-01-01' });

    // Needs: Clara records one in the period (as herself); one before the period; the admin (on no team) one more.
    const topics: { id: string; code: string | null }[] = (await get('/api/topics?office=own-office')).json();
    const topic = topics.find((t) => t.code === 'trauer')?.id as string;
    const need = (recordedOn: string, as: As, organizationId?: string) =>
      post('/api/needs', { spaceId: space.nord, topicIds: [topic], source: 'meeting', voice: 'professional', text: 'Im Netzwerktreffen fehlte eine Trauergruppe.', recordedOn, ...(organizationId ? { organizationId } : {}) }, as);
    await need('2025-03-01', 'team_member');
    await need('2024-06-01', 'team_member');
    // The school referred a family to the family centre's offer: a tie school ↔ family centre, dated today.
    const referred = await need('2025-06-01', 'admin', org.school);
    const service = await post('/api/services', { organizationId: org.familyCentre, name: 'Trauergruppe für Kinder', locations: [{ point: [10.055, 53.705] }] });
    const referral = await world.request({ method: 'POST', url: `/api/needs/${referred}/referrals`, as: 'admin', payload: { serviceId: service } });
    expect(referral.statusCode, referral.body).toBe(200);
  });
  afterAll(() => world.close());

  describe('many shoulders', () => {
    it('matches the hand-computed figures: everyone on the team counts, the concentration is explained, more than half warns', async () => {
      // Default weights: meeting organised 3, project carried 3, agenda item 1, need recorded 1.
      //   Anna:  3 meetings organised (10.02., 10.05., 10.08.; not the cancelled one) · 3 + 1 project · 3 = 12
      //   Bernd: 1 meeting organised (10.08.; the one of 2024 lies before the period) · 3 + 2 agenda items + 1 project · 3 = 8
      //   Clara: 1 agenda item + 1 need recorded (03/2025; the one of 2024 lies before) = 2   (the idea does not count)
      // Total 22; largest share 12 / 22 = 0.5454… → "55 %", more than half.
      // Gini: |12−8| + |12−2| + |8−2| = 4 + 10 + 6 = 20, over ordered pairs 40; G = 40 / (2 · 3 · 22) = 40 / 132 = 0.3030… → "0,30".
      const result = await shoulders(space.nord);
      expect(result.contributors.map((c) => [c.name, c.counts, c.score])).toEqual([
        ['Anna Asd', { meetingOrganised: 3, projectCarried: 1, agendaItem: 0, needRecorded: 0 }, 12],
        ['Bernd Träger', { meetingOrganised: 1, projectCarried: 1, agendaItem: 2, needRecorded: 0 }, 8],
        ['Clara Schule', { meetingOrganised: 0, projectCarried: 0, agendaItem: 1, needRecorded: 1 }, 2],
      ]);
      expect(result.contributors[0]).toMatchObject({ membershipId: member.anna, teamRole: 'asd', organizationName: 'ASD Nord', organizationType: 'asd' });
      expect(result.total).toBe(22);
      expect(result.topShare).toBeCloseTo(12 / 22, 12);
      expect(result.gini).toBeCloseTo(40 / 132, 12);
      expect(result.contributors.map((c) => c.share)).toEqual([12 / 22, 8 / 22, 2 / 22]);
      expect(result.weights).toEqual({ meetingOrganised: 3, projectCarried: 3, agendaItem: 1, needRecorded: 1 });
      expect(result.explanation).toEqual([
        '3 von 3 Personen im Team haben zur Netzwerkarbeit beigetragen.',
        'Die aktivste Person trägt 55 % der Netzwerkarbeit.',
        'Gini-Koeffizient 0,30: 0 hieße, alle tragen gleich viel; 1, eine Person trägt alles.',
      ]);
      expect(result.warning).toBe('Anna Asd trägt mehr als die Hälfte der Netzwerkarbeit (55 %). Die Arbeit ruht nicht auf vielen Schultern.');
      expect(result.byOrganizationType).toEqual([
        { organizationType: 'asd', score: 12, share: 12 / 22, people: 1 },
        { organizationType: 'provider_outpatient', score: 8, share: 8 / 22, people: 1 },
        { organizationType: 'school', score: 2, share: 2 / 22, people: 1 },
      ]);
    });

    it('a team member of the space sees the people; the committee sees the same figures without anyone in them', async () => {
      const staff = await shoulders(space.nord, 'team_member');
      expect(staff.contributors).toHaveLength(3);
      const committee = await shoulders(space.nord, 'committee');
      expect(committee.contributors).toEqual([]);
      expect(committee.total).toBe(22);
      expect(committee.gini).toBeCloseTo(40 / 132, 12);
      // One person per organisation type would name them: the committee sees those types combined (3 people).
      expect(committee.byOrganizationType.map((g) => [g.organizationType, g.people, g.score])).toEqual([['grouped', 3, 22]]);
      expect(committee.warning).toBe('Eine Person trägt mehr als die Hälfte der Netzwerkarbeit (55 %). Die Arbeit ruht nicht auf vielen Schultern.');
      expect(JSON.stringify(committee)).not.toMatch(/Anna|Bernd|Clara/);
    });

    it('a period without anything: everyone still counts with 0, no warning', async () => {
      const result = await shoulders(space.nord, 'admin', 'from=2023-01-01&to=2023-12-31');
      expect(result.contributors.map((c) => [c.name, c.score])).toEqual([['Anna Asd', 0], ['Bernd Träger', 0], ['Clara Schule', 0]]);
      expect([result.total, result.topShare, result.gini, result.warning]).toEqual([0, 0, 0, null]);
      expect(result.explanation).toEqual(['Im gewählten Zeitraum ist keine Netzwerkarbeit erfasst (3 Personen im Team).']);
    });

    it('refuses: anonymous 401, a space of another office 400, a team member off the team and a provider editor 403, a reversed period 400', async () => {
      expect((await world.request({ method: 'GET', url: `/api/network-analysis/many-shoulders?spaceId=${space.nord}&from=${FROM}&to=${TO}` })).statusCode).toBe(401);
      const foreign = await get(`/api/network-analysis/many-shoulders?spaceId=${space.foreign}&from=${FROM}&to=${TO}`);
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().errors[0].field).toBe('spaceId');
      expect((await get(`/api/network-analysis/many-shoulders?spaceId=${space.sued}&from=${FROM}&to=${TO}`, 'team_member')).statusCode).toBe(403);
      expect((await get(`/api/network-analysis/many-shoulders?spaceId=${space.nord}&from=${FROM}&to=${TO}`, 'provider_editor')).statusCode).toBe(403);
      const reversed = await get(`/api/network-analysis/many-shoulders?spaceId=${space.nord}&from=2025-12-31&to=2025-01-01`);
      expect(reversed.statusCode).toBe(400);
      expect(reversed.json().errors[0].field).toBe('to');
    });

    it('weights are a setting: only the admin changes them (audited), and the figures follow', async () => {
      expect((await get('/api/network-analysis/weights', 'committee')).json()).toEqual({ meetingOrganised: 3, projectCarried: 3, agendaItem: 1, needRecorded: 1 });
      const equal = { meetingOrganised: 1, projectCarried: 1, agendaItem: 1, needRecorded: 1 };
      const audit = await auditCount(world.database);
      const refused = await world.request({ method: 'PUT', url: '/api/network-analysis/weights', as: 'head_of_department', payload: equal });
      expect(refused.statusCode).toBe(403);
      expect(await countRows(world.database, 'contribution_weights')).toBe(0);
      expect(await auditCount(world.database)).toBe(audit);
      const invalid = await world.request({ method: 'PUT', url: '/api/network-analysis/weights', as: 'admin', payload: { ...equal, agendaItem: -1 } });
      expect(invalid.statusCode).toBe(400);

      const saved = await world.request({ method: 'PUT', url: '/api/network-analysis/weights', as: 'admin', payload: equal });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(await auditCount(world.database)).toBe(audit + 1);
      // With every kind counting 1: Anna 3 + 1 = 4, Bernd 1 + 2 + 1 = 4, Clara 1 + 1 = 2; total 10, largest share 40 %, no warning.
      // Gini: |4−4| + |4−2| + |4−2| = 4, ordered 8; G = 8 / (2 · 3 · 10) = 0.1333…
      const result = await shoulders(space.nord);
      expect(result.contributors.map((c) => c.score)).toEqual([4, 4, 2]);
      expect(result.topShare).toBe(0.4);
      expect(result.gini).toBeCloseTo(8 / 60, 12);
      expect(result.warning).toBeNull();
      // The foreign office keeps its defaults.
      expect((await get('/api/network-analysis/weights', world.users.foreign.admin)).json()).toEqual({ meetingOrganised: 3, projectCarried: 3, agendaItem: 1, needRecorded: 1 });

      const back = await world.request({ method: 'PUT', url: '/api/network-analysis/weights', as: 'admin', payload: { meetingOrganised: 3, projectCarried: 3, agendaItem: 1, needRecorded: 1 } });
      expect(back.statusCode).toBe(200);
    });
  });

  describe('the network', () => {
    const tie = (graph: NetworkGraph, a: string, b: string) => graph.ties.find((t) => (t.source === a && t.target === b) || (t.source === b && t.target === a));

    it('ties from shared meetings, the project, the contract and the referral, weighted and dated; density, degree, isolated', async () => {
      const graph = await network(`&spaceId=${space.nord}`, 'committee');
      // Nord's four organisations, and the family centre of Süd, tied in by the referral.
      expect(graph.nodes.map((n) => n.name)).toEqual(['ASD Nord', 'Familienzentrum Süd', 'Grundschule Nord', 'Jugendhilfe Nord gGmbH', 'SV Nord']);
      // ASD–provider: meetings 10.02. and 10.05., the project (from 01.04.2025), the contract (in force since 2024,
      // so from the start of the period) → weight 4, first day 01.01.2025, last day the end of the period.
      expect(tie(graph, org.asd, org.provider)).toMatchObject({ weight: 4, kinds: { meeting: 2, project: 1, contract: 1, referral: 0 }, firstOn: FROM, lastOn: TO });
      expect(tie(graph, org.asd, org.school)).toMatchObject({ weight: 2, kinds: { meeting: 2, project: 0, contract: 0, referral: 0 }, firstOn: '2025-02-10', lastOn: '2025-08-10' });
      expect(tie(graph, org.provider, org.school)).toMatchObject({ weight: 1, kinds: { meeting: 1, project: 0, contract: 0, referral: 0 }, firstOn: '2025-02-10', lastOn: '2025-02-10' });
      expect(tie(graph, org.school, org.familyCentre)).toMatchObject({ weight: 1, kinds: { meeting: 0, project: 0, contract: 0, referral: 1 }, firstOn: TO, lastOn: TO });
      // The club only met in the cancelled meeting and in one before the period: no tie.
      expect(graph.ties).toHaveLength(4);
      expect(graph.density).toBeCloseTo(4 / 10, 12); // 5 nodes → 10 possible ties
      expect(graph.isolated).toEqual([org.club]);
      const node = (id: string) => graph.nodes.find((n) => n.id === id);
      expect(node(org.asd)).toMatchObject({ degree: 2, weightedDegree: 6 });
      expect(node(org.school)).toMatchObject({ degree: 3, weightedDegree: 4 });
      expect(node(org.club)).toMatchObject({ degree: 0, weightedDegree: 0 });
      expect(graph.missingTypes).toContainEqual({ type: 'sports_club', message: 'kein Sportverein beteiligt' });
      expect(graph.missingTypes).toContainEqual({ type: 'kita', message: 'keine Kita beteiligt' });
      expect(graph.missingTypes.map((m) => m.type)).not.toContain('asd');
      expect(graph.missingTypes.map((m) => m.type)).not.toContain('other');
      expect(JSON.stringify(graph)).not.toMatch(/Anna|Bernd|Clara/);
    });

    it('filters by type (only those nodes and the ties between them) and by period; the whole office without a space', async () => {
      const filtered = await network(`&spaceId=${space.nord}&types=asd,school,sports_club`);
      expect(filtered.nodes.map((n) => n.name)).toEqual(['ASD Nord', 'Grundschule Nord', 'SV Nord']);
      expect(filtered.ties).toHaveLength(1);
      expect(filtered.density).toBeCloseTo(1 / 3, 12);
      expect(filtered.missingTypes).toEqual([{ type: 'sports_club', message: 'kein Sportverein beteiligt' }]);
      expect((await get(`/api/network-analysis/network?from=${FROM}&to=${TO}&types=nonsense`)).statusCode).toBe(400);

      const early = (await get(`/api/network-analysis/network?spaceId=${space.nord}&from=2024-01-01&to=2024-12-31`)).json() as NetworkGraph;
      // 2024: the meeting of 01.11.2024 (club and ASD), and the contract with the ASD (Anna has been on the team since 2020).
      expect(tie(early, org.club, org.asd)?.kinds.meeting).toBe(1);
      expect(tie(early, org.asd, org.provider)).toMatchObject({ weight: 1, kinds: { contract: 1 }, firstOn: '2024-01-01', lastOn: '2024-12-31' });

      const office = await network('');
      expect(office.spaceId).toBeNull();
      expect(office.nodes).toHaveLength(5);
      // Süd's meeting adds family centre ↔ club.
      expect(tie(office, org.familyCentre, org.club)?.kinds.meeting).toBe(1);
      expect(office.isolated).toEqual([]);
    });

    it('refuses: anonymous 401, a space of another office 400; staff off the space may read it (organisations are public)', async () => {
      expect((await world.request({ method: 'GET', url: `/api/network-analysis/network?from=${FROM}&to=${TO}` })).statusCode).toBe(401);
      expect((await get(`/api/network-analysis/network?spaceId=${space.foreign}&from=${FROM}&to=${TO}`)).statusCode).toBe(400);
      expect((await get(`/api/network-analysis/network?spaceId=${space.sued}&from=${FROM}&to=${TO}`, 'provider_editor')).statusCode).toBe(200);
      expect((await world.request({ method: 'GET', url: `/api/network-analysis/network.csv?from=${FROM}&to=${TO}` })).statusCode).toBe(401);
    });

    it('exports GraphML that is well-formed XML with the keys, nodes and edges', async () => {
      const response = await get(`/api/network-analysis/network.graphml?spaceId=${space.nord}&from=${FROM}&to=${TO}`, 'committee');
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('application/graphml+xml; charset=utf-8');
      expect(response.headers['content-disposition']).toContain('attachment');
      const root = checkWellFormedXml(response.body);
      expect(root.name).toBe('graphml');
      expect(root.attributes.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
      const keys = root.children.filter((c) => c.name === 'key').map((k) => `${k.attributes.for}:${k.attributes['attr.name']}`);
      for (const key of ['node:name', 'node:type', 'edge:weight', 'edge:kinds', 'edge:firstOn', 'edge:lastOn']) expect(keys).toContain(key);
      const graph = root.children.find((c) => c.name === 'graph');
      expect(graph?.attributes.edgedefault).toBe('undirected');
      const nodes = graph?.children.filter((c) => c.name === 'node') ?? [];
      const edges = graph?.children.filter((c) => c.name === 'edge') ?? [];
      expect(nodes).toHaveLength(5);
      expect(edges).toHaveLength(4);
      const data = (element: (typeof nodes)[number], key: string) => element.children.find((c) => c.name === 'data' && c.attributes.key === key)?.text;
      expect(nodes.map((n) => data(n, 'name'))).toContain('Jugendhilfe Nord gGmbH');
      const strongest = edges.find((e) => data(e, 'weight') === '4');
      expect(strongest && [strongest.attributes.source, strongest.attributes.target].sort()).toEqual([org.asd, org.provider].sort());
      expect(strongest && data(strongest, 'kinds')).toBe('meeting:2,project:1,contract:1');
    });

    it('exports the ties as CSV for Excel', async () => {
      const response = await get(`/api/network-analysis/network.csv?spaceId=${space.nord}&from=${FROM}&to=${TO}`, 'team_member');
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      const bytes = response.rawPayload;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').split('\r\n');
      expect(lines[0]).toBe('Organisation A;Typ A;Organisation B;Typ B;Gewicht;Treffen;Projekte;Verträge;Vermittlungen;erste;letzte');
      const german = (iso: string) => iso.split('-').reverse().join('.');
      const asd = 'ASD Nord;Allgemeiner Sozialer Dienst (ASD)';
      const provider = 'Jugendhilfe Nord gGmbH;Freier Träger ambulant';
      const pair = org.asd < org.provider ? `${asd};${provider}` : `${provider};${asd}`;
      expect(lines).toContain(`${pair};4;2;1;1;0;01.01.2025;${german(TO)}`);
      expect(lines.filter((l) => l !== '')).toHaveLength(5);
    });
  });
});

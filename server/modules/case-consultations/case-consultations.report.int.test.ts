import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportPeriod } from '../../platform/report-period';
import { createTestWorld, type TestWorld } from '../../test/test-app';
import { caseConsultationsReport } from './index';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

const team = ['asd', 'head_of_department', 'youth_work_coordinator', 'provider_outpatient', 'provider_residential'];
const roles = (list: string[]) => list.map((teamRole) => ({ teamRole }));

/**
 * The source's model: a networker per space until 2016, the whole team from 2017. Required roles: the default list
 * (the five of `team` and the networker). Consultations, counted by hand:
 *   C1 Nord 01.03.2016 team, no networker      → networker missing          cases: offer in the space (low-threshold), outpatient
 *   C2 Nord 01.09.2016 team + networker        → complete                   cases: none
 *   C3 Süd  01.05.2016 asd, provider_outpatient → 4 roles missing (networker too) cases: offer in the space (low-threshold)
 *   C4 Nord 01.02.2017 team, no networker      → complete (no networker model any more)  cases: residential
 *   C5 Nord 31.12.2015 team + networker        → outside 2016
 */
describe('case consultations: figures for the annual report', () => {
  let world: TestWorld;
  let officeId = '';
  const space = { nord: '', sued: '' };
  const period = (year: number, spaceId: string | null): ReportPeriod => ({ officeId, year, from: `${year}-01-01`, to: `${year}-12-31`, spaceId });

  const post = async (url: string, payload: object) => {
    const response = await world.request({ method: 'POST', url, as: 'admin', payload });
    expect(response.statusCode, `${url} ${response.body}`).toBe(201);
    return response.json().id as string;
  };
  const consultation = (spaceId: string, heldOn: string, participants: string[], cases: [string, boolean][]) =>
    post('/api/case-consultations', {
      spaceId,
      heldOn,
      participants: roles(participants),
      cases: cases.map(([helpType, lowThresholdOfferFound]) => ({ helpType, lowThresholdOfferFound, note: '' })),
      note: '',
    });

  beforeAll(async () => {
    world = await createTestWorld();
    officeId = world.offices.own.id;
    space.nord = await post('/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) });
    space.sued = await post('/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) });
    await post('/api/network-model', { model: 'networker', validFrom: '2014-01-01' });
    await post('/api/network-model', { model: 'team', validFrom: '2017-01-01' });

    await consultation(space.nord, '2016-03-01', team, [['space_offer', true], ['outpatient', false]]);
    await consultation(space.nord, '2016-09-01', [...team, 'networker'], [['none', false]]);
    await consultation(space.sued, '2016-05-01', ['asd', 'provider_outpatient'], [['space_offer', true]]);
    await consultation(space.nord, '2017-02-01', team, [['residential', false]]);
    await consultation(space.nord, '2015-12-31', [...team, 'networker'], [['referral', true]]);
  });
  afterAll(() => world.close());

  const byRole = (figures: { roles: { teamRole: string; present: number; missing: number }[] }) => Object.fromEntries(figures.roles.map((r) => [r.teamRole, [r.present, r.missing]]));

  it('counts the office-wide figures of 2016 as counted by hand, with the module’s missing-role rule', async () => {
    const { figures, appendix } = await caseConsultationsReport(world.database.db, period(2016, null));
    expect(figures).toMatchObject({
      held: 3,
      cases: 4,
      casesByHelpType: { space_offer: 2, outpatient: 1, residential: 0, referral: 0, none: 1 },
      lowThresholdOfferFound: 2,
      complete: 1,
    });
    // In the order of the setting: [present, missing].
    expect(figures.roles.map((r) => r.teamRole)).toEqual([...team, 'networker']);
    expect(byRole(figures)).toEqual({
      asd: [3, 0],
      head_of_department: [2, 1],
      youth_work_coordinator: [2, 1],
      provider_outpatient: [3, 0],
      provider_residential: [2, 1],
      networker: [1, 2],
    });
    expect(appendix.map((a) => a.table)).toEqual(['Kollegiale Beratungen', 'Rollen in den Kollegialen Beratungen']);
    expect(appendix[0]?.filters).toBe('alle Sozialräume; 01.01.2016–31.12.2016');
  });

  it('counts one space only', async () => {
    const nord = await caseConsultationsReport(world.database.db, period(2016, space.nord));
    expect(nord.figures).toMatchObject({ held: 2, cases: 3, casesByHelpType: { space_offer: 1, outpatient: 1, none: 1 }, lowThresholdOfferFound: 1, complete: 1 });
    expect(byRole(nord.figures)).toMatchObject({ asd: [2, 0], head_of_department: [2, 0], networker: [1, 1] });
    expect(nord.appendix[0]?.filters).toBe('Sozialraum Nord; 01.01.2016–31.12.2016');
    const sued = await caseConsultationsReport(world.database.db, period(2016, space.sued));
    expect(sued.figures).toMatchObject({ held: 1, cases: 1, complete: 0 });
    expect(byRole(sued.figures)).toMatchObject({ asd: [1, 0], head_of_department: [0, 1], networker: [0, 1] });
  });

  it('does not require the networker once the model ended, and leaves out other years', async () => {
    const y2017 = await caseConsultationsReport(world.database.db, period(2017, null));
    expect(y2017.figures).toMatchObject({ held: 1, cases: 1, casesByHelpType: { residential: 1, space_offer: 0 }, lowThresholdOfferFound: 0, complete: 1 });
    expect(byRole(y2017.figures)).toMatchObject({ asd: [1, 0], networker: [0, 0] });
    const y2018 = await caseConsultationsReport(world.database.db, period(2018, null));
    expect(y2018.figures).toMatchObject({ held: 0, cases: 0, lowThresholdOfferFound: 0, complete: 0 });
  });
});

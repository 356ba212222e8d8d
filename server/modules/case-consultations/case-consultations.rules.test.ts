import { describe, expect, it } from 'vitest';
import { defaultRequiredConsultationRoles } from '../../../common/meeting-terms';
import { membershipProblem, missingConsultationRoles, summarise } from './case-consultations.rules';

const full = ['asd', 'head_of_department', 'youth_work_coordinator', 'provider_outpatient', 'provider_residential'];

describe('missingConsultationRoles', () => {
  it('flags a consultation without a residential provider', () => {
    const roles = ['asd', 'head_of_department', 'youth_work_coordinator', 'provider_outpatient'];
    expect(missingConsultationRoles(defaultRequiredConsultationRoles, roles, 'team')).toEqual(['provider_residential']);
  });

  it('requires the networker only while the networker model is in force', () => {
    expect(missingConsultationRoles(defaultRequiredConsultationRoles, full, 'networker')).toEqual(['networker']);
    expect(missingConsultationRoles(defaultRequiredConsultationRoles, [...full, 'networker'], 'networker')).toEqual([]);
    expect(missingConsultationRoles(defaultRequiredConsultationRoles, full, 'team')).toEqual([]);
    expect(missingConsultationRoles(defaultRequiredConsultationRoles, full, 'single_provider')).toEqual([]);
    // No model recorded for that day: nobody can say a networker was due.
    expect(missingConsultationRoles(defaultRequiredConsultationRoles, full, undefined)).toEqual([]);
  });

  it('counts at least one of each role, whatever else takes part, and keeps the order of the setting', () => {
    expect(missingConsultationRoles(defaultRequiredConsultationRoles, ['asd', 'asd', 'key_person'], 'networker')).toEqual([
      'head_of_department',
      'youth_work_coordinator',
      'provider_outpatient',
      'provider_residential',
      'networker',
    ]);
    expect(missingConsultationRoles(['provider_residential', 'asd', 'asd'], ['provider_outpatient'], 'team')).toEqual(['provider_residential', 'asd']);
  });

  it('follows the setting: a role not required is never missing', () => {
    expect(missingConsultationRoles(['asd'], ['asd'], 'networker')).toEqual([]);
    expect(missingConsultationRoles([], [], 'networker')).toEqual([]);
  });
});

describe('membershipProblem', () => {
  const m = { spaceId: 's1', teamRole: 'asd', personName: 'Fachkraft Nord', validFrom: '2020-01-01', validTo: '2022-12-31' };
  it('accepts a membership on the space team that day with that role', () => {
    expect(membershipProblem(m, 'asd', 's1', '2020-01-01')).toBeUndefined();
    expect(membershipProblem(m, 'asd', 's1', '2022-12-31')).toBeUndefined();
    expect(membershipProblem({ ...m, validTo: null }, 'asd', 's1', '2030-05-01')).toBeUndefined();
  });
  it('refuses an unknown membership, another space, a day outside the membership and another role', () => {
    expect(membershipProblem(undefined, 'asd', 's1', '2021-01-01')).toMatch(/gibt es nicht/);
    expect(membershipProblem(m, 'asd', 's2', '2021-01-01')).toMatch(/nicht im Team dieses Sozialraums/);
    expect(membershipProblem(m, 'asd', 's1', '2019-12-31')).toMatch(/am Tag der Beratung nicht im Team/);
    expect(membershipProblem(m, 'asd', 's1', '2023-01-01')).toMatch(/am Tag der Beratung nicht im Team/);
    expect(membershipProblem(m, 'networker', 's1', '2021-01-01')).toBe('Fachkraft Nord hat im Team die Rolle „ASD-Fachkraft“, nicht „Netzwerker/in“.');
  });
});

describe('summarise', () => {
  it('counts consultations, cases, help types, low-threshold offers and missing roles', () => {
    const result = summarise([
      { missingRoles: ['provider_residential'], cases: [{ helpType: 'space_offer', lowThresholdOfferFound: true }, { helpType: 'outpatient', lowThresholdOfferFound: false }] },
      { missingRoles: ['networker', 'provider_residential'], cases: [{ helpType: 'space_offer', lowThresholdOfferFound: true }] },
      { missingRoles: [], cases: [] },
    ]);
    expect(result).toEqual({
      consultations: 3,
      cases: 3,
      byHelpType: [
        { helpType: 'space_offer', cases: 2 },
        { helpType: 'outpatient', cases: 1 },
        { helpType: 'residential', cases: 0 },
        { helpType: 'referral', cases: 0 },
        { helpType: 'none', cases: 0 },
      ],
      lowThresholdOfferFound: 2,
      consultationsWithMissingRoles: 2,
      missingByRole: [
        { teamRole: 'provider_residential', consultations: 2 },
        { teamRole: 'networker', consultations: 1 },
      ],
    });
  });
  it('gives zeros for no consultations', () => {
    const result = summarise([]);
    expect(result.consultations).toBe(0);
    expect(result.byHelpType.every((h) => h.cases === 0)).toBe(true);
    expect(result.missingByRole).toEqual([]);
  });
});

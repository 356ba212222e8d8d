import { describe, expect, it } from 'vitest';
import { checkSpace, contractConflict, modelFindings, modelOn, overlaps } from './network.rules';

const c = (organizationId: string, kind: 'outpatient' | 'residential', validFrom: string, validTo: string | null) => ({
  organizationId,
  organizationName: `Träger ${organizationId}`,
  kind,
  validFrom,
  validTo,
});

describe('network rules', () => {
  it('compares periods inclusively, with open ends', () => {
    expect(overlaps({ validFrom: '2014-01-01', validTo: '2016-12-31' }, { validFrom: '2016-12-31', validTo: null })).toBe(true);
    expect(overlaps({ validFrom: '2014-01-01', validTo: '2016-12-31' }, { validFrom: '2017-01-01', validTo: null })).toBe(false);
  });

  it('finds the model in force on a date', () => {
    const periods = [
      { model: 'networker' as const, validFrom: '2014-01-01' },
      { model: 'team' as const, validFrom: '2017-01-01' },
    ];
    expect(modelOn(periods, '2016-06-30')?.model).toBe('networker');
    expect(modelOn(periods, '2017-01-01')?.model).toBe('team');
    expect(modelOn(periods, '2013-12-31')).toBeUndefined();
  });

  it('allows one outpatient and one residential provider at a time in the team model', () => {
    const existing = [c('A', 'outpatient', '2017-01-01', null)];
    expect(contractConflict(c('B', 'residential', '2017-01-01', null), existing, 'team')).toBeUndefined();
    expect(contractConflict(c('B', 'outpatient', '2018-01-01', null), existing, 'team')).toMatch(/schon einen ambulanten Träger: Träger A/);
    expect(contractConflict(c('B', 'outpatient', '2014-01-01', '2016-12-31'), existing, 'team')).toBeUndefined();
    expect(contractConflict(c('A', 'outpatient', '2019-01-01', null), existing, 'team')).toMatch(/schon einen Vertrag dieser Art/);
  });

  it('allows only one provider per space in the single-provider model, and warns to check it legally', () => {
    const existing = [c('A', 'outpatient', '2017-01-01', null)];
    expect(contractConflict(c('B', 'residential', '2017-01-01', null), existing, 'single_provider')).toMatch(/nur einen Träger/);
    expect(contractConflict(c('A', 'residential', '2017-01-01', null), existing, 'single_provider')).toBeUndefined();
    expect(modelFindings('single_provider')[0]?.message).toMatch(/rechtlich prüfen/);
  });

  it('shows what the model requires and what is missing', () => {
    const state = {
      members: [{ teamRole: 'asd' as const, validFrom: '2014-01-01', validTo: null }],
      contracts: [c('A', 'outpatient', '2014-01-01', null)],
      positions: [{ kind: 'family_centre' as const, ftePercent: 25, validFrom: '2015-08-01', validTo: null }],
    };
    const findings = checkSpace('networker', '2016-03-01', state, [{ kind: 'family_centre', minimumPercent: 50 }]);
    expect(findings.map((f) => f.code)).toEqual(['no_networker', 'no_residential', 'minimum_family_centre']);
    expect(findings[2]?.message).toBe('Familienzentrum: 0,25 Stellen, mindestens 0,5 vorgesehen.');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../../common/api/annual-report';
import { checkPrivacy } from '../../../common/privacy';
import { createTestWorld, seedDemoCity, type TestWorld } from '../../test/test-app';


// The demo city's report for last year: every module's figures, the department head's texts, 21.840,00 € per space.
describe('demo: the annual report of last year', () => {
  let world: TestWorld;
  const currentYear = new Date().getFullYear();
  let report: AnnualReport;

  beforeAll(async () => {
    world = await createTestWorld();
    await seedDemoCity(world);
    const response = await world.request({ method: 'GET', url: `/api/annual-report/${currentYear - 1}`, as: 'committee' });
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    report = response.json() as AnnualReport;
  }, 180_000);
  afterAll(() => world.close());

  it('plans 9.360,00 € + 12.480,00 € = 21.840,00 € in every space, computed from the lines', () => {
    expect(report.spaces).toHaveLength(5);
    for (const space of report.spaces) {
      expect(space.budget.lines.map((l) => [l.kind, l.plannedCents])).toEqual([
        ['case_consultation', 936_000],
        ['network_work', 1_248_000],
      ]);
      expect(space.budget.totals.plannedCents).toBe(2_184_000);
    }
    expect(report.overview.budget.totals.plannedCents).toBe(5 * 2_184_000);
  });

  it('has the figures of every module and the texts, whose newest summary is version 2, free of personal data', () => {
    const summary = report.texts.find((t) => t.key === 'summary');
    expect(summary?.version).toBe(2);
    expect(report.texts.map((t) => t.key).sort()).toEqual(['difficulties', 'outlook', 'successes', 'summary']);
    for (const t of report.texts) expect(checkPrivacy(t.text).ok, t.text).toBe(true);
    expect(report.overview.meetings.held).toBeGreaterThan(0);
    expect(report.overview.consultations.held).toBe(60);
    expect(report.overview.projects.counts.running).toBeGreaterThan(0);
    expect(report.overview.network.spacesWithWarning.map((s) => s.name)).toContain('Harksheide');
    expect(report.spaces.find((s) => s.name === 'Norderstedt-Mitte')?.network.missingTypes.map((m) => m.message)).toContain('kein Sportverein beteiligt');
  });
});

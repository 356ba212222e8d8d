import type { AnnualReport, ReportSection } from '../../../common/api/annual-report';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { invalidField } from '../../platform/http/errors';
import type { AppendixEntry, ReportPeriod } from '../../platform/report-period';
import { budgetReport } from '../budget';
import { caseConsultationsReport } from '../case-consultations';
import { meetingsReport } from '../meetings';
import { needsReport } from '../needs';
import { networkAnalysisReport } from '../network-analysis';
import { officeForReading } from '../offices';
import { projectsReport } from '../projects';
import { servicesReport } from '../services';
import { spacesOfOffice } from '../social-spaces';
import { annualReportPolicy } from './annual-report.policy';
import { settingsOf } from './annual-report.queries';
import { type CellSpec, cellOf, type SumGroup, suppress } from './suppression.rules';
import { readTextBlocks } from './text-blocks';

/** Every module's figures for one scope (a space, or the office when spaceId is null). */
async function figuresOf(tx: Db, period: ReportPeriod) {
  const appendix: AppendixEntry[] = [];
  const take = <T>(part: { figures: T; appendix: AppendixEntry[] }) => {
    appendix.push(...part.appendix);
    return part.figures;
  };
  return {
    budget: take(await budgetReport(tx, period)),
    projects: take(await projectsReport(tx, period)),
    needs: take(await needsReport(tx, period)),
    offers: take(await servicesReport(tx, period)),
    meetings: take(await meetingsReport(tx, period)),
    consultations: take(await caseConsultationsReport(tx, period)),
    network: take(await networkAnalysisReport(tx, period)),
    appendix,
  };
}
type Figures = Awaited<ReturnType<typeof figuresOf>>;

/**
 * The protected counts of one scope as cells (id → value), and the sums they take part in. Ids are
 * `<scope>:<figure>`; the same figure of the office and of every space forms a group too (the office is the sum of
 * its spaces for needs and consultation cases, which each belong to one space).
 */
function protectedCells(scope: string, f: Figures) {
  const cells = new Map<string, number>();
  const groups: SumGroup[] = [];
  const put = (name: string, value: number) => cells.set(`${scope}:${name}`, value);
  const id = (name: string) => `${scope}:${name}`;
  const n = f.needs;
  put('needs.total', n.total);
  for (const [k, v] of Object.entries(n.byVoice)) put(`needs.voice.${k}`, v);
  for (const [k, v] of Object.entries(n.bySource)) put(`needs.source.${k}`, v);
  for (const t of n.byTopic) put(`needs.topic.${t.topicId}`, t.needs);
  put('needs.withoutTopic', n.withoutTopic);
  for (const [k, v] of Object.entries(n.byAgeBand)) put(`needs.age.${k}`, v);
  put('needs.withoutAgeBand', n.withoutAgeBand);
  for (const [k, v] of Object.entries(n.gapsOpened)) put(`gaps.opened.${k}`, v);
  put('gaps.opened.total', Object.values(n.gapsOpened).reduce((a, b) => a + b, 0));
  for (const [k, v] of Object.entries(n.gapsClosed)) put(`gaps.closed.${k}`, v);
  put('gaps.closed.total', Object.values(n.gapsClosed).reduce((a, b) => a + b, 0));
  put('needs.pending', n.pendingReviewAtYearEnd);
  const c = f.consultations;
  put('cases.total', c.cases);
  for (const [k, v] of Object.entries(c.casesByHelpType)) put(`cases.help.${k}`, v);
  put('cases.lowThreshold', c.lowThresholdOfferFound);
  groups.push(
    { total: id('needs.total'), parts: Object.keys(n.byVoice).map((k) => id(`needs.voice.${k}`)) },
    { total: id('needs.total'), parts: Object.keys(n.bySource).map((k) => id(`needs.source.${k}`)) },
    { total: id('gaps.opened.total'), parts: Object.keys(n.gapsOpened).map((k) => id(`gaps.opened.${k}`)) },
    { total: id('gaps.closed.total'), parts: Object.keys(n.gapsClosed).map((k) => id(`gaps.closed.${k}`)) },
    { total: id('cases.total'), parts: Object.keys(c.casesByHelpType).map((k) => id(`cases.help.${k}`)) },
  );
  return { cells, groups };
}

function section(scope: string, f: Figures, hidden: ReadonlySet<string>): ReportSection {
  const cell = (name: string, value: number) => cellOf(value, `${scope}:${name}`, hidden);
  const map = (prefix: string, values: Record<string, number>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, cell(`${prefix}.${k}`, v)]));
  const n = f.needs;
  const c = f.consultations;
  const gapsOpenedTotal = Object.values(n.gapsOpened).reduce((a, b) => a + b, 0);
  const gapsClosedTotal = Object.values(n.gapsClosed).reduce((a, b) => a + b, 0);
  return {
    budget: f.budget,
    projects: f.projects,
    needs: {
      total: cell('needs.total', n.total),
      byVoice: map('needs.voice', n.byVoice),
      bySource: map('needs.source', n.bySource),
      byTopic: n.byTopic.map((t) => ({ topicId: t.topicId, name: t.name, needs: cell(`needs.topic.${t.topicId}`, t.needs) })),
      withoutTopic: cell('needs.withoutTopic', n.withoutTopic),
      byAgeBand: map('needs.age', n.byAgeBand),
      withoutAgeBand: cell('needs.withoutAgeBand', n.withoutAgeBand),
      gapsOpened: { ...map('gaps.opened', n.gapsOpened), total: cell('gaps.opened.total', gapsOpenedTotal) },
      gapsClosed: { ...map('gaps.closed', n.gapsClosed), total: cell('gaps.closed.total', gapsClosedTotal) },
      pendingReviewAtYearEnd: cell('needs.pending', n.pendingReviewAtYearEnd),
    },
    offers: f.offers,
    meetings: f.meetings,
    consultations: {
      held: c.held,
      cases: cell('cases.total', c.cases),
      casesByHelpType: map('cases.help', c.casesByHelpType),
      lowThresholdOfferFound: cell('cases.lowThreshold', c.lowThresholdOfferFound),
      roles: c.roles,
      complete: c.complete,
    },
    network: f.network,
  };
}

/**
 * "Bericht zur Sozialraumorientierung {Jahr}" as data: every figure computed now from the data, for all spaces or
 * one. Small counts are hidden on the whole office's report at once, so that the report of one space shows exactly
 * the cells the office's report shows for it, and no format, space or total can give a hidden cell back.
 */
export async function buildAnnualReport(ctx: Ctx, input: { year: number; spaceId?: string | undefined }): Promise<AnnualReport> {
  authorize(ctx.actor, annualReportPolicy.readReport);
  const officeId = officeOf(ctx.actor);
  const spaces = await spacesOfOffice(ctx.tx, officeId);
  const chosen = input.spaceId ? spaces.find((s) => s.id === input.spaceId) : undefined;
  if (input.spaceId && !chosen) throw invalidField('spaceId', 'Diesen Sozialraum gibt es in diesem Jugendamt nicht.');
  const threshold = (await settingsOf(ctx.tx, officeId))?.suppressionThreshold ?? 5;
  const from = `${input.year}-01-01`;
  const to = `${input.year}-12-31`;
  const period = (spaceId: string | null): ReportPeriod => ({ officeId, year: input.year, from, to, spaceId });

  const office = await figuresOf(ctx.tx, period(null));
  const perSpace = [];
  for (const space of spaces) perSpace.push({ space, figures: await figuresOf(ctx.tx, period(space.id)) });

  // Suppression over the whole office: every scope's own sums, and each figure across the spaces.
  const all = [{ scope: 'office', figures: office }, ...perSpace.map((s) => ({ scope: s.space.id, figures: s.figures }))];
  const specs: CellSpec[] = [];
  const groups: SumGroup[] = [];
  const byScope = new Map<string, Map<string, number>>();
  for (const { scope, figures } of all) {
    const own = protectedCells(scope, figures);
    byScope.set(scope, own.cells);
    for (const [id, value] of own.cells) specs.push({ id, value, protected: true });
    groups.push(...own.groups);
  }
  for (const id of byScope.get('office')?.keys() ?? []) {
    const name = id.slice('office:'.length);
    groups.push({ total: id, parts: perSpace.map((s) => `${s.space.id}:${name}`) });
  }
  const { hidden } = suppress(specs, groups, threshold);

  const officeRow = await officeForReading(ctx.tx, ctx.actor, undefined);
  const appendix = new Map<string, AppendixEntry>();
  for (const entry of [...office.appendix, ...perSpace.flatMap((s) => s.figures.appendix)]) if (!appendix.has(entry.table)) appendix.set(entry.table, entry);
  const shown = chosen ? perSpace.filter((s) => s.space.id === chosen.id) : perSpace;
  return {
    title: `Bericht zur Sozialraumorientierung ${input.year}`,
    year: input.year,
    from,
    to,
    generatedAt: new Date().toISOString(),
    officeName: officeRow.name,
    space: chosen ? { id: chosen.id, name: chosen.name, code: chosen.code } : null,
    suppressionThreshold: threshold,
    overview: chosen ? section(chosen.id, shown[0]?.figures ?? office, hidden) : section('office', office, hidden),
    spaces: shown.map((s) => ({ ...section(s.space.id, s.figures, hidden), spaceId: s.space.id, name: s.space.name, code: s.space.code })),
    texts: await readTextBlocks(ctx, { year: input.year, spaceId: chosen?.id }),
    appendix: [
      ...appendix.values(),
      {
        table: 'Kleine Anzahlen',
        counted: `Anzahlen von Bedarfen, Lücken und Fällen der kollegialen Beratung unter ${threshold} erscheinen als „< ${threshold}“; weitere Zellen sind verborgen, wo sich eine verborgene aus einer Summe oder dem Vergleich der Sozialräume zurückrechnen ließe.`,
        filters: 'Gilt für jedes Format dieses Berichts gleich.',
      },
    ],
  };
}

import { z } from 'zod';
import { yearParam } from './fields';

// The yearly report to the youth welfare committee ("Bericht zur Sozialraumorientierung {Jahr}").

export const reportTextKeys = ['summary', 'successes', 'difficulties', 'outlook'] as const;
export type ReportTextKey = (typeof reportTextKeys)[number];
export const reportTextKeyLabels: Record<ReportTextKey, string> = {
  summary: 'Zusammenfassung',
  successes: 'Erfolge',
  difficulties: 'Schwierigkeiten',
  outlook: 'Ausblick',
};

/** A published number, or `{ "suppressed": true }` where a small count could point at a family — never a number. */
export const cell = z.union([z.number(), z.object({ suppressed: z.literal(true) })]).meta({ id: 'ReportCell' });

export const reportScopeQuery = z.strictObject({ spaceId: z.uuid().optional() });
/** The formats the report downloads in; every one shows the same figures. */
export const reportExportFormats = ['html', 'pdf', 'docx', 'json'] as const;
export const reportExportQuery = reportScopeQuery.extend({ format: z.enum(reportExportFormats, { error: 'Format: html, pdf, docx oder json.' }) });
export const reportYearParams = z.strictObject({ year: yearParam });
export const textBlockParams = z.strictObject({ year: yearParam, key: z.enum(reportTextKeys, { error: 'Unbekannter Textbaustein.' }) });

export const textBlock = z
  .object({
    key: z.enum(reportTextKeys),
    title: z.string(),
    version: z.number().int(),
    text: z.string(),
    writtenByName: z.string().nullable(),
    writtenAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ReportTextBlock' });
export type TextBlock = z.infer<typeof textBlock>;

export const writeTextBlockBody = z
  .strictObject({
    text: z.string().trim().max(20_000, { error: 'Höchstens 20.000 Zeichen.' }),
    /** The version the writer started from: a save on top of a newer version is refused (409), nothing is lost. */
    baseVersion: z.number().int().min(0),
  })
  .meta({ id: 'WriteReportTextBlock' });

export const reportSettingsSchema = z
  .object({ suppressionThreshold: z.number().int().min(2, { error: 'Mindestens 2.' }).max(20, { error: 'Höchstens 20.' }) })
  .meta({ id: 'ReportSettings' });

// ---- the report as JSON: every figure; counts of needs and consultation cases may be `{ "suppressed": true }` ----

const money = z.number().int();
const counts = z.record(z.string(), z.number());
const cells = z.record(z.string(), cell);
const projectCounts = z.object({ new: z.number(), started: z.number(), running: z.number(), completed: z.number(), stopped: z.number(), ofYear: z.number() });
const offerCounts = z.object({ added: z.number(), verified: z.number(), active: z.number(), stale: z.number() });

export const reportSection = z
  .object({
    budget: z.object({
      lines: z.array(
        z.object({
          kind: z.string(),
          label: z.string(),
          accountCodes: z.array(z.string()),
          resolutions: z.array(z.object({ reference: z.string().nullable(), date: z.string().nullable() })),
          spaceCount: z.number(),
          plannedCents: money,
          carriedInCents: money,
          committedCents: money,
          bookedCents: money,
          remainingCents: money,
        }),
      ),
      totals: z.object({ plannedCents: money, carriedInCents: money, committedCents: money, bookedCents: money, remainingCents: money }),
      spaceCount: z.number(),
      previousYears: z.array(z.object({ year: z.number(), spaceCount: z.number(), plannedCents: money, bookedCents: money })),
      bookingCount: z.number(),
      reversalCount: z.number(),
      commitmentsMade: z.record(z.string(), z.object({ count: z.number(), amountCents: money })),
    }),
    projects: z.object({
      counts: projectCounts,
      byInitiator: z.record(z.string(), projectCounts),
      stoppedProjects: z.array(z.object({ id: z.uuid(), title: z.string(), initiatedBy: z.string(), stoppedOn: z.string(), reason: z.string() })),
      reached: z.object({ total: z.number(), byAgeBand: counts }),
      stories: z.array(
        z.object({ id: z.uuid(), title: z.string(), spaceIds: z.array(z.uuid()), status: z.string(), initiatedBy: z.string(), successes: z.string(), difficulties: z.string() }),
      ),
      withNeeds: z.number(),
      withoutAffectedVoice: z.number(),
    }),
    needs: z.object({
      total: cell,
      byVoice: cells,
      bySource: cells,
      byTopic: z.array(z.object({ topicId: z.uuid(), name: z.string(), needs: cell })),
      withoutTopic: cell,
      byAgeBand: cells,
      withoutAgeBand: cell,
      gapsOpened: cells,
      gapsClosed: cells,
      pendingReviewAtYearEnd: cell,
    }),
    offers: z.object({
      counts: offerCounts,
      byTopic: z.array(offerCounts.extend({ topicId: z.uuid(), code: z.string().nullable(), name: z.string() })),
      asOf: z.string(),
      staleAfterMonths: z.number(),
    }),
    meetings: z.object({
      held: z.number(),
      cancelled: z.number(),
      organizationsAttending: z.number(),
      people: z.number(),
      agendaItems: z.number(),
      decisionsByKind: counts,
      tasksDone: z.number(),
      tasksOpen: z.number(),
      projectDraftsStarted: z.number(),
    }),
    consultations: z.object({
      held: z.number(),
      cases: cell,
      casesByHelpType: cells,
      lowThresholdOfferFound: cell,
      roles: z.array(z.object({ teamRole: z.string(), present: z.number(), missing: z.number() })),
      complete: z.number(),
    }),
    network: z.object({
      manyShoulders: z
        .object({
          total: z.number(),
          topShare: z.number(),
          gini: z.number(),
          explanation: z.array(z.string()),
          warning: z.string().nullable(),
          byOrganizationType: z.array(z.object({ organizationType: z.string().nullable(), score: z.number(), share: z.number(), people: z.number() })),
        })
        .nullable(),
      spacesWithWarning: z.array(z.object({ spaceId: z.uuid(), name: z.string() })),
      organizations: z.number(),
      ties: z.number(),
      newTies: z.number(),
      density: z.number(),
      isolated: z.number(),
      missingTypes: z.array(z.object({ type: z.string(), message: z.string() })),
    }),
  })
  .meta({ id: 'AnnualReportSection' });
export type ReportSection = z.infer<typeof reportSection>;

export const annualReport = z
  .object({
    title: z.string(),
    year: z.number().int(),
    from: z.string(),
    to: z.string(),
    generatedAt: z.iso.datetime({ offset: true }),
    officeName: z.string(),
    /** The space the report is about, or null for all spaces of the office. */
    space: z.object({ id: z.uuid(), name: z.string(), code: z.string().nullable() }).nullable(),
    suppressionThreshold: z.number().int(),
    overview: reportSection,
    spaces: z.array(reportSection.extend({ spaceId: z.uuid(), name: z.string(), code: z.string().nullable() })),
    texts: z.array(textBlock),
    appendix: z.array(z.object({ table: z.string(), counted: z.string(), filters: z.string() })),
  })
  .meta({ id: 'AnnualReport' });
export type AnnualReport = z.infer<typeof annualReport>;

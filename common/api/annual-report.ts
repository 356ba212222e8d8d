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

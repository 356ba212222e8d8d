import { z } from 'zod';
import { annualReport, textBlock, type reportExportFormats, type ReportTextKey } from '../../../../common/api/annual-report';
import { mySpaces } from '../../../../common/api/needs';
import { socialSpace } from '../../../../common/api/social-spaces';
import { apiFetch, withQuery } from '../../../components/api/api-fetch';

// The yearly report ("Bericht zur Sozialraumorientierung {Jahr}"): the figures as JSON, the text blocks with their
// versions, and the spaces to choose from.

export type ReportKey = { year: number; spaceId: string | null };

export const reportKeys = {
  all: ['annual-report'] as const,
  report: (key: ReportKey) => ['annual-report', 'report', key.year, key.spaceId ?? 'office'] as const,
  texts: (key: ReportKey) => ['annual-report', 'texts', key.year, key.spaceId ?? 'office'] as const,
  versions: (key: ReportKey, textKey: ReportTextKey) => ['annual-report', 'versions', key.year, key.spaceId ?? 'office', textKey] as const,
  spaces: ['annual-report-spaces'] as const,
  mySpaces: ['annual-report-my-spaces'] as const,
};

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
const scope = (key: ReportKey) => ({ spaceId: key.spaceId ?? undefined });
const reportUrl = (year: number) => `/api/annual-report/${encodeURIComponent(String(year))}`;
const textUrl = (year: number, textKey: ReportTextKey) => `${reportUrl(year)}/texts/${encodeURIComponent(textKey)}`;

export const fetchReport = (key: ReportKey, signal?: AbortSignal) => apiFetch(reportUrl(key.year), annualReport, { query: scope(key), ...withSignal(signal) });

/** The address of the report as JSON (a plain link: the browser opens or saves the file). */
export const reportJsonUrl = (key: ReportKey) => withQuery(reportUrl(key.year), scope(key));

/** The address of the report as a file to download: PDF, DOCX, HTML or JSON, all with the same figures. */
export const reportExportUrl = (key: ReportKey, format: (typeof reportExportFormats)[number]) => withQuery(`${reportUrl(key.year)}/export`, { ...scope(key), format });

export const fetchTexts = (key: ReportKey, signal?: AbortSignal) => apiFetch(`${reportUrl(key.year)}/texts`, z.array(textBlock), { query: scope(key), ...withSignal(signal) });

export const fetchVersions = (key: ReportKey, textKey: ReportTextKey, signal?: AbortSignal) =>
  apiFetch(`${textUrl(key.year, textKey)}/versions`, z.array(textBlock), { query: scope(key), ...withSignal(signal) });

export const writeText = (key: ReportKey, textKey: ReportTextKey, body: { text: string; baseVersion: number }) =>
  apiFetch(textUrl(key.year, textKey), textBlock, { method: 'PUT', query: scope(key), body });

export const fetchSpaces = (signal?: AbortSignal) => apiFetch('/api/social-spaces', z.array(socialSpace), withSignal(signal));

/** The spaces whose team the signed-in person is on today (managers: all); team members write those spaces' texts. */
export const fetchMySpaces = (signal?: AbortSignal) => apiFetch('/api/needs/my-spaces', mySpaces, withSignal(signal));

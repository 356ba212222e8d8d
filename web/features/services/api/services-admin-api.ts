import { z } from 'zod';
import { organization } from '../../../../common/api/network';
import { sheetImportResult } from '../../../../common/api/service-spreadsheet';
import {
  serviceDetail,
  serviceSearchResult,
  serviceSettingsSchema,
  staleOverview,
  topic,
  type createServiceBody,
  type createTopicBody,
  type updateServiceBody,
  type updateTopicBody,
} from '../../../../common/api/services';
import { locateResult, socialSpace } from '../../../../common/api/social-spaces';
import { hsdsExportFiles, hsdsImportReport, type HsdsImportReport } from '../../../../common/api/hsds-import';
import { problemSchema } from '../../../../common/api/common';
import { ApiError, isErrorCode, type ApiErrorCode } from '../../../components/api/api-error';
import { apiFetch, apiFetchNoContent, withQuery } from '../../../components/api/api-fetch';

// The staff side of offers: forms, the list of offers not verified for too long, topics, settings, import and
// export. The public pages (search, map, detail) have their own fetchers in services-api.ts.

export type CreateServiceInput = z.input<typeof createServiceBody>;
export type UpdateServiceInput = z.input<typeof updateServiceBody>;
export type CreateTopicInput = z.input<typeof createTopicBody>;
export type UpdateTopicInput = z.input<typeof updateTopicBody>;

/** What the staff list of offers filters by; empty strings mean "all". */
export type StaffServiceFilter = {
  q: string;
  organizationId: string;
  spaceId: string;
  status: string;
  stale: '' | 'true' | 'false';
  page: number;
  perPage: number;
};

export const servicesAdminKeys = {
  all: ['services-admin'] as const,
  detail: (id: string) => ['services-admin', 'detail', id] as const,
  list: (filter: StaffServiceFilter) => ['services-admin', 'list', filter] as const,
  stale: ['services-admin', 'stale'] as const,
  settings: ['services-admin', 'settings'] as const,
  topics: ['services-admin', 'topics'] as const,
  organizations: ['services-admin', 'organizations'] as const,
  spaces: ['services-admin', 'spaces'] as const,
  locate: (point: [number, number]) => ['services-admin', 'spaces', 'locate', point] as const,
};

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
const serviceUrl = (id: string) => `/api/services/${encodeURIComponent(id)}`;

export const fetchServiceForEditing = (id: string, signal?: AbortSignal) => apiFetch(serviceUrl(id), serviceDetail, withSignal(signal));

export const createService = (body: CreateServiceInput) => apiFetch('/api/services', serviceDetail, { method: 'POST', body });

export const updateService = (id: string, body: UpdateServiceInput) => apiFetch(serviceUrl(id), serviceDetail, { method: 'PATCH', body });

export const deleteService = (id: string) => apiFetchNoContent(serviceUrl(id), { method: 'DELETE' });

/** "Als aktuell bestätigen": the server sets "zuletzt geprüft" to today. */
export const verifyService = (id: string) => apiFetch(`${serviceUrl(id)}/verify`, serviceDetail, { method: 'POST' });

/** The search behind the public map, with the staff's filters (every status, not verified for too long). */
export const fetchStaffServices = (filter: StaffServiceFilter, signal?: AbortSignal) =>
  apiFetch('/api/services', serviceSearchResult, {
    query: {
      q: filter.q.trim(),
      organizationId: filter.organizationId,
      spaceId: filter.spaceId,
      status: filter.status || 'all',
      stale: filter.stale,
      sort: filter.q.trim() ? 'relevance' : 'name',
      page: filter.page,
      perPage: filter.perPage,
    },
    ...withSignal(signal),
  });

export const fetchStaleServices = (signal?: AbortSignal) => apiFetch('/api/services/stale', staleOverview, withSignal(signal));

export const fetchServiceSettings = (signal?: AbortSignal) => apiFetch('/api/service-settings', serviceSettingsSchema, withSignal(signal));

export const updateServiceSettings = (body: { staleAfterMonths: number }) =>
  apiFetch('/api/service-settings', serviceSettingsSchema, { method: 'PUT', body });

export const fetchTopicsForEditing = (signal?: AbortSignal) => apiFetch('/api/topics', z.array(topic), withSignal(signal));

export const createTopic = (body: CreateTopicInput) => apiFetch('/api/topics', topic, { method: 'POST', body });

export const updateTopic = (id: string, body: UpdateTopicInput) =>
  apiFetch(`/api/topics/${encodeURIComponent(id)}`, topic, { method: 'PATCH', body });

export const deleteTopic = (id: string) => apiFetchNoContent(`/api/topics/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** The office's organisations, to choose the one an offer belongs to. */
export const fetchOrganizationChoices = (signal?: AbortSignal) =>
  apiFetch('/api/organizations', z.array(organization), withSignal(signal));

/** The office's social spaces: the map under the location picker and the spaces set by hand. */
export const fetchSpaceChoices = (signal?: AbortSignal) => apiFetch('/api/social-spaces', z.array(socialSpace), withSignal(signal));

/** The space a point lies in, as the server will work it out on saving. */
export const locateSpace = (point: [number, number], signal?: AbortSignal) =>
  apiFetch('/api/social-spaces/locate', locateResult, { query: { lon: point[0], lat: point[1] }, ...withSignal(signal) });

// ---- import and export (admins) ----

/** One rejected record (or field): where it is and why. */
export type ImportProblem = { file: string; row: string; field: string; reason: string };
export type ImportCounts = { created: number; changed: number; unchanged: number; rejected: number };
export type ImportOutcome = {
  dryRun: boolean;
  /** Whether anything was written. */
  stored: boolean;
  counts: ImportCounts;
  perKind: { kind: string; counts: ImportCounts }[];
  problems: ImportProblem[];
  /** What was read but kept differently: no reason to refuse the import. */
  notes: ImportProblem[];
  warnings: string[];
};

export type HsdsImportRequest = {
  /** A parsed HSDS object, list or page, or the CSV files of a tabular package by file name. */
  body: unknown;
  /** The name of a single JSON file, shown in the problems instead of the server's placeholder. */
  fileName: string | null;
  dryRun: boolean;
  skipInvalid: boolean;
};
export type SpreadsheetImportRequest = { format: 'csv' | 'xlsx'; body: { content: string } | { contentBase64: string }; dryRun: boolean; skipInvalid: boolean };

const rowText = (row: number | string | null) => (row === null || row === '' ? '' : String(row));

function hsdsOutcome(report: HsdsImportReport, fileName: string | null): ImportOutcome {
  const file = (name: string) => (fileName && name === 'upload.json' ? fileName : name);
  const problem = (p: HsdsImportReport['problems'][number]): ImportProblem => ({ file: file(p.file), row: rowText(p.row), field: p.field ?? '', reason: p.message });
  const action = (a: 'create' | 'change' | 'unchanged') => report.records.filter((r) => r.action === a).length;
  return {
    dryRun: report.dryRun,
    stored: report.stored,
    // The records of their own tables (organisations, offers, locations, …), not their phones and schedules.
    counts: { created: action('create'), changed: action('change'), unchanged: action('unchanged'), rejected: report.problems.filter((p) => p.scope === 'record').length },
    perKind: Object.entries(report.counts).map(([kind, counts]) => ({ kind, counts })),
    problems: report.problems.map(problem),
    notes: report.notes.map(problem),
    warnings: [],
  };
}

/**
 * The HSDS import answers an all-or-nothing import with problems with 422 and the same report as a dry run, not
 * with a problem document; so this call reads the answer itself.
 */
export async function importHsds({ body, fileName, dryRun, skipInvalid }: HsdsImportRequest): Promise<ImportOutcome> {
  let response: Response;
  try {
    response = await fetch(withQuery('/api/admin/hsds/import', { dryRun, skipInvalid }), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json, application/problem+json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', title: 'Keine Verbindung', detail: 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.' });
  }
  const json: unknown = await response.json().catch(() => undefined);
  const report = hsdsImportReport.safeParse(json);
  if ((response.ok || response.status === 422) && report.success) return hsdsOutcome(report.data, fileName);
  const problem = problemSchema.safeParse(json);
  if (problem.success && isErrorCode(problem.data.code)) {
    const p = problem.data;
    throw new ApiError({ status: response.status, code: p.code as ApiErrorCode, title: p.title, detail: p.detail, fieldErrors: p.errors, requestId: p.requestId });
  }
  throw new ApiError({ status: response.status, code: 'UNEXPECTED_RESPONSE', title: 'Unerwartete Antwort', detail: `Der Server hat unerwartet geantwortet (Status ${response.status}).` });
}

export const importSpreadsheet = async ({ format, body, dryRun, skipInvalid }: SpreadsheetImportRequest) => {
  const result = await apiFetch('/api/admin/services/import', sheetImportResult, { method: 'POST', body, query: { format, dryRun, skipInvalid } });
  const outcome: ImportOutcome = {
    dryRun: result.dryRun,
    stored: result.stored,
    counts: { created: result.created, changed: result.changed, unchanged: result.unchanged, rejected: result.invalid },
    perKind: [],
    problems: result.errors.map((e) => ({ file: '', row: rowText(e.row), field: e.column ?? '', reason: e.message })),
    notes: [],
    warnings: result.warnings,
  };
  return outcome;
};

/** The HSDS export as files (name → content): JSON documents, or the tabular package's datapackage.json and CSVs. */
export async function fetchHsdsExport(format: 'json' | 'tabular'): Promise<{ name: string; type: string; text: string }[]> {
  const { files } = await apiFetch('/api/admin/hsds/export', hsdsExportFiles, { query: { format } });
  return Object.entries(files).map(([name, content]) => ({
    name,
    type: name.endsWith('.csv') ? 'text/csv;charset=utf-8' : 'application/json',
    text: typeof content === 'string' ? content : JSON.stringify(content, null, 2),
  }));
}

/** Downloads: plain links, the browser saves the file (the session cookie goes with them). */
export const exportLinks = {
  spreadsheetCsv: '/api/admin/services/export.csv',
  spreadsheetXlsx: '/api/admin/services/export.xlsx',
  templateCsv: '/api/admin/services/template.csv',
  templateXlsx: '/api/admin/services/template.xlsx',
} as const;

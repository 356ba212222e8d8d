import { z } from 'zod';
import {
  committee,
  committeeMeeting,
  paper,
  paperContent,
  paperSummary,
  type paperExportFormats,
  type reportExportFormats,
  type updateCommittee as updateCommitteeSchema,
  type updateCommitteeMeeting as updateCommitteeMeetingSchema,
  type updatePaper,
  type writeCommittee,
  type writeCommitteeMeeting,
  type writePaper,
} from '../../../../common/api/committee-papers';
import { socialSpace } from '../../../../common/api/social-spaces';
import { apiFetch, apiFetchNoContent, withQuery } from '../../../components/api/api-fetch';

// Committees and administration units, their meetings, and the committee papers (Vorlagen) with their computed
// content and downloads; plus the spaces the paper form chooses from.

export type CommitteeBody = z.input<typeof writeCommittee>;
export type CommitteeMeetingBody = z.input<typeof writeCommitteeMeeting>;
export type CommitteeChanges = z.input<typeof updateCommitteeSchema>;
export type CommitteeMeetingChanges = z.input<typeof updateCommitteeMeetingSchema>;
export type PaperBody = z.input<typeof writePaper>;
export type PaperChanges = z.input<typeof updatePaper>;
export type PaperExportFormat = (typeof paperExportFormats)[number];
export type ReportExportFormat = (typeof reportExportFormats)[number];

export const paperKeys = {
  all: ['committee-papers'] as const,
  committees: ['committee-papers', 'committees'] as const,
  meetings: (committeeId: string | null) => ['committee-papers', 'meetings', committeeId ?? 'all'] as const,
  papers: ['committee-papers', 'papers'] as const,
  paper: (id: string) => ['committee-papers', 'paper', id] as const,
  content: (id: string) => ['committee-papers', 'content', id] as const,
  spaces: ['committee-papers-spaces'] as const,
};

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
const committeeUrl = (id: string) => `/api/committees/${encodeURIComponent(id)}`;
const meetingUrl = (id: string) => `/api/committee-meetings/${encodeURIComponent(id)}`;
const paperUrl = (id: string) => `/api/papers/${encodeURIComponent(id)}`;

export const fetchCommittees = (signal?: AbortSignal) => apiFetch('/api/committees', z.array(committee), withSignal(signal));
export const createCommittee = (body: CommitteeBody) => apiFetch('/api/committees', committee, { method: 'POST', body });
export const updateCommittee = (id: string, body: CommitteeChanges) => apiFetch(committeeUrl(id), committee, { method: 'PATCH', body });

export const fetchCommitteeMeetings = (committeeId: string | null, signal?: AbortSignal) =>
  apiFetch('/api/committee-meetings', z.array(committeeMeeting), { query: { committeeId }, ...withSignal(signal) });
export const createCommitteeMeeting = (body: CommitteeMeetingBody) => apiFetch('/api/committee-meetings', committeeMeeting, { method: 'POST', body });
export const updateCommitteeMeeting = (id: string, body: CommitteeMeetingChanges) => apiFetch(meetingUrl(id), committeeMeeting, { method: 'PATCH', body });

export const fetchPapers = (signal?: AbortSignal) => apiFetch('/api/papers', z.array(paperSummary), withSignal(signal));
export const fetchPaper = (id: string, signal?: AbortSignal) => apiFetch(paperUrl(id), paper, withSignal(signal));
export const fetchPaperContent = (id: string, signal?: AbortSignal) => apiFetch(`${paperUrl(id)}/content`, paperContent, withSignal(signal));
export const createPaper = (body: PaperBody) => apiFetch('/api/papers', paper, { method: 'POST', body });
export const updatePaperRequest = (id: string, body: PaperChanges) => apiFetch(paperUrl(id), paper, { method: 'PATCH', body });
export const publishPaper = (id: string) => apiFetch(`${paperUrl(id)}/publish`, paper, { method: 'POST' });
export const deletePaper = (id: string) => apiFetchNoContent(paperUrl(id), { method: 'DELETE' });

export const fetchSpaces = (signal?: AbortSignal) => apiFetch('/api/social-spaces', z.array(socialSpace), withSignal(signal));

/** The paper as a file (plain links: the browser saves what the server sends). */
export const paperExportUrl = (id: string, format: PaperExportFormat) => withQuery(`${paperUrl(id)}/export`, { format });

/** The full report, the paper's Anlage, as a file. */
export const reportExportUrl = (year: number, spaceId: string | null, format: ReportExportFormat) =>
  withQuery(`/api/annual-report/${encodeURIComponent(String(year))}/export`, { format, spaceId });

/** The published paper in the public OParl interface. */
export const oparlPaperUrl = (id: string) => `/oparl/paper/${encodeURIComponent(id)}`;

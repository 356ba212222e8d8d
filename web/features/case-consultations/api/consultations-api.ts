import { z } from 'zod';
import { caseConsultation, consultationSettings, consultationsSummary, type ConsultationBody } from '../../../../common/api/case-consultations';
import { mySpaces } from '../../../../common/api/needs';
import { teamMembership } from '../../../../common/api/network';
import { socialSpace } from '../../../../common/api/social-spaces';
import { apiFetch, apiFetchNoContent } from '../../../components/api/api-fetch';

// Collegial case consultations (Kollegiale Beratung): the list and one consultation for staff, the summary (counts
// only) for everyone signed in, the required roles setting.

export type ConsultationsQuery = { spaceId?: string | undefined; from?: string | undefined; to?: string | undefined; missingRole?: string | undefined };

export const consultationKeys = {
  all: ['consultations'] as const,
  list: (query: ConsultationsQuery) => ['consultations', 'list', query] as const,
  detail: (id: string) => ['consultations', 'detail', id] as const,
  summary: (query: ConsultationsQuery) => ['consultations', 'summary', query] as const,
  settings: ['consultation-settings'] as const,
  spaces: ['consultation-spaces'] as const,
  team: (spaceId: string) => ['consultation-team', spaceId] as const,
  mySpaces: ['consultation-my-spaces'] as const,
};

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
const consultationUrl = (id: string) => `/api/case-consultations/${encodeURIComponent(id)}`;

export const fetchConsultations = (query: ConsultationsQuery, signal?: AbortSignal) =>
  apiFetch('/api/case-consultations', z.array(caseConsultation), { query, ...withSignal(signal) });
export const fetchConsultation = (id: string, signal?: AbortSignal) => apiFetch(consultationUrl(id), caseConsultation, withSignal(signal));
export const createConsultation = (body: ConsultationBody) => apiFetch('/api/case-consultations', caseConsultation, { method: 'POST', body });
export const updateConsultation = (id: string, body: ConsultationBody) => apiFetch(consultationUrl(id), caseConsultation, { method: 'PUT', body });
export const deleteConsultation = (id: string) => apiFetchNoContent(consultationUrl(id), { method: 'DELETE' });
export const fetchSummary = (query: ConsultationsQuery, signal?: AbortSignal) =>
  apiFetch('/api/case-consultations/summary', consultationsSummary, { query: { spaceId: query.spaceId, from: query.from, to: query.to }, ...withSignal(signal) });
export const fetchSettings = (signal?: AbortSignal) => apiFetch('/api/case-consultation-settings', consultationSettings, withSignal(signal));
export const updateSettings = (requiredRoles: string[]) => apiFetch('/api/case-consultation-settings', consultationSettings, { method: 'PUT', body: { requiredRoles } });

export const fetchSpaces = (signal?: AbortSignal) => apiFetch('/api/social-spaces', z.array(socialSpace), withSignal(signal));
export const fetchTeam = (spaceId: string, signal?: AbortSignal) =>
  apiFetch(`/api/social-spaces/${encodeURIComponent(spaceId)}/team`, z.array(teamMembership), withSignal(signal));
/** The spaces where the user works (managers: all): the same answer the needs capture uses. */
export const fetchMySpaces = (signal?: AbortSignal) => apiFetch('/api/needs/my-spaces', mySpaces, withSignal(signal));

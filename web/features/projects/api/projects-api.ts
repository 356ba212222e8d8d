import { z } from 'zod';
import { booking, budgetOfYear, commitment, type CreateCommitmentBody } from '../../../../common/api/budget';
import { needPage } from '../../../../common/api/needs';
import { organization, teamMembership } from '../../../../common/api/network';
import {
  attachment,
  projectDetail,
  projectSummary,
  type CreateProjectBody,
  type ProjectsQuery,
  type ProjectStatusBody,
  type UpdateProjectBody,
  type YearNoteBody,
} from '../../../../common/api/projects';
import { topic } from '../../../../common/api/services';
import { socialSpace } from '../../../../common/api/social-spaces';
import { problemSchema } from '../../../../common/api/common';
import { ApiError, isErrorCode } from '../../../components/api/api-error';
import { apiFetch, apiFetchNoContent, withQuery } from '../../../components/api/api-fetch';

// Projects and measures (Projekte und Maßnahmen): the list, one project, its writes and attachments, and the money
// the budget holds for it (commitments and bookings, read from the budget's endpoints).

export const projectKeys = {
  all: ['projects'] as const,
  list: (query: ProjectsQuery) => ['projects', 'list', query] as const,
  detail: (id: string) => ['projects', 'detail', id] as const,
  commitments: (id: string) => ['projects', 'commitments', id] as const,
  bookings: (id: string) => ['projects', 'bookings', id] as const,
  budget: (spaceId: string, year: number) => ['projects', 'budget', spaceId, year] as const,
  // Outside 'projects': a write refetches the projects, not these lists.
  spaces: ['project-spaces'] as const,
  topics: ['project-topics'] as const,
  organizations: ['project-organizations'] as const,
  team: (spaceId: string) => ['project-team', spaceId] as const,
  needs: (spaceId: string) => ['project-needs', spaceId] as const,
};

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
const projectUrl = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const fetchProjects = (query: ProjectsQuery, signal?: AbortSignal) =>
  apiFetch('/api/projects', z.array(projectSummary), { query: query as Record<string, string | number | undefined>, ...withSignal(signal) });
export const fetchProject = (id: string, signal?: AbortSignal) => apiFetch(projectUrl(id), projectDetail, withSignal(signal));
export const createProject = (body: CreateProjectBody) => apiFetch('/api/projects', projectDetail, { method: 'POST', body });
export const updateProject = (id: string, body: UpdateProjectBody) => apiFetch(projectUrl(id), projectDetail, { method: 'PATCH', body });
export const changeProjectStatus = (id: string, body: ProjectStatusBody) => apiFetch(`${projectUrl(id)}/status`, projectDetail, { method: 'POST', body });
export const writeYearNote = (id: string, year: number, body: YearNoteBody) =>
  apiFetch(`${projectUrl(id)}/years/${year}`, projectDetail, { method: 'PUT', body });
export const deleteProject = (id: string) => apiFetchNoContent(projectUrl(id), { method: 'DELETE' });

/** The address of an attachment (a plain link: the server sends it as a download). */
export const attachmentUrl = (projectId: string, attachmentId: string) => `${projectUrl(projectId)}/attachments/${encodeURIComponent(attachmentId)}`;
export const deleteAttachment = (projectId: string, attachmentId: string) => apiFetchNoContent(attachmentUrl(projectId, attachmentId), { method: 'DELETE' });

/** Uploads a file as the raw request body (not JSON): the server checks its type by its first bytes. */
export async function uploadAttachment(projectId: string, file: File) {
  let response: Response;
  try {
    response = await fetch(withQuery(`${projectUrl(projectId)}/attachments`, { name: file.name }), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json, application/problem+json', 'content-type': file.type || 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      title: 'Keine Verbindung',
      detail: 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.',
    });
  }
  if (!response.ok) throw await problemOf(response);
  const parsed = attachment.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw unexpected(response.status);
  return parsed.data;
}

const unexpected = (status: number) =>
  new ApiError({
    status,
    code: 'UNEXPECTED_RESPONSE',
    title: 'Unerwartete Antwort',
    detail: `Der Server hat unerwartet geantwortet (Status ${status}). Bitte versuchen Sie es später erneut.`,
  });

/** The server's problem document as an ApiError (413 from the body limit comes without one). */
async function problemOf(response: Response): Promise<ApiError> {
  const parsed = problemSchema.safeParse(await response.json().catch(() => undefined));
  if (parsed.success && isErrorCode(parsed.data.code)) {
    const p = parsed.data;
    return new ApiError({ status: response.status, code: parsed.data.code, title: p.title, detail: p.detail, fieldErrors: p.errors, requestId: p.requestId });
  }
  if (response.status === 413) {
    return new ApiError({
      status: 413,
      code: 'INVALID_INPUT',
      title: 'Datei zu groß',
      detail: 'Die Datei ist zu groß: höchstens 10 MB.',
      fieldErrors: [{ field: 'file', message: 'Die Datei ist zu groß: höchstens 10 MB.' }],
    });
  }
  return unexpected(response.status);
}

// ---- money: the budget's commitments and bookings for a project (read only here, except a new commitment) ----

export const fetchCommitments = (projectId: string, signal?: AbortSignal) =>
  apiFetch('/api/budget/commitments', z.array(commitment), { query: { projectId }, ...withSignal(signal) });
export const fetchBookings = (projectId: string, signal?: AbortSignal) =>
  apiFetch('/api/budget/bookings', z.array(booking), { query: { projectId }, ...withSignal(signal) });
export const fetchBudget = (spaceId: string, year: number, signal?: AbortSignal) =>
  apiFetch('/api/budget', budgetOfYear, { query: { spaceId, year }, ...withSignal(signal) });
export const createCommitment = (lineId: string, body: CreateCommitmentBody) =>
  apiFetch(`/api/budget/lines/${encodeURIComponent(lineId)}/commitments`, commitment, { method: 'POST', body });

// ---- what the form chooses from ----

export const fetchSpaces = (signal?: AbortSignal) => apiFetch('/api/social-spaces', z.array(socialSpace), withSignal(signal));
export const fetchTopics = (signal?: AbortSignal) => apiFetch('/api/topics', z.array(topic), withSignal(signal));
export const fetchOrganizations = (signal?: AbortSignal) => apiFetch('/api/organizations', z.array(organization), withSignal(signal));
export const fetchTeam = (spaceId: string, signal?: AbortSignal) =>
  apiFetch(`/api/social-spaces/${encodeURIComponent(spaceId)}/team`, z.array(teamMembership), withSignal(signal));
/** The accepted needs of a space (the 200 newest: a project answers recent needs). */
export const fetchSpaceNeeds = (spaceId: string, signal?: AbortSignal) =>
  apiFetch('/api/needs', needPage, { query: { spaceId, limit: 200 }, ...withSignal(signal) });

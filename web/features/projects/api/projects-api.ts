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
import { apiFetch, apiFetchNoContent } from '../../../components/api/api-fetch';

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
export const uploadAttachment = (projectId: string, file: File) =>
  apiFetch(`${projectUrl(projectId)}/attachments`, attachment, { method: 'POST', query: { name: file.name }, file });


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

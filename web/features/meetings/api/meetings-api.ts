import { z } from 'zod';
import {
  meetingTask,
  calendarFeed,
  createdCalendarFeed,
  invitation,
  meetingDetail,
  meetingSummary,
  organizerSuggestion,
  type AgendaItemBody,
  type CreateMeetingBody,
  type DecisionBody,
  type UpdateMeetingBody,
} from '../../../../common/api/meetings';
import { needPage } from '../../../../common/api/needs';
import { organization, teamMembership } from '../../../../common/api/network';
import { projectSummary } from '../../../../common/api/projects';
import { serviceSearchResult } from '../../../../common/api/services';
import { socialSpace } from '../../../../common/api/social-spaces';
import type { MeetingState } from '../../../../common/meeting-terms';
import { apiFetch, apiFetchNoContent } from '../../../components/api/api-fetch';

// Network meetings (Netzwerktreffen): the list, one meeting with agenda, attendance and decisions, the invitation,
// the organiser rotation, and calendar feeds; plus what the forms choose from.

export type MeetingsQuery = { spaceId?: string | undefined; state?: MeetingState[] | undefined; from?: string | undefined; to?: string | undefined };

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (query: MeetingsQuery) => ['meetings', 'list', query] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
  invitation: (id: string) => ['meetings', 'invitation', id] as const,
  tasks: ['meetings', 'tasks'] as const,
  suggestion: (spaceId: string, on: string) => ['meeting-organizers', spaceId, on] as const,
  feeds: ['calendar-feeds'] as const,
  spaces: ['meeting-spaces'] as const,
  organizations: ['meeting-organizations'] as const,
  team: (spaceId: string) => ['meeting-team', spaceId] as const,
  search: (kind: string, spaceIds: readonly string[], q: string) => ['meeting-link-search', kind, spaceIds, q] as const,
  linked: (kind: string, id: string) => ['meeting-linked', kind, id] as const,
};

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
const meetingUrl = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;

export const fetchMeetings = (query: MeetingsQuery, signal?: AbortSignal) =>
  apiFetch('/api/meetings', z.array(meetingSummary), {
    query: { spaceId: query.spaceId, state: query.state?.join(','), from: query.from, to: query.to },
    ...withSignal(signal),
  });
export const fetchMeeting = (id: string, signal?: AbortSignal) => apiFetch(meetingUrl(id), meetingDetail, withSignal(signal));
export const createMeeting = (body: CreateMeetingBody) => apiFetch('/api/meetings', meetingDetail, { method: 'POST', body });
export const updateMeeting = (id: string, body: UpdateMeetingBody) => apiFetch(meetingUrl(id), meetingDetail, { method: 'PATCH', body });
export const changeMeetingState = (id: string, body: { state: MeetingState; reason?: string }) =>
  apiFetch(`${meetingUrl(id)}/state`, meetingDetail, { method: 'POST', body });
export const deleteMeeting = (id: string) => apiFetchNoContent(meetingUrl(id), { method: 'DELETE' });

export const addAgendaItem = (id: string, body: AgendaItemBody) => apiFetch(`${meetingUrl(id)}/agenda`, meetingDetail, { method: 'POST', body });
export const replaceAgendaItem = (id: string, itemId: string, body: AgendaItemBody) =>
  apiFetch(`${meetingUrl(id)}/agenda/${encodeURIComponent(itemId)}`, meetingDetail, { method: 'PUT', body });
export const removeAgendaItem = (id: string, itemId: string) => apiFetchNoContent(`${meetingUrl(id)}/agenda/${encodeURIComponent(itemId)}`, { method: 'DELETE' });

export const addDecision = (id: string, body: DecisionBody) => apiFetch(`${meetingUrl(id)}/decisions`, meetingDetail, { method: 'POST', body });
export const markDecisionDone = (id: string, decisionId: string, doneOn: string | null) =>
  apiFetch(`${meetingUrl(id)}/decisions/${encodeURIComponent(decisionId)}/done`, meetingDetail, { method: 'POST', body: { doneOn } });

export type { MeetingTask } from '../../../../common/api/meetings';
export const fetchMyTasks = (signal?: AbortSignal) => apiFetch('/api/meeting-tasks', z.array(meetingTask), { query: { mine: 'true' }, ...withSignal(signal) });

export const fetchInvitation = (id: string, signal?: AbortSignal) => apiFetch(`${meetingUrl(id)}/invitation`, invitation, withSignal(signal));
export const sendInvitation = (id: string) => apiFetch(`${meetingUrl(id)}/invitation/send`, invitation, { method: 'POST' });

export const fetchOrganizerSuggestion = (spaceId: string, on: string, signal?: AbortSignal) =>
  apiFetch('/api/meetings/organizer-suggestion', z.array(organizerSuggestion), { query: { spaceId, on }, ...withSignal(signal) });

export const fetchCalendarFeeds = (signal?: AbortSignal) => apiFetch('/api/calendar-feeds', z.array(calendarFeed), withSignal(signal));
export const createCalendarFeed = (body: { scope: 'space' | 'user'; spaceId?: string }) =>
  apiFetch('/api/calendar-feeds', createdCalendarFeed, { method: 'POST', body });
export const revokeCalendarFeed = (id: string) => apiFetchNoContent(`/api/calendar-feeds/${encodeURIComponent(id)}`, { method: 'DELETE' });

// ---- what the forms choose from ----

export const fetchSpaces = (signal?: AbortSignal) => apiFetch('/api/social-spaces', z.array(socialSpace), withSignal(signal));
export const fetchOrganizations = (signal?: AbortSignal) => apiFetch('/api/organizations', z.array(organization), withSignal(signal));
export const fetchTeam = (spaceId: string, signal?: AbortSignal) =>
  apiFetch(`/api/social-spaces/${encodeURIComponent(spaceId)}/team`, z.array(teamMembership), withSignal(signal));

/** A thing an agenda item can link: a need, an offer or a project. */
export type LinkKind = 'need' | 'service' | 'project';
export type LinkOption = { id: string; label: string };

/** Searches the needs, offers or projects of the meeting's spaces by words. */
export async function searchLinks(kind: LinkKind, spaceIds: readonly string[], q: string, signal?: AbortSignal): Promise<LinkOption[]> {
  if (kind === 'service') {
    const result = await apiFetch('/api/services', serviceSearchResult, { query: { q, spaceId: spaceIds.join(','), perPage: 20 }, ...withSignal(signal) });
    return result.items.map((s) => ({ id: s.id, label: `${s.name} (${s.organizationName})` }));
  }
  const lists = await Promise.all(
    spaceIds.map(async (spaceId) =>
      kind === 'need'
        ? (await apiFetch('/api/needs', needPage, { query: { spaceId, q, limit: 20 }, ...withSignal(signal) })).items.map((n) => ({ id: n.id, label: n.text }))
        : (await apiFetch('/api/projects', z.array(projectSummary), { query: { spaceId, q }, ...withSignal(signal) })).map((p) => ({ id: p.id, label: p.title })),
    ),
  );
  const seen = new Set<string>();
  return lists.flat().filter((o) => !seen.has(o.id) && seen.add(o.id));
}

const named = z.object({ id: z.uuid() }).loose();
/** The name of one linked need, offer or project, to show it in the agenda. */
export async function fetchLinkedName(kind: LinkKind, id: string, signal?: AbortSignal): Promise<string> {
  const url = kind === 'need' ? `/api/needs/${encodeURIComponent(id)}` : kind === 'service' ? `/api/services/${encodeURIComponent(id)}` : `/api/projects/${encodeURIComponent(id)}`;
  const row = await apiFetch(url, named, withSignal(signal));
  const text = row.text ?? row.name ?? row.title;
  return typeof text === 'string' ? text : id;
}

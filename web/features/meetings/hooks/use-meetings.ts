import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgendaItemBody, CreateMeetingBody, DecisionBody, MeetingDetail, UpdateMeetingBody } from '../../../../common/api/meetings';
import type { MeetingState } from '../../../../common/meeting-terms';
import {
  addAgendaItem,
  addDecision,
  changeMeetingState,
  createCalendarFeed,
  createMeeting,
  deleteMeeting,
  fetchCalendarFeeds,
  fetchInvitation,
  fetchLinkedName,
  fetchMeeting,
  fetchMeetings,
  fetchMyTasks,
  fetchOrganizations,
  fetchOrganizerSuggestion,
  fetchSpaces,
  fetchTeam,
  markDecisionDone,
  meetingKeys,
  removeAgendaItem,
  replaceAgendaItem,
  revokeCalendarFeed,
  searchLinks,
  sendInvitation,
  updateMeeting,
  type LinkKind,
  type MeetingsQuery,
} from '../api/meetings-api';

const fiveMinutes = 5 * 60_000;

export const useMeetings = (query: MeetingsQuery, options: { enabled?: boolean } = {}) =>
  useQuery({ queryKey: meetingKeys.list(query), queryFn: ({ signal }) => fetchMeetings(query, signal), placeholderData: keepPreviousData, enabled: options.enabled ?? true });
export const useMeeting = (id: string) => useQuery({ queryKey: meetingKeys.detail(id), queryFn: ({ signal }) => fetchMeeting(id, signal) });
export const useInvitation = (id: string) => useQuery({ queryKey: meetingKeys.invitation(id), queryFn: ({ signal }) => fetchInvitation(id, signal) });
export const useMyTasks = () => useQuery({ queryKey: meetingKeys.tasks, queryFn: ({ signal }) => fetchMyTasks(signal), retry: false });

export const useMeetingSpaces = () => useQuery({ queryKey: meetingKeys.spaces, queryFn: ({ signal }) => fetchSpaces(signal), staleTime: fiveMinutes });
export const useMeetingOrganizations = () =>
  useQuery({ queryKey: meetingKeys.organizations, queryFn: ({ signal }) => fetchOrganizations(signal), staleTime: fiveMinutes });

/** The teams of these spaces; a space whose team the user may not see has an error entry. */
export function useMeetingTeams(spaceIds: readonly string[]) {
  return useQueries({
    queries: spaceIds.map((spaceId) => ({
      queryKey: meetingKeys.team(spaceId),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchTeam(spaceId, signal),
      staleTime: fiveMinutes,
      retry: false,
    })),
  });
}

/** Who should organise next, per chosen space (rotation: least recently and least often first). */
export function useOrganizerSuggestions(spaceIds: readonly string[], on: string) {
  return useQueries({
    queries: spaceIds.map((spaceId) => ({
      queryKey: meetingKeys.suggestion(spaceId, on),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchOrganizerSuggestion(spaceId, on, signal),
      retry: false,
    })),
  });
}

export const useLinkSearch = (kind: LinkKind, spaceIds: readonly string[], q: string) =>
  useQuery({
    queryKey: meetingKeys.search(kind, spaceIds, q),
    queryFn: ({ signal }) => searchLinks(kind, spaceIds, q, signal),
    enabled: q.trim().length >= 2 && spaceIds.length > 0,
    retry: false,
  });

export const useLinkedName = (kind: LinkKind, id: string) =>
  useQuery({ queryKey: meetingKeys.linked(kind, id), queryFn: ({ signal }) => fetchLinkedName(kind, id, signal), enabled: id !== '', staleTime: fiveMinutes, retry: false });

/** After a change the meeting's detail is the server's answer; lists, invitation and tasks are fetched again. */
function useMeetingMutation<V>(mutationFn: (variables: V) => Promise<MeetingDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
      void queryClient.invalidateQueries({ queryKey: [...meetingKeys.all, 'list'] });
      void queryClient.invalidateQueries({ queryKey: meetingKeys.invitation(meeting.id) });
      void queryClient.invalidateQueries({ queryKey: meetingKeys.tasks });
      void queryClient.invalidateQueries({ queryKey: ['meeting-organizers'] });
    },
  });
}

export const useCreateMeeting = () => useMeetingMutation((body: CreateMeetingBody) => createMeeting(body));
export const useUpdateMeeting = (id: string) => useMeetingMutation((body: UpdateMeetingBody) => updateMeeting(id, body));
export const useChangeMeetingState = (id: string) => useMeetingMutation((body: { state: MeetingState; reason?: string }) => changeMeetingState(id, body));
export const useAddAgendaItem = (id: string) => useMeetingMutation((body: AgendaItemBody) => addAgendaItem(id, body));
export const useReplaceAgendaItem = (id: string) => useMeetingMutation(({ itemId, body }: { itemId: string; body: AgendaItemBody }) => replaceAgendaItem(id, itemId, body));
export const useAddDecision = (id: string) => useMeetingMutation((body: DecisionBody) => addDecision(id, body));
export const useMarkDecisionDone = (id: string) =>
  useMeetingMutation(({ decisionId, doneOn }: { decisionId: string; doneOn: string | null }) => markDecisionDone(id, decisionId, doneOn));

export function useRemoveAgendaItem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) => removeAgendaItem(id, itemId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.detail(id) }),
  });
}

export function useSendInvitation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendInvitation(id),
    onSuccess: (answer) => {
      queryClient.setQueryData(meetingKeys.invitation(id), answer);
      void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(id) });
    },
  });
}

export const useCalendarFeeds = () => useQuery({ queryKey: meetingKeys.feeds, queryFn: ({ signal }) => fetchCalendarFeeds(signal) });
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCalendarFeed, onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.feeds }) });
}
export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeCalendarFeed, onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.feeds }) });
}

/** Deletes a planned meeting; the page moves on first, then the cached detail is dropped. */
export function useDeleteMeeting(id: string, onDeleted: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteMeeting(id),
    onSuccess: () => {
      onDeleted();
      window.setTimeout(() => {
        queryClient.removeQueries({ queryKey: meetingKeys.detail(id) });
        void queryClient.invalidateQueries({ queryKey: [...meetingKeys.all, 'list'] });
      }, 0);
    },
  });
}

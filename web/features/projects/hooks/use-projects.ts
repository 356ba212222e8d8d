import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateCommitmentBody } from '../../../../common/api/budget';
import type { CreateProjectBody, ProjectDetail, ProjectsQuery, ProjectStatusBody, UpdateProjectBody, YearNoteBody } from '../../../../common/api/projects';
import {
  changeProjectStatus,
  createCommitment,
  createProject,
  deleteAttachment,
  deleteProject,
  fetchBookings,
  fetchBudget,
  fetchCommitments,
  fetchOrganizations,
  fetchProject,
  fetchProjects,
  fetchSpaceNeeds,
  fetchSpaces,
  fetchTeam,
  fetchTopics,
  projectKeys,
  updateProject,
  uploadAttachment,
  writeYearNote,
} from '../api/projects-api';

const fiveMinutes = 5 * 60_000;

export function useProjects(query: ProjectsQuery) {
  return useQuery({ queryKey: projectKeys.list(query), queryFn: ({ signal }) => fetchProjects(query, signal), placeholderData: keepPreviousData });
}

export function useProject(id: string) {
  return useQuery({ queryKey: projectKeys.detail(id), queryFn: ({ signal }) => fetchProject(id, signal) });
}

export const useProjectSpaces = () => useQuery({ queryKey: projectKeys.spaces, queryFn: ({ signal }) => fetchSpaces(signal), staleTime: fiveMinutes });
export const useProjectTopics = () => useQuery({ queryKey: projectKeys.topics, queryFn: ({ signal }) => fetchTopics(signal), staleTime: fiveMinutes });
export const useOrganizations = () =>
  useQuery({ queryKey: projectKeys.organizations, queryFn: ({ signal }) => fetchOrganizations(signal), staleTime: fiveMinutes });

/** The teams of the chosen spaces; a space whose team the user may not see simply has no entry. */
export function useTeams(spaceIds: readonly string[]) {
  return useQueries({
    queries: spaceIds.map((spaceId) => ({ queryKey: projectKeys.team(spaceId), queryFn: ({ signal }: { signal: AbortSignal }) => fetchTeam(spaceId, signal), staleTime: fiveMinutes })),
  });
}

/** The needs of the chosen spaces, to link. */
export function useSpaceNeeds(spaceIds: readonly string[]) {
  return useQueries({
    queries: spaceIds.map((spaceId) => ({ queryKey: projectKeys.needs(spaceId), queryFn: ({ signal }: { signal: AbortSignal }) => fetchSpaceNeeds(spaceId, signal) })),
  });
}

// The budget's endpoints: a failure (not there yet, or not allowed) shows as "noch keine", never breaks the page.
export const useProjectCommitments = (projectId: string, enabled: boolean) =>
  useQuery({ queryKey: projectKeys.commitments(projectId), queryFn: ({ signal }) => fetchCommitments(projectId, signal), enabled, retry: false });
export const useProjectBookings = (projectId: string, enabled: boolean) =>
  useQuery({ queryKey: projectKeys.bookings(projectId), queryFn: ({ signal }) => fetchBookings(projectId, signal), enabled, retry: false });
export function useBudgetOfYear(spaceId: string, year: number) {
  return useQuery({ queryKey: projectKeys.budget(spaceId, year), queryFn: ({ signal }) => fetchBudget(spaceId, year, signal), enabled: spaceId !== '', retry: false });
}

/** After a change the project's detail is the server's answer; the lists are fetched again. */
function useProjectMutation<V>(mutationFn: (variables: V) => Promise<ProjectDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.detail(project.id), project);
      void queryClient.invalidateQueries({ queryKey: [...projectKeys.all, 'list'] });
      // Linked needs change their status with the project.
      void queryClient.invalidateQueries({ queryKey: ['needs'] });
      void queryClient.invalidateQueries({ queryKey: ['project-needs'] });
    },
  });
}

export const useCreateProject = () => useProjectMutation((body: CreateProjectBody) => createProject(body));
export const useUpdateProject = (id: string) => useProjectMutation((body: UpdateProjectBody) => updateProject(id, body));
export const useChangeProjectStatus = (id: string) => useProjectMutation((body: ProjectStatusBody) => changeProjectStatus(id, body));
export const useWriteYearNote = (id: string) => useProjectMutation(({ year, body }: { year: number; body: YearNoteBody }) => writeYearNote(id, year, body));

/** An attachment changes the project's list of attachments: the detail is fetched again. */
function useAttachmentMutation<V, R>(projectId: string, mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.detail(projectId) }) });
}
export const useUploadAttachment = (projectId: string) => useAttachmentMutation(projectId, (file: File) => uploadAttachment(projectId, file));
export const useDeleteAttachment = (projectId: string) => useAttachmentMutation(projectId, (attachmentId: string) => deleteAttachment(projectId, attachmentId));

export function useCreateCommitment(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lineId, body }: { lineId: string; body: CreateCommitmentBody }) => createCommitment(lineId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: projectKeys.commitments(projectId) });
      void queryClient.invalidateQueries({ queryKey: ['projects', 'budget'] });
      void queryClient.invalidateQueries({ queryKey: ['budget'] });
    },
  });
}

/**
 * Deletes a project. The page moves on first, then the cached detail is dropped: refetching the deleted project
 * would answer 404 and replace the page before it could move on.
 */
export function useDeleteProject(projectId: string, onDeleted: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteProject(projectId),
    onSuccess: () => {
      onDeleted();
      window.setTimeout(() => {
        queryClient.removeQueries({ queryKey: projectKeys.detail(projectId) });
        void queryClient.invalidateQueries({ queryKey: [...projectKeys.all, 'list'] });
      }, 0);
    },
  });
}

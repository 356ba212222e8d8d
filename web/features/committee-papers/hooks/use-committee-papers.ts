import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paper } from '../../../../common/api/committee-papers';
import {
  createCommittee,
  createCommitteeMeeting,
  createPaper,
  deletePaper,
  fetchCommitteeMeetings,
  fetchCommittees,
  fetchPaper,
  fetchPaperContent,
  fetchPapers,
  fetchSpaces,
  paperKeys,
  publishPaper,
  updateCommittee,
  updateCommitteeMeeting,
  updatePaperRequest,
  type CommitteeBody,
  type CommitteeChanges,
  type CommitteeMeetingBody,
  type CommitteeMeetingChanges,
  type PaperBody,
  type PaperChanges,
} from '../api/committee-papers-api';

const fiveMinutes = 5 * 60_000;

export const useCommittees = () => useQuery({ queryKey: paperKeys.committees, queryFn: ({ signal }) => fetchCommittees(signal) });

/** The meetings of one committee, or of all committees (null). */
export const useCommitteeMeetings = (committeeId: string | null, options: { enabled?: boolean } = {}) =>
  useQuery({ queryKey: paperKeys.meetings(committeeId), queryFn: ({ signal }) => fetchCommitteeMeetings(committeeId, signal), enabled: options.enabled ?? true });

export const usePapers = (enabled = true) => useQuery({ queryKey: paperKeys.papers, queryFn: ({ signal }) => fetchPapers(signal), enabled });
export const usePaper = (id: string) => useQuery({ queryKey: paperKeys.paper(id), queryFn: ({ signal }) => fetchPaper(id, signal), enabled: id !== '' });
/** The computed parts (filled resolution, financial impact, statement of facts): made from the report on each call. */
export const usePaperContent = (id: string) => useQuery({ queryKey: paperKeys.content(id), queryFn: ({ signal }) => fetchPaperContent(id, signal), enabled: id !== '' });
export const usePaperSpaces = () => useQuery({ queryKey: paperKeys.spaces, queryFn: ({ signal }) => fetchSpaces(signal), staleTime: fiveMinutes });

/** After any write the feature's lists and papers are fetched again (a renamed committee shows in every paper). */
function useWrite<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: paperKeys.all }) });
}

export const useCreateCommittee = () => useWrite((body: CommitteeBody) => createCommittee(body));
export const useUpdateCommittee = () => useWrite(({ id, body }: { id: string; body: CommitteeChanges }) => updateCommittee(id, body));
export const useCreateCommitteeMeeting = () => useWrite((body: CommitteeMeetingBody) => createCommitteeMeeting(body));
export const useUpdateCommitteeMeeting = () => useWrite(({ id, body }: { id: string; body: CommitteeMeetingChanges }) => updateCommitteeMeeting(id, body));

/**
 * Saving a paper puts the server's answer into the cache first, so the paper's page shows it at once. `onSaved` runs
 * here rather than in `mutate()`: the saved paper may unmount the control that saved it (a published paper has no
 * publish button), and TanStack Query drops the callbacks of `mutate()` for an unmounted component.
 */
function usePaperWrite<V>(mutationFn: (variables: V) => Promise<Paper>, onSaved?: (paper: Paper) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (saved) => {
      onSaved?.(saved);
      client.setQueryData(paperKeys.paper(saved.id), saved);
      void client.invalidateQueries({ queryKey: paperKeys.all });
    },
  });
}

export const useCreatePaper = () => usePaperWrite((body: PaperBody) => createPaper(body));
export const useUpdatePaper = (id: string) => usePaperWrite((body: PaperChanges) => updatePaperRequest(id, body));
export const usePublishPaper = (id: string, onPublished: (paper: Paper) => void) => usePaperWrite(() => publishPaper(id), onPublished);

/** Deletes a draft; the page moves on first, then the cached paper is dropped. */
export function useDeletePaper(id: string, onDeleted: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => deletePaper(id),
    onSuccess: () => {
      onDeleted();
      window.setTimeout(() => {
        client.removeQueries({ queryKey: paperKeys.paper(id) });
        client.removeQueries({ queryKey: paperKeys.content(id) });
        void client.invalidateQueries({ queryKey: paperKeys.papers });
      }, 0);
    },
  });
}

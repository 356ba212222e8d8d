import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { networkModelKeys } from '../api/network-model-api';
import { addTeamMember, changeTeamMember, fetchTeam, removeTeamMember, teamKeys, type ChangeTeamMemberInput } from '../api/team-api';

/**
 * The team of a space. Only signed-in users may ask (`enabled`); the server answers 403 to those who are neither
 * managers nor on the team today, which the page takes as "do not show the team".
 */
export function useTeam(spaceId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: teamKeys.ofSpace(spaceId), queryFn: ({ signal }) => fetchTeam(spaceId, signal), enabled });
}

// The check of the network model and the figures count team members: they change with the team.
const refresh = (queryClient: QueryClient, spaceId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: teamKeys.ofSpace(spaceId) }),
    queryClient.invalidateQueries({ queryKey: networkModelKeys.all }),
  ]);

export function useAddTeamMember(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addTeamMember, onSuccess: () => refresh(queryClient, spaceId) });
}

export function useChangeTeamMember(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ChangeTeamMemberInput }) => changeTeamMember(id, body),
    onSuccess: () => refresh(queryClient, spaceId),
  });
}

export function useRemoveTeamMember(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeTeamMember, onSuccess: () => refresh(queryClient, spaceId) });
}

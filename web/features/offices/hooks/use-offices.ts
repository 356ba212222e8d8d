import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OfficeSettings } from '../../../../common/api/offices';
import { fetchOfficeSettings, fetchPublicOffices, officeKeys, updateOfficeSettings } from '../api/offices-api';

/** The offices of the installation; public pages take the first one when nobody is signed in. */
export function usePublicOffices({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: officeKeys.publicList,
    queryFn: ({ signal }) => fetchPublicOffices(signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useOfficeSettings({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: officeKeys.settings, queryFn: ({ signal }) => fetchOfficeSettings(signal), enabled });
}

export function useUpdateOfficeSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOfficeSettings,
    onSuccess: async (settings) => {
      queryClient.setQueryData<OfficeSettings>(officeKeys.settings, settings);
      await queryClient.invalidateQueries({ queryKey: officeKeys.publicList });
    },
  });
}

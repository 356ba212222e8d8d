import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseConsultation, ConsultationBody } from '../../../../common/api/case-consultations';
import {
  consultationKeys,
  createConsultation,
  deleteConsultation,
  fetchConsultation,
  fetchConsultations,
  fetchMySpaces,
  fetchSettings,
  fetchSpaces,
  fetchSummary,
  fetchTeam,
  updateConsultation,
  updateSettings,
  type ConsultationsQuery,
} from '../api/consultations-api';

const fiveMinutes = 5 * 60_000;

export const useConsultations = (query: ConsultationsQuery, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: consultationKeys.list(query),
    queryFn: ({ signal }) => fetchConsultations(query, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    retry: false,
  });
export const useConsultation = (id: string) => useQuery({ queryKey: consultationKeys.detail(id), queryFn: ({ signal }) => fetchConsultation(id, signal) });
export const useConsultationsSummary = (query: ConsultationsQuery) =>
  useQuery({ queryKey: consultationKeys.summary(query), queryFn: ({ signal }) => fetchSummary(query, signal), placeholderData: keepPreviousData });
export const useConsultationSettings = () => useQuery({ queryKey: consultationKeys.settings, queryFn: ({ signal }) => fetchSettings(signal) });
export const useConsultationSpaces = () => useQuery({ queryKey: consultationKeys.spaces, queryFn: ({ signal }) => fetchSpaces(signal), staleTime: fiveMinutes });
export const useMyConsultationSpaces = () => useQuery({ queryKey: consultationKeys.mySpaces, queryFn: ({ signal }) => fetchMySpaces(signal), staleTime: fiveMinutes, retry: false });
export const useConsultationTeam = (spaceId: string) =>
  useQuery({ queryKey: consultationKeys.team(spaceId), queryFn: ({ signal }) => fetchTeam(spaceId, signal), enabled: spaceId !== '', staleTime: fiveMinutes, retry: false });

function useConsultationMutation<V>(mutationFn: (variables: V) => Promise<CaseConsultation>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (consultation) => {
      queryClient.setQueryData(consultationKeys.detail(consultation.id), consultation);
      void queryClient.invalidateQueries({ queryKey: [...consultationKeys.all, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...consultationKeys.all, 'summary'] });
    },
  });
}
export const useCreateConsultation = () => useConsultationMutation((body: ConsultationBody) => createConsultation(body));
export const useUpdateConsultation = (id: string) => useConsultationMutation((body: ConsultationBody) => updateConsultation(id, body));

/** Deletes a consultation; the page moves on first, then the cached detail is dropped. */
export function useDeleteConsultation(id: string, onDeleted: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteConsultation(id),
    onSuccess: () => {
      onDeleted();
      window.setTimeout(() => {
        queryClient.removeQueries({ queryKey: consultationKeys.detail(id) });
        void queryClient.invalidateQueries({ queryKey: consultationKeys.all });
      }, 0);
    },
  });
}

export function useUpdateConsultationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(consultationKeys.settings, settings);
      void queryClient.invalidateQueries({ queryKey: consultationKeys.all });
    },
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BudgetSettings, CreateBookingBody, UpdateBudgetLineBody } from '../../../../common/api/budget';
import {
  budgetKeys,
  closeBudgetYear,
  createBooking,
  decideCommitment,
  fetchBudget,
  fetchCommitments,
  fetchHistory,
  fetchLedger,
  fetchSettings,
  fetchSpaceProjects,
  fetchSpaces,
  openBudgetYear,
  releaseCommitment,
  reverseBooking,
  saveSettings,
  updateBudgetLine,
  uploadReceipt,
  type BudgetKey,
} from '../api/budget-api';

export function useBudgetSpaces() {
  return useQuery({ queryKey: budgetKeys.spaces, queryFn: ({ signal }) => fetchSpaces(signal), staleTime: 5 * 60_000 });
}

/** A space's year; nothing is fetched until a space is chosen. */
export function useBudget(key: BudgetKey | null) {
  const known = key ?? { spaceId: '', year: 0 };
  return useQuery({ queryKey: budgetKeys.year(known), queryFn: ({ signal }) => fetchBudget(known, signal), enabled: key !== null });
}

export function useLedger(lineId: string) {
  return useQuery({ queryKey: budgetKeys.ledger(lineId), queryFn: ({ signal }) => fetchLedger(lineId, signal) });
}

/** The commitments of a space's year (every status). */
export function useCommitments(key: BudgetKey) {
  return useQuery({ queryKey: budgetKeys.commitments(key), queryFn: ({ signal }) => fetchCommitments(key, signal) });
}

/** What waits for a head of department's decision, in every space and year of the office. */
export function usePendingCommitments(enabled: boolean) {
  return useQuery({ queryKey: budgetKeys.pendingCommitments, queryFn: ({ signal }) => fetchCommitments({ status: 'pending' }, signal), enabled });
}

export function useBudgetHistory(spaceId: string) {
  return useQuery({ queryKey: budgetKeys.history(spaceId), queryFn: ({ signal }) => fetchHistory(spaceId, signal) });
}

export function useSpaceProjects(spaceId: string) {
  return useQuery({ queryKey: budgetKeys.projects(spaceId), queryFn: ({ signal }) => fetchSpaceProjects(spaceId, signal) });
}

export function useBudgetSettings(enabled: boolean) {
  return useQuery({ queryKey: budgetKeys.settings, queryFn: ({ signal }) => fetchSettings(signal), enabled });
}

/** Every write changes figures that several parts of the page show: the year, ledgers, commitments and history are fetched again. */
function useBudgetMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetKeys.all }) });
}

export const useOpenBudgetYear = () => useBudgetMutation((key: BudgetKey) => openBudgetYear(key));
export const useCloseBudgetYear = () => useBudgetMutation((key: BudgetKey) => closeBudgetYear(key));
export const useUpdateBudgetLine = () => useBudgetMutation(({ lineId, body }: { lineId: string; body: UpdateBudgetLineBody }) => updateBudgetLine(lineId, body));
export const useCreateBooking = () => useBudgetMutation(({ lineId, body }: { lineId: string; body: CreateBookingBody }) => createBooking(lineId, body));
export const useReverseBooking = () => useBudgetMutation(({ bookingId, note }: { bookingId: string; note: string }) => reverseBooking(bookingId, note));
export const useUploadReceipt = () => useBudgetMutation(({ bookingId, file }: { bookingId: string; file: File }) => uploadReceipt(bookingId, file));
export const useDecideCommitment = () =>
  useBudgetMutation(({ id, decision, note }: { id: string; decision: 'approved' | 'rejected'; note: string }) => decideCommitment(id, { decision, note }));
export const useReleaseCommitment = () => useBudgetMutation(({ id, note }: { id: string; note: string }) => releaseCommitment(id, note));
export const useSaveBudgetSettings = () => useBudgetMutation((body: BudgetSettings) => saveSettings(body));

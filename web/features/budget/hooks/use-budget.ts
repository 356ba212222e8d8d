import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateBookingBody } from '../../../../common/api/budget';
import {
  budgetKeys,
  closeBudgetYear,
  createBooking,
  fetchBudget,
  fetchLedger,
  fetchSpaces,
  openBudgetYear,
  reverseBooking,
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

/** Every write changes figures that several parts of the page show: the year and all ledgers are fetched again. */
function useBudgetMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetKeys.all }) });
}

export const useOpenBudgetYear = () => useBudgetMutation((key: BudgetKey) => openBudgetYear(key));
export const useCloseBudgetYear = () => useBudgetMutation((key: BudgetKey) => closeBudgetYear(key));
export const useCreateBooking = () => useBudgetMutation(({ lineId, body }: { lineId: string; body: CreateBookingBody }) => createBooking(lineId, body));
export const useReverseBooking = () => useBudgetMutation(({ bookingId, note }: { bookingId: string; note: string }) => reverseBooking(bookingId, note));

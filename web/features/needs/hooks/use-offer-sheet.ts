import { useQueries } from '@tanstack/react-query';
import type { ServiceDetail } from '../../../../common/api/services';
import { fetchOfferForSheet, offerSheetKeys } from '../api/offer-sheet-api';

export type OfferSheetOffers = { offers: ServiceDetail[]; pending: boolean; error: unknown };

/** The full details of the offers on an offer sheet, in the given order; offers that failed to load are left out. */
export function useOfferSheetOffers(serviceIds: readonly string[]): OfferSheetOffers {
  const results = useQueries({
    queries: serviceIds.map((id) => ({
      queryKey: offerSheetKeys.service(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchOfferForSheet(id, signal),
      staleTime: 60_000,
    })),
  });
  return {
    offers: results.flatMap((r) => (r.data ? [r.data] : [])),
    pending: results.some((r) => r.isPending),
    error: results.find((r) => r.isError)?.error ?? null,
  };
}

import { serviceDetail } from '../../../../common/api/services';
import { apiFetch } from '../../../components/api/api-fetch';

// The printable offer sheet shows the offers of a need's reach gaps in full: the public offer detail, fetched here
// (web features do not import each other, so not through the services feature).

export const offerSheetKeys = {
  service: (id: string) => ['needs', 'offer-sheet', 'service', id] as const,
};

export const fetchOfferForSheet = (id: string, signal?: AbortSignal) =>
  apiFetch(`/api/services/${encodeURIComponent(id)}`, serviceDetail, signal ? { signal } : {});

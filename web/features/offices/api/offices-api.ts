import { z } from 'zod';
import { officeSettings, publicOffice, type updateOfficeBody } from '../../../../common/api/offices';
import { apiFetch } from '../../../components/api/api-fetch';

export type UpdateOfficeInput = z.input<typeof updateOfficeBody>;

export const officeKeys = {
  publicList: ['offices', 'public'] as const,
  settings: ['office', 'settings'] as const,
};

/** The offices of this installation (public): code, name and region. */
export const fetchPublicOffices = (signal?: AbortSignal) =>
  apiFetch('/api/offices', z.array(publicOffice), signal ? { signal } : {});

/** The signed-in user's own office with its region. */
export const fetchOfficeSettings = (signal?: AbortSignal) =>
  apiFetch('/api/office', officeSettings, signal ? { signal } : {});

export const updateOfficeSettings = (body: UpdateOfficeInput) =>
  apiFetch('/api/office', officeSettings, { method: 'PATCH', body });

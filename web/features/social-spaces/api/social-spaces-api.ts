import { z } from 'zod';
import {
  importResult,
  socialSpace,
  type createSpaceBody,
  type importSpacesBody,
  type updateSpaceBody,
} from '../../../../common/api/social-spaces';
import { apiFetch, apiFetchNoContent, withQuery } from '../../../components/api/api-fetch';

export type CreateSpaceInput = z.input<typeof createSpaceBody>;
export type UpdateSpaceInput = z.input<typeof updateSpaceBody>;
export type ImportSpacesInput = z.input<typeof importSpacesBody>;
export type ImportResult = z.output<typeof importResult>;

export const socialSpaceKeys = {
  all: ['social-spaces'] as const,
  list: (office: string | undefined) => ['social-spaces', 'list', office ?? ''] as const,
  detail: (id: string) => ['social-spaces', 'detail', id] as const,
};

/** All spaces of an office; signed-in users may leave the office out and get their own. */
export const fetchSpaces = (office: string | undefined, signal?: AbortSignal) =>
  apiFetch('/api/social-spaces', z.array(socialSpace), { query: { office }, ...(signal ? { signal } : {}) });

export const fetchSpace = (id: string, signal?: AbortSignal) =>
  apiFetch(`/api/social-spaces/${encodeURIComponent(id)}`, socialSpace, signal ? { signal } : {});

export const createSpace = (body: CreateSpaceInput) => apiFetch('/api/social-spaces', socialSpace, { method: 'POST', body });

export const updateSpace = (id: string, body: UpdateSpaceInput) =>
  apiFetch(`/api/social-spaces/${encodeURIComponent(id)}`, socialSpace, { method: 'PATCH', body });

export const deleteSpace = (id: string) =>
  apiFetchNoContent(`/api/social-spaces/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const importSpaces = (body: ImportSpacesInput) =>
  apiFetch('/api/social-spaces/import', importResult, { method: 'POST', body });

/** The GeoJSON download; a plain link, the browser saves the file. */
export const exportUrl = (office: string | undefined) => withQuery('/api/social-spaces/export', { office });

import { z } from 'zod';
import {
  organization,
  organizationTypeEntry,
  type createOrganizationBody,
  type createOrganizationTypeBody,
  type updateOrganizationBody,
} from '../../../../common/api/network';
import { apiFetch, apiFetchNoContent } from '../../../components/api/api-fetch';

export type CreateOrganizationInput = z.input<typeof createOrganizationBody>;
export type UpdateOrganizationInput = z.input<typeof updateOrganizationBody>;
export type CreateOrganizationTypeInput = z.input<typeof createOrganizationTypeBody>;
export type OrganizationType = z.output<typeof organizationTypeEntry>;

/** What the list of organisations is filtered by; empty strings mean "all". */
export type OrganizationFilter = { office?: string | undefined; type?: string; spaceId?: string; q?: string };

export const organizationKeys = {
  all: ['organizations'] as const,
  list: (filter: OrganizationFilter) => ['organizations', 'list', filter] as const,
  detail: (id: string) => ['organizations', 'detail', id] as const,
  types: (office: string | undefined) => ['organizations', 'types', office ?? ''] as const,
};

/** Public: the organisations of an office; signed-in users may leave the office out and get their own. */
export const fetchOrganizations = (filter: OrganizationFilter, signal?: AbortSignal) =>
  apiFetch('/api/organizations', z.array(organization), {
    query: { office: filter.office, type: filter.type, spaceId: filter.spaceId, q: filter.q?.trim() },
    ...(signal ? { signal } : {}),
  });

export const fetchOrganization = (id: string, signal?: AbortSignal) =>
  apiFetch(`/api/organizations/${encodeURIComponent(id)}`, organization, signal ? { signal } : {});

export const createOrganization = (body: CreateOrganizationInput) =>
  apiFetch('/api/organizations', organization, { method: 'POST', body });

export const updateOrganization = (id: string, body: UpdateOrganizationInput) =>
  apiFetch(`/api/organizations/${encodeURIComponent(id)}`, organization, { method: 'PATCH', body });

export const deleteOrganization = (id: string) =>
  apiFetchNoContent(`/api/organizations/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** The built-in types and those the office added, with their German labels. */
export const fetchOrganizationTypes = (office: string | undefined, signal?: AbortSignal) =>
  apiFetch('/api/organization-types', z.array(organizationTypeEntry), { query: { office }, ...(signal ? { signal } : {}) });

export const createOrganizationType = (body: CreateOrganizationTypeInput) =>
  apiFetch('/api/organization-types', organizationTypeEntry, { method: 'POST', body });

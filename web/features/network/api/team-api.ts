import { z } from 'zod';
import { teamMembership, type createMembershipBody, type updateMembershipBody } from '../../../../common/api/network';
import { apiFetch, apiFetchNoContent } from '../../../components/api/api-fetch';

export type AddTeamMemberInput = z.input<typeof createMembershipBody>;
export type ChangeTeamMemberInput = z.input<typeof updateMembershipBody>;

export const teamKeys = {
  all: ['team'] as const,
  ofSpace: (spaceId: string) => ['team', spaceId] as const,
};

/** Never public: managers, and staff on the space's team today; everyone else gets 401 or 403. */
export const fetchTeam = (spaceId: string, signal?: AbortSignal) =>
  apiFetch(`/api/social-spaces/${encodeURIComponent(spaceId)}/team`, z.array(teamMembership), signal ? { signal } : {});

export const addTeamMember = (body: AddTeamMemberInput) =>
  apiFetch('/api/team-memberships', teamMembership, { method: 'POST', body });

export const changeTeamMember = (id: string, body: ChangeTeamMemberInput) =>
  apiFetch(`/api/team-memberships/${encodeURIComponent(id)}`, teamMembership, { method: 'PATCH', body });

export const removeTeamMember = (id: string) =>
  apiFetchNoContent(`/api/team-memberships/${encodeURIComponent(id)}`, { method: 'DELETE' });

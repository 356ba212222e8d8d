import { z } from 'zod';
import {
  createdUser,
  me,
  resetPasswordResult,
  user,
  type changePasswordBody,
  type createUserBody,
  type loginBody,
  type Me,
  type updateUserBody,
} from '../../../../common/api/accounts';
import { isApiError } from '../../../components/api/api-error';
import { apiFetch, apiFetchNoContent } from '../../../components/api/api-fetch';

export type LogInInput = z.input<typeof loginBody>;
export type ChangePasswordInput = z.input<typeof changePasswordBody>;
export type CreateUserInput = z.input<typeof createUserBody>;
export type UpdateUserInput = z.input<typeof updateUserBody>;
export type CreatedUser = z.output<typeof createdUser>;
export type UserFilter = { q: string; includeInactive: boolean };

export const accountKeys = {
  me: ['auth', 'me'] as const,
  users: ['users'] as const,
  userList: (filter: UserFilter) => ['users', 'list', filter] as const,
  user: (id: string) => ['users', 'detail', id] as const,
};

/** The signed-in account, or null when there is no valid session. */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await apiFetch('/api/auth/me', me, signal ? { signal } : {});
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const logIn = (body: LogInInput) => apiFetch('/api/auth/login', me, { method: 'POST', body });

export const logOut = () => apiFetchNoContent('/api/auth/logout', { method: 'POST' });

export const changeOwnPassword = (body: ChangePasswordInput) =>
  apiFetchNoContent('/api/auth/password', { method: 'POST', body });

export const fetchUsers = (filter: UserFilter, signal?: AbortSignal) =>
  apiFetch('/api/users', z.array(user), {
    query: { q: filter.q.trim(), includeInactive: filter.includeInactive ? 'true' : undefined },
    ...(signal ? { signal } : {}),
  });

export const fetchUser = (id: string, signal?: AbortSignal) =>
  apiFetch(`/api/users/${encodeURIComponent(id)}`, user, signal ? { signal } : {});

export const createUser = (body: CreateUserInput) => apiFetch('/api/users', createdUser, { method: 'POST', body });

export const updateUser = (id: string, body: UpdateUserInput) =>
  apiFetch(`/api/users/${encodeURIComponent(id)}`, user, { method: 'PATCH', body });

export const resetUserPassword = (id: string) =>
  apiFetch(`/api/users/${encodeURIComponent(id)}/password-reset`, resetPasswordResult, { method: 'POST' });

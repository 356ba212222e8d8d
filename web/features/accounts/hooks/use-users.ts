import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { User } from '../../../../common/api/accounts';
import {
  accountKeys,
  createUser,
  fetchUser,
  fetchUsers,
  resetUserPassword,
  updateUser,
  type UpdateUserInput,
  type UserFilter,
} from '../api/accounts-api';

/** Only admins may list accounts: other pages pass `enabled: false` for everyone else instead of asking for a 403. */
export function useUsers(filter: UserFilter, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: accountKeys.userList(filter),
    queryFn: ({ signal }) => fetchUsers(filter, signal),
    // Keep the last list on screen while the next search runs.
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUser(id: string) {
  return useQuery({ queryKey: accountKeys.user(id), queryFn: ({ signal }) => fetchUser(id, signal) });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    // The answer may hold a generated password: do not keep it in the cache longer than the page shows it.
    gcTime: 0,
    onSuccess: ({ user }) => {
      queryClient.setQueryData<User>(accountKeys.user(user.id), user);
      return queryClient.invalidateQueries({ queryKey: accountKeys.users });
    },
  });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUserInput) => updateUser(id, body),
    onSuccess: async (user) => {
      queryClient.setQueryData<User>(accountKeys.user(id), user);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: accountKeys.users }),
        queryClient.invalidateQueries({ queryKey: accountKeys.me }),
      ]);
    },
  });
}

export function useResetUserPassword(id: string) {
  return useMutation({ mutationFn: () => resetUserPassword(id), gcTime: 0 });
}

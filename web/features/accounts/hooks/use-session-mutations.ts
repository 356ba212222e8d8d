import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../../../common/api/accounts';
import { accountKeys, changeOwnPassword, logIn, logOut } from '../api/accounts-api';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: (account) => {
      // Whatever was cached belonged to the previous session.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== accountKeys.me[0] });
      queryClient.setQueryData<Me | null>(accountKeys.me, account);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logOut,
    // Signed out locally even when the session had already ended on the server.
    onSettled: () => {
      queryClient.setQueryData<Me | null>(accountKeys.me, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== accountKeys.me[0] });
    },
  });
}

export function useChangeOwnPassword() {
  return useMutation({ mutationFn: changeOwnPassword });
}

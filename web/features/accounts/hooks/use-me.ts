import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../../../common/api/accounts';
import type { AccountRole } from '../../../../common/roles';
import { accountKeys, fetchMe } from '../api/accounts-api';

/** The signed-in account (null when signed out). Every page reads it; the layout loads it first. */
export function useMe() {
  return useQuery({
    queryKey: accountKeys.me,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 60_000,
  });
}

export const hasRole = (account: Me | null | undefined, role: AccountRole): boolean =>
  Boolean(account?.user.roles.includes(role));

export const isAdmin = (account: Me | null | undefined): boolean => hasRole(account, 'admin');

/** The query key of the signed-in account, for the app's global "session ended" handling. */
export const meQueryKey = accountKeys.me;

export const hasAnyRole = (account: Me | null | undefined, roles: readonly AccountRole[]): boolean =>
  roles.some((role) => hasRole(account, role));

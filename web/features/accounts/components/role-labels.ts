import { accountRoleLabels, accountRoles, type AccountRole } from '../../../../common/roles';
import type { CheckboxOption } from '../../../components/ui/checkbox';

export const roleOptions: CheckboxOption<AccountRole>[] = accountRoles.map((value) => ({
  value,
  label: accountRoleLabels[value],
}));

/** "Administration, Sozialraumteam" */
export const formatRoles = (roles: readonly AccountRole[]): string =>
  roles.length ? roles.map((r) => accountRoleLabels[r]).join(', ') : 'keine';

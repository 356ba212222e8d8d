import type { Me } from '../../../../common/api/accounts';
import { formatDateTime } from '../../../components/format/format-date';
import { DescriptionList } from '../../../components/ui/description-list';
import { formatRoles } from './role-labels';

export function AccountDetails({ account }: { account: Me }) {
  const { user, office } = account;
  return (
    <DescriptionList
      items={[
        { term: 'Name', value: user.displayName },
        { term: 'E-Mail', value: user.email },
        { term: 'Rollen', value: formatRoles(user.roles) },
        { term: 'Jugendamt', value: office.name },
        { term: 'Sitzung gültig bis', value: formatDateTime(account.sessionExpiresAt) },
      ]}
    />
  );
}

import type { User } from '../../../../common/api/accounts';
import { formatDateTime } from '../../../components/format/format-date';
import { Badge } from '../../../components/ui/badge';
import { DescriptionList } from '../../../components/ui/description-list';
import { formatRoles } from './role-labels';

export function UserSummary({ user }: { user: User }) {
  return (
    <DescriptionList
      items={[
        { term: 'E-Mail', value: user.email },
        { term: 'Rollen', value: formatRoles(user.roles) },
        {
          term: 'Status',
          value: user.active ? <Badge tone="success">aktiv</Badge> : <Badge tone="warning">deaktiviert</Badge>,
        },
        { term: 'Angelegt am', value: formatDateTime(user.createdAt) },
        { term: 'Letzte Anmeldung', value: user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'noch nie' },
      ]}
    />
  );
}

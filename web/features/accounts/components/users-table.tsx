import { Link } from 'react-router';
import type { User } from '../../../../common/api/accounts';
import { formatDateTime } from '../../../components/format/format-date';
import { Badge } from '../../../components/ui/badge';
import { DataTable } from '../../../components/ui/data-table';
import { formatRoles } from './role-labels';

type UsersTableProps = { users: User[]; detailPath: (id: string) => string };

export function UsersTable({ users, detailPath }: UsersTableProps) {
  return (
    <DataTable
      caption="Konten des Jugendamts"
      captionHidden
      rows={users}
      rowKey={(u) => u.id}
      empty={<p className="kern-body">Keine Konten gefunden.</p>}
      columns={[
        {
          key: 'name',
          header: 'Name',
          rowHeader: true,
          cell: (u) => (
            <Link className="kern-link" to={detailPath(u.id)}>
              {u.displayName}
            </Link>
          ),
        },
        { key: 'email', header: 'E-Mail', cell: (u) => u.email },
        { key: 'roles', header: 'Rollen', cell: (u) => formatRoles(u.roles) },
        {
          key: 'status',
          header: 'Status',
          cell: (u) => (u.active ? <Badge tone="success">aktiv</Badge> : <Badge tone="warning">deaktiviert</Badge>),
        },
        {
          key: 'lastLogin',
          header: 'Letzte Anmeldung',
          cell: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : 'noch nie'),
        },
      ]}
    />
  );
}

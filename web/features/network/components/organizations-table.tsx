import { Link } from 'react-router';
import type { Organization } from '../../../../common/api/network';
import { DataTable } from '../../../components/ui/data-table';
import { WebsiteLink } from './website-link';

type OrganizationsTableProps = {
  organizations: Organization[];
  organizationPath: (id: string) => string;
  /** Names of the office's spaces by id, for the column "Sozialräume". */
  spaceNames: Map<string, string>;
};

const addressOf = (o: Organization) =>
  [o.address.street, [o.address.postalCode, o.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

export function OrganizationsTable({ organizations, organizationPath, spaceNames }: OrganizationsTableProps) {
  return (
    <DataTable
      caption="Organisationen"
      captionHidden
      rows={organizations}
      rowKey={(o) => o.id}
      empty={<p className="kern-body">Keine Organisationen gefunden.</p>}
      columns={[
        {
          key: 'name',
          header: 'Name',
          rowHeader: true,
          cell: (o) => (
            <Link className="kern-link" to={organizationPath(o.id)}>
              {o.name}
            </Link>
          ),
        },
        { key: 'type', header: 'Art', cell: (o) => o.typeLabel },
        {
          key: 'spaces',
          header: 'Sozialräume',
          cell: (o) =>
            o.spaceIds.length ? (
              o.spaceIds
                .map((id) => spaceNames.get(id) ?? '')
                .filter(Boolean)
                .sort((a, b) => a.localeCompare(b, 'de'))
                .join(', ')
            ) : (
              <span className="app-muted">keine</span>
            ),
        },
        { key: 'address', header: 'Adresse', cell: (o) => addressOf(o) || <span className="app-muted">keine Angabe</span> },
        {
          key: 'website',
          header: 'Website',
          cell: (o) => (o.website ? <WebsiteLink url={o.website} name={o.name} /> : <span className="app-muted">keine Angabe</span>),
        },
      ]}
    />
  );
}

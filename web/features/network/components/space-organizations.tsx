import { Link } from 'react-router';
import type { Organization } from '../../../../common/api/network';
import { ErrorAlert } from '../../../components/ui/alert';
import { DataTable } from '../../../components/ui/data-table';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { useOrganizations } from '../hooks/use-organizations';
import { WebsiteLink } from './website-link';

type SpaceOrganizationsProps = {
  space: { id: string; name: string };
  /** The office's code for visitors who are not signed in; signed-in users get their own office. */
  office?: string | undefined;
  organizationPath: (id: string) => string;
};

/** Public: the organisations that work in a space, with their type and website. */
export function SpaceOrganizations({ space, office, organizationPath }: SpaceOrganizationsProps) {
  const organizations = useOrganizations({ office, spaceId: space.id });
  if (organizations.isPending) return <LoadingIndicator label="Organisationen werden geladen …" />;
  if (organizations.isError) return <ErrorAlert error={organizations.error} />;
  return (
    <DataTable<Organization>
      caption={`Organisationen in ${space.name}`}
      captionHidden
      rows={organizations.data}
      rowKey={(o) => o.id}
      empty={<p className="kern-body">Für diesen Sozialraum sind noch keine Organisationen erfasst.</p>}
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
          key: 'website',
          header: 'Website',
          cell: (o) => (o.website ? <WebsiteLink url={o.website} name={o.name} /> : <span className="app-muted">keine Angabe</span>),
        },
      ]}
    />
  );
}

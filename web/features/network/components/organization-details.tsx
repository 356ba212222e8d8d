import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Organization } from '../../../../common/api/network';
import { formatDateTime } from '../../../components/format/format-date';
import { formatDecimal } from '../../../components/format/format-number';
import { DescriptionList } from '../../../components/ui/description-list';
import { useOrganization } from '../hooks/use-organizations';
import { WebsiteLink } from './website-link';

const none = <span className="app-muted">keine Angabe</span>;

function ParentLink({ id, organizationPath }: { id: string; organizationPath: (id: string) => string }) {
  const parent = useOrganization(id);
  return (
    <Link className="kern-link" to={organizationPath(id)}>
      {parent.data?.name ?? 'Übergeordnete Organisation'}
    </Link>
  );
}

type OrganizationDetailsProps = {
  organization: Organization;
  organizationPath: (id: string) => string;
  /** The spaces the organisation works in, as the page links them. */
  spaces: ReactNode;
};

/** Public details of an organisation: only organisational contact data is stored, never personal. */
export function OrganizationDetails({ organization: o, organizationPath, spaces }: OrganizationDetailsProps) {
  const address = [o.address.street, [o.address.postalCode, o.address.city].filter(Boolean).join(' ')].filter(Boolean);
  return (
    <>
      {o.description ? <p className="kern-body app-prewrap">{o.description}</p> : null}
      <DescriptionList
        items={[
          { term: 'Art', value: o.typeLabel },
          ...(o.alternateName ? [{ term: 'Kurzname', value: o.alternateName }] : []),
          {
            term: 'Anschrift',
            value: address.length ? (
              <address className="app-address">
                {address.map((line) => (
                  <span key={line}>{line}</span>
                ))}
              </address>
            ) : (
              none
            ),
          },
          { term: 'E-Mail', value: o.email ? <a className="kern-link app-break" href={`mailto:${o.email}`}>{o.email}</a> : none },
          { term: 'Telefon', value: o.phone ? <a className="kern-link" href={`tel:${o.phone.replace(/[^+0-9]/g, '')}`}>{o.phone}</a> : none },
          { term: 'Website', value: o.website ? <WebsiteLink url={o.website} /> : none },
          { term: 'Sozialräume', value: spaces },
          { term: 'Übergeordnete Organisation', value: o.parentId ? <ParentLink id={o.parentId} organizationPath={organizationPath} /> : 'keine' },
          {
            term: 'Lage',
            value: o.point ? `Länge ${formatDecimal(o.point[0])}, Breite ${formatDecimal(o.point[1])}` : none,
          },
          { term: 'Zuletzt geändert', value: formatDateTime(o.updatedAt) },
        ]}
      />
    </>
  );
}

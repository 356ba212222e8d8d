import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { isAdmin, useMe } from '../../features/accounts/hooks/use-me';
import { StaleServicesList } from '../../features/services/components/stale-services-list';
import { paths } from '../paths';

export function StaleServicesPage() {
  const { data: account } = useMe();
  return (
    <div className="app-stack">
      <PageHeading
        title="Nicht mehr geprüfte Angebote"
        preline="Angebote"
        lead="Stimmen die Angaben noch? Bestätigen Sie ein Angebot, wenn alles stimmt – oder bearbeiten Sie es."
      />
      <ul className="app-inline-list">
        <li>
          <Link className="kern-link" to={paths.manageServices}>
            Alle Angebote
          </Link>
        </li>
        {isAdmin(account) ? (
          <li>
            <Link className="kern-link" to={`${paths.topics}#pruefintervall`}>
              Prüfintervall ändern
            </Link>
          </li>
        ) : null}
      </ul>
      <StaleServicesList servicePath={paths.service} editPath={paths.editService} />
    </div>
  );
}

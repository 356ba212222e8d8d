import { Link } from 'react-router';
import { formatInteger } from '../../../components/format/format-number';
import { Alert } from '../../../components/ui/alert';
import { useStaleServices } from '../hooks/use-services-admin';

export const staleCountOf = (organizations: { stale: unknown[] }[]) => organizations.reduce((sum, o) => sum + o.stale.length, 0);

const monthsText = (months: number) => (months === 1 ? 'einem Monat' : `${formatInteger(months)} Monaten`);

/** After sign-in, on the start page: how many of the offers this editor looks after wait for a check. */
export function StaleServicesNotice({ enabled, listPath }: { enabled: boolean; listPath: string }) {
  const stale = useStaleServices({ enabled });
  if (!enabled || !stale.data) return null;
  const n = staleCountOf(stale.data.organizations);
  if (n === 0) return null;
  return (
    <Alert tone="warning" title={`${n === 1 ? '1 Angebot wurde' : `${formatInteger(n)} Angebote wurden`} seit mehr als ${monthsText(stale.data.staleAfterMonths)} nicht geprüft`}>
      <p className="kern-body">
        Familien und Fachkräfte verlassen sich auf die Angebotslandkarte. Bitte prüfen Sie, ob die Angaben noch stimmen, und
        bestätigen Sie sie – oder ändern Sie sie.
      </p>
      <p className="kern-body">
        <Link className="kern-link" to={listPath}>
          Nicht mehr geprüfte Angebote ansehen
        </Link>
      </p>
    </Alert>
  );
}

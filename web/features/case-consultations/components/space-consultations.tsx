import { Link } from 'react-router';
import { formatDay } from '../../../components/format/format-date';
import { formatInteger } from '../../../components/format/format-number';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { consultationPaths } from '../consultation-paths';
import { useConsultations, useConsultationsSummary } from '../hooks/use-consultations';
import { MissingRoles } from './consultation-views';

/** The last collegial consultation of a space and the roles it missed (staff of the space and managers). */
export function SpaceLastConsultation({ spaceId }: { spaceId: string }) {
  const list = useConsultations({ spaceId });
  if (list.isPending) return <LoadingIndicator label="Beratungen werden geladen …" />;
  // Outside the space's team the server refuses the list; the counts below say enough.
  if (list.isError) return null;
  const last = list.data[0];
  return (
    <div className="app-section">
      <h3 className="kern-heading-small">Letzte Kollegiale Beratung</h3>
      {last ? (
        <>
          <p className="kern-body">
            <Link className="kern-link" to={consultationPaths.consultation(last.id)}>
              {formatDay(last.heldOn)}
            </Link>{' '}
            – {last.caseCount === 1 ? '1 Fall' : `${formatInteger(last.caseCount)} Fälle`}
          </p>
          <MissingRoles roles={last.missingRoles} />
        </>
      ) : (
        <p className="kern-body app-muted">Noch keine Beratung erfasst.</p>
      )}
      <p className="kern-body">
        <Link className="kern-link" to={`${consultationPaths.consultations}?spaceId=${encodeURIComponent(spaceId)}`}>
          Alle Beratungen dieses Sozialraums
        </Link>
      </p>
    </div>
  );
}

/** Counts of a space's consultations, for everyone signed in (the committee included). */
export function SpaceConsultationCounts({ spaceId }: { spaceId: string }) {
  const summary = useConsultationsSummary({ spaceId });
  if (summary.isPending) return <LoadingIndicator label="Zahlen werden geladen …" />;
  if (summary.isError) return null;
  const s = summary.data;
  return (
    <p className="kern-body">
      Bisher {formatInteger(s.consultations)} Kollegiale Beratungen mit {formatInteger(s.cases)} Fällen; bei {formatInteger(s.consultationsWithMissingRoles)} fehlte eine benötigte
      Rolle.
    </p>
  );
}

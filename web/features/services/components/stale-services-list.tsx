import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { StaleOverview } from '../../../../common/api/services';
import { formatDay } from '../../../components/format/format-date';
import { formatInteger } from '../../../components/format/format-number';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { useStaleServices, useVerifyService } from '../hooks/use-services-admin';
import './edit-service.css';
import { staleCountOf } from './stale-services-notice';

type StaleRow = StaleOverview['organizations'][number]['stale'][number];

type StaleServicesListProps = {
  servicePath: (id: string) => string;
  editPath: (id: string) => string;
};

/** Per organisation, the offers not verified within the office's period, each with "bestätigen" and "bearbeiten". */
export function StaleServicesList({ servicePath, editPath }: StaleServicesListProps) {
  const stale = useStaleServices();
  const verify = useVerifyService();
  const [verified, setVerified] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  // The confirmed row leaves the list; focus goes to the line that says so instead of getting lost.
  useEffect(() => {
    if (verified) statusRef.current?.focus();
  }, [verified]);

  if (stale.isPending) return <LoadingIndicator label="Angebote werden geladen …" />;
  if (stale.isError) return <ErrorAlert error={stale.error} />;
  const { organizations, staleAfterMonths } = stale.data;
  const total = staleCountOf(organizations);

  const confirm = (row: StaleRow) => {
    setVerified(null);
    verify.mutate(row.id, { onSuccess: () => setVerified(row.name) });
  };

  return (
    <div className="app-stack">
      <p className="kern-body">
        Als nicht mehr geprüft gilt ein Angebot, dessen Angaben seit mehr als {staleAfterMonths === 1 ? 'einem Monat' : `${formatInteger(staleAfterMonths)} Monaten`} niemand
        bestätigt hat. Sie sehen die Angebote, die Sie bearbeiten dürfen.
      </p>
      <p className="kern-body app-focus-target" role="status" tabIndex={-1} ref={statusRef}>
        {verified ? `„${verified}“ ist als aktuell bestätigt. ` : ''}
        {total === 0 ? 'Alle Angebote sind geprüft.' : `${total === 1 ? '1 Angebot wartet' : `${formatInteger(total)} Angebote warten`} auf eine Prüfung.`}
      </p>
      {verify.error ? <ErrorAlert error={verify.error} title="Nicht bestätigt" /> : null}
      {total === 0 ? (
        <Alert tone="success" title="Nichts zu prüfen">
          <p className="kern-body">Alle Angebote, die Sie bearbeiten dürfen, sind in der Frist bestätigt worden.</p>
        </Alert>
      ) : null}
      {organizations.map((o) => (
        <section key={o.organizationId} className="app-section app-stale-org" aria-labelledby={`stale-${o.organizationId}`}>
          <h2 className="kern-heading-medium" id={`stale-${o.organizationId}`}>
            {o.organizationName}
          </h2>
          <p className="kern-body">
            {formatInteger(o.stale.length)} von {formatInteger(o.total)} {o.total === 1 ? 'Angebot' : 'Angeboten'} nicht mehr geprüft
          </p>
          {/* A list, not a table: on a phone every offer keeps its buttons in view. */}
          <ul className="app-stale-list" aria-label={`Nicht mehr geprüfte Angebote von ${o.organizationName}`}>
            {o.stale.map((r) => (
              <li key={r.id} className="app-stale-item">
                <Link className="kern-link app-stale-item__name" to={servicePath(r.id)}>
                  {r.name}
                </Link>
                <span className="kern-body">zuletzt geprüft: {r.assuredDate ? formatDay(r.assuredDate) : 'noch nie'}</span>
                <span className="app-row-actions">
                  <Button
                    variant="secondary"
                    busy={verify.isPending && verify.variables === r.id}
                    onClick={() => confirm(r)}
                    aria-label={`Bestätigen: ${r.name} ist aktuell`}
                  >
                    Bestätigen
                  </Button>
                  <Link className="kern-btn kern-btn--tertiary" to={editPath(r.id)} aria-label={`Bearbeiten: ${r.name}`}>
                    <span className="kern-label">Bearbeiten</span>
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

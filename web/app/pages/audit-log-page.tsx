import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { Pagination } from '../../components/ui/pagination';
import { auditPageSize, type AuditFilter } from '../../features/audit-log/api/audit-api';
import { AuditFilterForm } from '../../features/audit-log/components/audit-filter-form';
import { entityLabel } from '../../features/audit-log/components/audit-labels';
import { AuditTable } from '../../features/audit-log/components/audit-table';
import { useAuditEntries } from '../../features/audit-log/hooks/use-audit-entries';
import { paths } from '../paths';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

// The filter lives in the address, so that a filtered view can be bookmarked or linked (e.g. from an account).
function readFilter(params: URLSearchParams): AuditFilter {
  const date = (key: string) => {
    const value = params.get(key) ?? '';
    return isoDate.test(value) ? value : '';
  };
  const offset = Number.parseInt(params.get('offset') ?? '0', 10);
  return {
    entity: params.get('entity') ?? '',
    action: params.get('action') ?? '',
    from: date('from'),
    to: date('to'),
    entityId: params.get('entityId') ?? '',
    actorUserId: params.get('actorUserId') ?? '',
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
  };
}

function toParams(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== '' && value !== 0) params.set(key, String(value));
  }
  return params;
}

export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const entries = useAuditEntries(filter);
  const apply = (next: AuditFilter) => setParams(toParams(next));
  const formKey = [filter.entity, filter.action, filter.from, filter.to].join('|');

  return (
    <div className="app-stack">
      <PageHeading
        title="Protokoll"
        preline="Verwaltung"
        lead={
          'Jede Änderung wird mit Zeitpunkt, handelnder Person und dem Stand vorher und nachher festgehalten. ' +
          'Einträge lassen sich weder ändern noch löschen.'
        }
      />
      <AuditFilterForm
        key={formKey}
        value={filter}
        onApply={(fields) => apply({ ...filter, ...fields, offset: 0 })}
        onReset={() => setParams(new URLSearchParams())}
      />
      {filter.entityId || filter.actorUserId ? (
        <p className="kern-body app-filter-note">
          {filter.entityId ? (
            <>
              Nur Einträge zu {filter.entity ? `${entityLabel(filter.entity)} ` : ''}
              <span className="app-code">{filter.entityId}</span>.{' '}
            </>
          ) : null}
          {filter.actorUserId ? (
            <>
              Nur Einträge der Person <span className="app-code">{filter.actorUserId}</span>.{' '}
            </>
          ) : null}
          <Link className="kern-link" to={paths.audit}>
            Alle Einträge anzeigen
          </Link>
        </p>
      ) : null}
      <section className="app-section" aria-labelledby="entries-heading">
        <h2 className="kern-heading-medium" id="entries-heading">
          Einträge
        </h2>
        {entries.isPending ? (
          <LoadingIndicator label="Protokoll wird geladen …" />
        ) : entries.isError ? (
          <ErrorAlert error={entries.error} />
        ) : (
          <>
            <AuditTable entries={entries.data.items} />
            <Pagination
              label="Seiten des Protokolls"
              offset={entries.data.offset}
              limit={auditPageSize}
              total={entries.data.total}
              onChange={(offset) => apply({ ...filter, offset })}
            />
          </>
        )}
      </section>
    </div>
  );
}

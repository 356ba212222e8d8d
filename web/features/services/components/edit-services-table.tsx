import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ServiceSummary } from '../../../../common/api/services';
import { serviceStatuses, serviceStatusLabels, type ServiceStatus } from '../../../../common/service-terms';
import { formatDay } from '../../../components/format/format-date';
import { formatInteger } from '../../../components/format/format-number';
import { ErrorAlert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { DataTable } from '../../../components/ui/data-table';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { Pagination } from '../../../components/ui/pagination';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import type { StaffServiceFilter } from '../api/services-admin-api';
import { useOrganizationChoices, useSpaceChoices, useStaffServices } from '../hooks/use-services-admin';

const PER_PAGE = 25;

const statusTone = (status: string) => (status === 'active' ? 'success' : status === 'temporarily closed' ? 'warning' : 'info');
const statusLabel = (status: string) => serviceStatusLabels[status as ServiceStatus]?.de ?? status;

type EditServicesTableProps = {
  /** A provider editor sees the offers of their own organisation only. */
  fixedOrganizationId: string | null;
  servicePath: (id: string) => string;
  editPath: (id: string) => string;
};

/** The staff's list of offers (every status), filtered in the address bar so that a view can be shared. */
export function EditServicesTable({ fixedOrganizationId, servicePath, editPath }: EditServicesTableProps) {
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const query = useDebouncedValue(q, 250).trim();
  const page = Math.max(1, Number(params.get('seite') ?? '1') || 1);
  const stale = params.get('pruefung');
  const filter: StaffServiceFilter = {
    q: query,
    organizationId: fixedOrganizationId ?? params.get('organisation') ?? '',
    spaceId: params.get('sozialraum') ?? '',
    status: params.get('status') ?? '',
    stale: stale === 'faellig' ? 'true' : stale === 'aktuell' ? 'false' : '',
    page,
    perPage: PER_PAGE,
  };
  const services = useStaffServices(filter);
  const organizations = useOrganizationChoices({ enabled: !fixedOrganizationId });
  const spaces = useSpaceChoices();

  const setParam = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'seite') next.delete('seite');
        return next;
      },
      { replace: true },
    );
  const queryInAddress = params.get('q') ?? '';
  useEffect(() => {
    // Only a changed search goes into the address: any navigation, even to the same address, drops the page's state.
    if (queryInAddress === query) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (query) next.set('q', query);
        else next.delete('q');
        next.delete('seite');
        return next;
      },
      { replace: true },
    );
  }, [query, queryInAddress, setParams]);

  const spaceNames = new Map((spaces.data ?? []).map((s) => [s.id, s.name]));
  const result = services.data;

  return (
    <div className="app-stack">
      <form className="app-audit-filter__grid" role="search" aria-label="Angebote filtern" onSubmit={(event) => event.preventDefault()}>
        <TextField id="services-q" label="Suche" type="search" autoComplete="off" value={q} onChange={(event) => setQ(event.target.value)} />
        {fixedOrganizationId ? null : (
          <SelectField
            id="services-organization"
            label="Organisation"
            options={[{ value: '', label: 'alle' }, ...(organizations.data ?? []).map((o) => ({ value: o.id, label: o.name }))]}
            value={filter.organizationId}
            onChange={(event) => setParam('organisation', event.target.value)}
          />
        )}
        <SelectField
          id="services-space"
          label="Sozialraum"
          options={[{ value: '', label: 'alle' }, ...(spaces.data ?? []).map((s) => ({ value: s.id, label: s.name }))]}
          value={filter.spaceId}
          onChange={(event) => setParam('sozialraum', event.target.value)}
        />
        <SelectField
          id="services-status"
          label="Status"
          options={[{ value: '', label: 'alle' }, ...serviceStatuses.map((s) => ({ value: s, label: serviceStatusLabels[s].de }))]}
          value={filter.status}
          onChange={(event) => setParam('status', event.target.value)}
        />
        <SelectField
          id="services-stale"
          label="Prüfung"
          options={[
            { value: '', label: 'alle' },
            { value: 'faellig', label: 'nicht mehr geprüft' },
            { value: 'aktuell', label: 'in der Frist geprüft' },
          ]}
          value={stale ?? ''}
          onChange={(event) => setParam('pruefung', event.target.value)}
        />
      </form>
      {services.isPending ? (
        <LoadingIndicator label="Angebote werden geladen …" />
      ) : services.isError ? (
        <ErrorAlert error={services.error} />
      ) : result ? (
        <>
          <DataTable<ServiceSummary>
            caption={`${result.totalCapped ? 'mehr als ' : ''}${result.total === 1 ? '1 Angebot' : `${formatInteger(result.total)} Angebote`}`}
            rows={result.items}
            rowKey={(s) => s.id}
            empty={<p className="kern-body">Keine Angebote für diese Auswahl.</p>}
            columns={[
              {
                key: 'name',
                header: 'Angebot',
                rowHeader: true,
                cell: (s) => (
                  <Link className="kern-link" to={servicePath(s.id)}>
                    {s.name}
                  </Link>
                ),
              },
              { key: 'organization', header: 'Organisation', cell: (s) => s.organizationName },
              { key: 'spaces', header: 'Sozialräume', cell: (s) => s.spaceIds.map((id) => spaceNames.get(id) ?? '').filter(Boolean).join(', ') || '–' },
              { key: 'status', header: 'Status', cell: (s) => <Badge tone={statusTone(s.status)}>{statusLabel(s.status)}</Badge> },
              {
                key: 'assured',
                header: 'zuletzt geprüft',
                cell: (s) => (
                  <span className="app-row-actions">
                    {s.assuredDate ? formatDay(s.assuredDate) : 'noch nie'}
                    {s.stale ? <Badge tone="warning">fällig</Badge> : null}
                  </span>
                ),
              },
              {
                key: 'actions',
                header: 'Aktionen',
                cell: (s) => (
                  <Link className="kern-link" to={editPath(s.id)} aria-label={`Bearbeiten: ${s.name}`}>
                    Bearbeiten
                  </Link>
                ),
              },
            ]}
          />
          <Pagination
            label="Seiten der Angebote"
            offset={(result.page - 1) * result.perPage}
            limit={result.perPage}
            total={result.total}
            onChange={(offset) => setParam('seite', String(Math.floor(offset / PER_PAGE) + 1))}
          />
        </>
      ) : null}
    </div>
  );
}

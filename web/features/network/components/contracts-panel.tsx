import { useRef, useState } from 'react';
import type { Contract, Position } from '../../../../common/api/network';
import { contractKindLabels, positionKindLabels } from '../../../../common/social-space-terms';
import { todayIso } from '../../../components/format/format-date';
import { formatDecimal } from '../../../components/format/format-number';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { useContracts, useRemoveContract, useRemovePosition } from '../hooks/use-contracts';
import { useOrganizations } from '../hooks/use-organizations';
import { AddContractForm } from './add-contract-form';
import { AddPositionForm } from './add-position-form';
import { ConfirmRemoval } from './confirm-removal';
import { formatPeriod, periodState } from './network-labels';
import { PeriodBadge } from './period-badge';

type ContractsPanelProps = { space: { id: string; name: string }; canManage: boolean };

type Removal = { what: 'contract'; row: Contract } | { what: 'position'; row: Position };

// Running ones first, then by start, the latest first.
const order = (today: string) => (a: Contract | Position, b: Contract | Position) => {
  const rank = { current: 0, future: 1, past: 2 } as const;
  return rank[periodState(a, today)] - rank[periodState(b, today)] || b.validFrom.localeCompare(a.validFrom);
};

/** The space's contracts with providers and its funded positions, with their terms; managers add and delete. */
export function ContractsPanel({ space, canManage }: ContractsPanelProps) {
  const data = useContracts(space.id);
  const organizations = useOrganizations({}, { enabled: canManage });
  const removeContract = useRemoveContract(space.id);
  const removePosition = useRemovePosition(space.id);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const today = todayIso();

  if (data.isPending) return <LoadingIndicator label="Verträge und Stellen werden geladen …" />;
  if (data.isError) return <ErrorAlert error={data.error} />;

  const contracts = [...data.data.contracts].sort(order(today));
  const positions = [...data.data.positions].sort(order(today));
  const organizationOptions = (organizations.data ?? []).map((o) => ({ value: o.id, label: o.name }));

  const startRemoval = (next: Removal) => {
    removeContract.reset();
    removePosition.reset();
    setNotice(null);
    setRemoval(next);
  };
  const removeButton = (id: string, label: string, next: Removal) => (
    <Button variant="tertiary" id={id} onClick={() => startRemoval(next)}>
      <span className="app-visually-hidden">{label}: </span>Löschen
    </Button>
  );

  const contractColumns: Column<Contract>[] = [
    { key: 'organization', header: 'Organisation', rowHeader: true, cell: (c) => c.organizationName },
    { key: 'kind', header: 'Art', cell: (c) => contractKindLabels[c.kind] },
    { key: 'period', header: 'Laufzeit', cell: (c) => formatPeriod(c, today) },
    { key: 'state', header: 'Stand', cell: (c) => <PeriodBadge state={periodState(c, today)} /> },
    { key: 'note', header: 'Notiz', cell: (c) => c.note || <span className="app-muted">keine Angabe</span> },
  ];
  const positionColumns: Column<Position>[] = [
    { key: 'kind', header: 'Art der Stelle', rowHeader: true, cell: (p) => positionKindLabels[p.kind] },
    { key: 'organization', header: 'Organisation', cell: (p) => p.organizationName },
    { key: 'fte', header: 'Stellenanteil', numeric: true, cell: (p) => formatDecimal(p.fte) },
    { key: 'period', header: 'Laufzeit', cell: (p) => formatPeriod(p, today) },
    { key: 'state', header: 'Stand', cell: (p) => <PeriodBadge state={periodState(p, today)} /> },
  ];
  if (canManage) {
    contractColumns.push({
      key: 'actions',
      header: 'Aktionen',
      cell: (c) => removeButton(`contract-remove-${c.id}`, `Vertrag ${c.organizationName}, ${contractKindLabels[c.kind]}`, { what: 'contract', row: c }),
    });
    positionColumns.push({
      key: 'actions',
      header: 'Aktionen',
      cell: (p) => removeButton(`position-remove-${p.id}`, `Stelle ${positionKindLabels[p.kind]}, ${p.organizationName}`, { what: 'position', row: p }),
    });
  }

  const confirm = () => {
    if (!removal) return;
    const done = (text: string) => () => {
      setRemoval(null);
      setNotice(text);
      window.setTimeout(() => noticeRef.current?.focus());
    };
    if (removal.what === 'contract') {
      removeContract.mutate(removal.row.id, { onSuccess: done(`Vertrag mit ${removal.row.organizationName} gelöscht.`) });
    } else {
      removePosition.mutate(removal.row.id, { onSuccess: done(`Stelle bei ${removal.row.organizationName} gelöscht.`) });
    }
  };
  const cancel = () => {
    if (!removal) return;
    const id = `${removal.what}-remove-${removal.row.id}`;
    setRemoval(null);
    window.setTimeout(() => document.getElementById(id)?.focus());
  };

  return (
    <div className="app-section">
      <div className="app-focus-target" ref={noticeRef} tabIndex={-1}>
        {notice ? <Alert tone="success" title={notice} /> : null}
      </div>
      <h3 className="kern-heading-small" id="contracts-heading">
        Verträge
      </h3>
      <DataTable
        caption={`Verträge für ${space.name}`}
        captionHidden
        rows={contracts}
        rowKey={(c) => c.id}
        empty={<p className="kern-body">Für diesen Sozialraum sind keine Verträge erfasst.</p>}
        columns={contractColumns}
      />
      <h3 className="kern-heading-small" id="positions-heading">
        Stellen
      </h3>
      <DataTable
        caption={`Geförderte Stellen in ${space.name}`}
        captionHidden
        rows={positions}
        rowKey={(p) => p.id}
        empty={<p className="kern-body">Für diesen Sozialraum sind keine Stellen erfasst.</p>}
        columns={positionColumns}
      />
      {removal ? (
        <ConfirmRemoval
          id="contract-remove-confirm"
          title={
            removal.what === 'contract'
              ? `Vertrag mit ${removal.row.organizationName} (${contractKindLabels[removal.row.kind]}, ${formatPeriod(removal.row, today)}) löschen?`
              : `Stelle ${positionKindLabels[removal.row.kind]} bei ${removal.row.organizationName} (${formatDecimal(removal.row.fte)}) löschen?`
          }
          busy={removeContract.isPending || removePosition.isPending}
          error={removeContract.error ?? removePosition.error}
          onConfirm={confirm}
          onCancel={cancel}
        >
          <p className="kern-body">Der Eintrag verschwindet auch aus früheren Jahren; das lässt sich nicht rückgängig machen.</p>
        </ConfirmRemoval>
      ) : null}
      {canManage ? (
        <>
          <AddContractForm spaceId={space.id} organizations={organizationOptions} />
          <AddPositionForm spaceId={space.id} organizations={organizationOptions} />
        </>
      ) : null}
    </div>
  );
}

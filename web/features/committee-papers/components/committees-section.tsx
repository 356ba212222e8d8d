import { useRef, useState } from 'react';
import { committeeKindLabels, type Committee } from '../../../../common/api/committee-papers';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { useCommittees } from '../hooks/use-committee-papers';
import { CommitteeForm } from './committee-form';
import './committee-papers.css';

/** Committees first, then administration units; each by name. */
export const byKindAndName = (a: Committee, b: Committee) =>
  (a.kind === b.kind ? 0 : a.kind === 'committee' ? -1 : 1) || a.name.localeCompare(b.name, 'de');

/**
 * The committees of the council and the administration units that write papers, as a table; managers add and
 * rename them in a form below it. The form opens on demand and takes the focus; afterwards a notice says what
 * happened and takes it.
 */
export function CommitteesSection({ canManage }: { canManage: boolean }) {
  const committees = useCommittees();
  const [editing, setEditing] = useState<Committee | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const close = (text: string | null, focusId: string) => {
    setEditing(null);
    setNotice(text);
    window.setTimeout(() => (text ? noticeRef.current : document.getElementById(focusId))?.focus());
  };

  if (committees.isPending) return <LoadingIndicator label="Gremien werden geladen …" />;
  if (committees.isError) return <ErrorAlert error={committees.error} />;
  const rows = [...committees.data].sort(byKindAndName);

  const columns: Column<Committee>[] = [
    { key: 'name', header: 'Name', rowHeader: true, cell: (c) => c.name },
    { key: 'short', header: 'Kurzname', cell: (c) => c.shortName ?? <span className="app-muted">–</span> },
    { key: 'kind', header: 'Art', cell: (c) => committeeKindLabels[c.kind] },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      header: 'Aktionen',
      cell: (c) => (
        <Button
          variant="secondary"
          id={`committee-edit-${c.id}`}
          onClick={() => {
            setNotice(null);
            setEditing(c);
          }}
        >
          <span className="app-visually-hidden">{c.name}: </span>Bearbeiten
        </Button>
      ),
    });
  }

  return (
    <div className="app-stack app-papers-stack">
      {notice ? (
        <div className="app-focus-target" ref={noticeRef} tabIndex={-1}>
          <Alert tone="success" title={notice} />
        </div>
      ) : null}
      <DataTable
        caption="Gremien und Verwaltungsbereiche"
        captionHidden
        rows={rows}
        rowKey={(c) => c.id}
        columns={columns}
        empty={<p className="kern-body">Es sind noch keine Gremien eingetragen.</p>}
      />
      {canManage && editing === null ? (
        <div>
          <Button variant="secondary" id="committee-new" onClick={() => setEditing('new')}>
            Gremium oder Verwaltungsbereich anlegen
          </Button>
        </div>
      ) : null}
      {canManage && editing !== null ? (
        <CommitteeForm
          key={editing === 'new' ? 'new' : editing.id}
          committee={editing === 'new' ? null : editing}
          onSaved={(saved, created) => close(created ? `„${saved.name}“ wurde angelegt.` : `„${saved.name}“ wurde gespeichert.`, 'committee-new')}
          onCancel={() => close(null, editing === 'new' ? 'committee-new' : `committee-edit-${editing.id}`)}
        />
      ) : null}
    </div>
  );
}

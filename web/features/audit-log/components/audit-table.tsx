import type { AuditEntry } from '../../../../common/api/audit';
import { formatDateTime } from '../../../components/format/format-date';
import { DataTable } from '../../../components/ui/data-table';
import { actionLabel, entityLabel } from './audit-labels';

const json = (value: unknown): string => (value === null || value === undefined ? '—' : JSON.stringify(value, null, 2));

/** A readable name for the changed record, taken from its before/after state when it has one. */
function subjectOf(entry: AuditEntry): string | null {
  for (const state of [entry.after, entry.before]) {
    if (state && typeof state === 'object') {
      const record = state as Record<string, unknown>;
      const name = record.displayName ?? record.name ?? record.title;
      const email = record.email;
      if (typeof name === 'string' && typeof email === 'string') return `${name} (${email})`;
      if (typeof name === 'string') return name;
      if (typeof email === 'string') return email;
    }
  }
  return null;
}

function EntryDetails({ entry }: { entry: AuditEntry }) {
  return (
    <details className="app-details">
      <summary className="kern-link app-details__summary">
        Details<span className="kern-sr-only"> zu Eintrag {entry.id}</span>
      </summary>
      <div className="app-details__body">
        <dl className="app-details__meta">
          <dt>Kennung des Eintrags</dt>
          <dd>{entry.entityId ?? '—'}</dd>
          <dt>Anfrage-ID</dt>
          <dd>{entry.requestId ?? '—'}</dd>
        </dl>
        <p className="kern-label">Vorher</p>
        <pre className="app-json">{json(entry.before)}</pre>
        <p className="kern-label">Nachher</p>
        <pre className="app-json">{json(entry.after)}</pre>
      </div>
    </details>
  );
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <DataTable
      caption="Einträge im Protokoll, neueste zuerst"
      captionHidden
      rows={entries}
      rowKey={(e) => e.id}
      empty={<p className="kern-body">Keine Einträge für diesen Filter.</p>}
      columns={[
        {
          key: 'at',
          header: 'Zeitpunkt',
          rowHeader: true,
          cell: (e) => <time dateTime={e.at}>{formatDateTime(e.at)}</time>,
        },
        { key: 'actor', header: 'Ausgeführt von', cell: (e) => e.actorLabel },
        { key: 'action', header: 'Aktion', cell: (e) => actionLabel(e.action) },
        { key: 'entity', header: 'Bereich', cell: (e) => entityLabel(e.entity) },
        {
          key: 'subject',
          header: 'Betrifft',
          cell: (e) => {
            const subject = subjectOf(e);
            return (
              <>
                {subject ? <span className="app-subject">{subject}</span> : null}
                {e.entityId ? <span className="app-code app-entity-id">{e.entityId}</span> : subject ? null : '—'}
              </>
            );
          },
        },
        { key: 'details', header: 'Details', cell: (e) => <EntryDetails entry={e} /> },
      ]}
    />
  );
}

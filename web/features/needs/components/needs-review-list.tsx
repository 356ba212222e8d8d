import './needs-staff.css';
import { useRef, useState } from 'react';
import type { NeedSummary } from '../../../../common/api/needs';
import { formatDay } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { Pagination } from '../../../components/ui/pagination';
import { useNeeds, useNeedTopics } from '../hooks/use-needs';
import { NeedsReviewEntry } from './needs-review-entry';

const PER_PAGE = 10;

/** The public form's entries waiting for a team member: each is accepted (with topics) or rejected. */
export function NeedsReviewList() {
  const [offset, setOffset] = useState(0);
  const pending = useNeeds({ review: 'pending', limit: PER_PAGE, offset });
  const topics = useNeedTopics();
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const reviewed = (decision: 'accepted' | 'rejected', entry: NeedSummary) => {
    setMessage(`Eingang vom ${formatDay(entry.recordedOn)} (${entry.spaceName}) ${decision === 'accepted' ? 'angenommen: Er zählt jetzt in der Lückenanalyse.' : 'abgelehnt.'}`);
    // The entry leaves the list; focus goes to the message instead of being lost.
    statusRef.current?.focus();
  };
  const result = pending.data;

  return (
    <div className="app-stack">
      <div ref={statusRef} tabIndex={-1} className="app-focus-target app-needs-live" role="status">
        {message ? <Alert tone="success" title={message} role="none" /> : null}
      </div>
      {pending.isPending || topics.isPending ? (
        <LoadingIndicator label="Einträge werden geladen …" />
      ) : pending.isError ? (
        <ErrorAlert error={pending.error} />
      ) : topics.isError ? (
        <ErrorAlert error={topics.error} />
      ) : result && result.items.length === 0 ? (
        <p className="kern-body app-empty">Keine Einträge zu prüfen. Neue Meldungen aus dem Online-Formular erscheinen hier.</p>
      ) : result ? (
        <>
          <p className="kern-body">{result.total === 1 ? '1 Eintrag wartet auf die Prüfung.' : `${result.total} Einträge warten auf die Prüfung.`}</p>
          <div className="app-review-list">
            {result.items.map((entry) => (
              <NeedsReviewEntry key={entry.id} entry={entry} topics={topics.data ?? []} onReviewed={reviewed} />
            ))}
          </div>
          <Pagination label="Seiten der Einträge" offset={result.offset} limit={result.limit} total={result.total} onChange={setOffset} />
        </>
      ) : null}
    </div>
  );
}

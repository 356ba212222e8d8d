import { Link } from 'react-router';
import { isApiError } from '../../../components/api/api-error';
import { todayIso } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { useManyShoulders } from '../hooks/use-network-analysis';
import { presetSpan } from './period';

/**
 * A space's hub: who carried its network work this year in two or three sentences, the warning when one person
 * carries more than half, and the way to the full figures.
 */
export function SpaceShoulders({ spaceId, fullPath, mapPath }: { spaceId: string; fullPath: string; mapPath: string }) {
  const today = todayIso();
  const span = presetSpan('jahr', today);
  const figures = useManyShoulders({ spaceId, ...span }, { retry: false });
  if (figures.isPending) return <LoadingIndicator label="Zahlen zur Netzwerkarbeit werden geladen …" />;
  if (figures.isError) {
    if (isApiError(figures.error) && figures.error.status === 403)
      return <p className="kern-body app-muted">Wer die Netzwerkarbeit trägt, sehen die Leitung, das Team dieses Sozialraums und der Ausschuss.</p>;
    return <ErrorAlert error={figures.error} />;
  }
  const f = figures.data;
  return (
    <div className="app-stack">
      <p className="kern-body">Netzwerkarbeit {today.slice(0, 4)} (bis heute):</p>
      {f.warning ? (
        <Alert tone="warning" title="Die Netzwerkarbeit ruht auf wenigen Schultern">
          <p className="kern-body">{f.warning}</p>
        </Alert>
      ) : null}
      <ul className="kern-list kern-list--bullet">
        {f.explanation.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <ul className="app-inline-list">
        <li>
          <Link className="kern-link" to={fullPath}>
            Viele Schultern: alle Zahlen dieses Sozialraums
          </Link>
        </li>
        <li>
          <Link className="kern-link" to={mapPath}>
            Netzwerkkarte dieses Sozialraums
          </Link>
        </li>
      </ul>
    </div>
  );
}

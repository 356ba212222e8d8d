import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { useGapSummary } from '../hooks/use-needs';
import { GapTotals } from './gap-totals';

type SpaceNeedsSummaryProps = {
  spaceId: string;
  /** Links for those who may read single needs; the committee gets none. */
  needsListPath: string | null;
  gapsPath: string;
  homeVisitPath: string | null;
};

/** A space's needs and gaps this year, in figures: for the space's hub page. Aggregates only. */
export function SpaceNeedsSummary({ spaceId, needsListPath, gapsPath, homeVisitPath }: SpaceNeedsSummaryProps) {
  const summary = useGapSummary({ spaceId });
  if (summary.isPending) return <LoadingIndicator label="Bedarfe werden gezählt …" />;
  if (summary.isError) return <ErrorAlert error={summary.error} />;
  const { totals, from } = summary.data;
  return (
    <>
      <p className="kern-body">Bedarfe seit dem 1. Januar {from.slice(0, 4)}; eine Lücke je Bedarf und Thema.</p>
      <GapTotals totals={totals} byVoice={totals.byVoice} voice="" />
      <p className="kern-body">
        <Link className="kern-link" to={gapsPath}>
          Lückenanalyse aller Sozialräume
        </Link>
        {needsListPath ? (
          <>
            {' · '}
            <Link className="kern-link" to={needsListPath}>
              Bedarfe dieses Sozialraums
            </Link>
          </>
        ) : null}
        {homeVisitPath ? (
          <>
            {' · '}
            <Link className="kern-link" to={homeVisitPath}>
              Bedarf beim Hausbesuch erfassen
            </Link>
          </>
        ) : null}
      </p>
    </>
  );
}

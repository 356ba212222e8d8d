import { Link } from 'react-router';
import { todayIso } from '../../../components/format/format-date';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { useMeetings } from '../hooks/use-meetings';
import { meetingPaths } from '../meeting-paths';
import { formatMeetingTime } from '../../../components/format/berlin-time';
import { MeetingStateBadge } from './meeting-list';
import { splitByTime } from './meetings-filter';

/** The next network meeting of a space (for the space's page) and a link to all of them. */
export function SpaceNextMeeting({ spaceId }: { spaceId: string }) {
  const meetings = useMeetings({ spaceId, from: todayIso() });
  const listPath = `${meetingPaths.meetings}?spaceId=${encodeURIComponent(spaceId)}`;
  if (meetings.isPending) return <LoadingIndicator label="Treffen werden geladen …" />;
  if (meetings.isError) return null;
  const next = splitByTime(meetings.data.filter((m) => m.state !== 'cancelled'), new Date()).upcoming[0];
  return (
    <div className="app-section">
      <h3 className="kern-heading-small">Nächstes Netzwerktreffen</h3>
      {next ? (
        <p className="kern-body">
          <Link className="kern-link" to={meetingPaths.meeting(next.id)}>
            {next.title}
          </Link>{' '}
          – {formatMeetingTime(next.startsAt, next.endsAt)}
          {next.place ? `, ${next.place}` : ''} <MeetingStateBadge state={next.state} />
        </p>
      ) : (
        <p className="kern-body app-muted">Kein Treffen geplant.</p>
      )}
      <p className="kern-body">
        <Link className="kern-link" to={listPath}>
          Alle Netzwerktreffen dieses Sozialraums
        </Link>
      </p>
    </div>
  );
}

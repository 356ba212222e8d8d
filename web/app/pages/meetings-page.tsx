import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { formatDay } from '../../components/format/format-date';
import { Alert, ErrorAlert } from '../../components/ui/alert';
import { ButtonLink } from '../../components/ui/button';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { CalendarFeeds } from '../../features/meetings/components/calendar-feeds';
import { MeetingFilters, MeetingList } from '../../features/meetings/components/meeting-list';
import { meetingsApiQuery, meetingsSearch, readMeetingsFilter, splitByTime, type MeetingsFilter } from '../../features/meetings/components/meetings-filter';
import { useMeetings, useMeetingSpaces, useMyTasks } from '../../features/meetings/hooks/use-meetings';
import { meetingPaths } from '../../features/meetings/meeting-paths';
import { NetworkWorkTabs } from './network-work-tabs';

function MyTasks() {
  const tasks = useMyTasks();
  const open = (tasks.data ?? []).filter((t) => !t.doneOn);
  if (open.length === 0) return null;
  return (
    <section className="app-section" aria-labelledby="my-tasks-heading">
      <h2 className="kern-heading-medium" id="my-tasks-heading">
        Meine offenen Aufgaben
      </h2>
      <ul className="kern-list kern-list--bullet">
        {open.map((t) => (
          <li key={t.id} className="kern-body">
            {t.text} – bis {t.dueOn ? formatDay(t.dueOn) : '–'}
            {t.overdue ? <strong> (überfällig)</strong> : null} ·{' '}
            <Link className="kern-link" to={meetingPaths.meeting(t.meetingId)}>
              {t.meetingTitle}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function deletedNote(state: unknown): boolean {
  return Boolean(state && typeof state === 'object' && (state as Record<string, unknown>).deletedMeeting === true);
}

/** Netzwerktreffen: upcoming first, past below; filters in the address; calendar subscriptions. */
export function MeetingsPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const deleted = deletedNote(useLocation().state);
  const filter = readMeetingsFilter(params);
  const meetings = useMeetings(meetingsApiQuery(filter));
  const spaces = useMeetingSpaces();
  const spaceNames = new Map((spaces.data ?? []).map((s) => [s.id, s.name]));
  const change = (next: Partial<MeetingsFilter>) => void navigate({ search: meetingsSearch({ ...filter, ...next }) }, { replace: true });
  const { upcoming, past } = splitByTime(meetings.data ?? [], new Date());

  return (
    <div className="app-stack">
      <PageHeading
        title="Netzwerktreffen"
        lead="Treffen der Sozialräume planen, einladen und festhalten: Tagesordnung, Teilnahme, Protokoll und Beschlüsse – organisiert von vielen, nicht von einer Person."
      />
      <NetworkWorkTabs />
      {deleted ? <Alert tone="success" title="Das Treffen wurde gelöscht." /> : null}
      <div>
        <ButtonLink to={filter.spaceId ? `${meetingPaths.newMeeting}?spaceId=${encodeURIComponent(filter.spaceId)}` : meetingPaths.newMeeting}>Neues Treffen</ButtonLink>
      </div>
      <MyTasks />
      <MeetingFilters filter={filter} spaces={spaces.data ?? []} onChange={change} />
      {meetings.isPending ? (
        <LoadingIndicator label="Treffen werden geladen …" />
      ) : meetings.isError ? (
        <ErrorAlert error={meetings.error} />
      ) : (
        <>
          <MeetingList id="meetings-upcoming" title="Anstehende Treffen" meetings={upcoming} spaceNames={spaceNames} empty="Keine anstehenden Treffen." />
          <MeetingList id="meetings-past" title="Vergangene Treffen" meetings={past} spaceNames={spaceNames} empty="Keine vergangenen Treffen zu diesen Filtern." />
        </>
      )}
      <CalendarFeeds spaces={spaces.data ?? []} defaultSpaceId={filter.spaceId || undefined} />
    </div>
  );
}

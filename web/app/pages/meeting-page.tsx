import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Alert, ErrorAlert } from '../../components/ui/alert';
import { ConfirmDelete } from '../../components/ui/confirm-delete';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { CalendarFeeds } from '../../features/meetings/components/calendar-feeds';
import { MeetingAgenda } from '../../features/meetings/components/meeting-agenda';
import { MeetingAttendance, MeetingMinutes } from '../../features/meetings/components/meeting-attendance';
import { MeetingDecisions } from '../../features/meetings/components/meeting-decisions';
import { MeetingFacts, MeetingStateSection } from '../../features/meetings/components/meeting-facts';
import { MeetingInvitation } from '../../features/meetings/components/meeting-invitation';
import { useDeleteMeeting, useMeeting, useMeetingSpaces } from '../../features/meetings/hooks/use-meetings';
import { meetingPaths } from '../../features/meetings/meeting-paths';
import { projectPaths } from '../../features/projects/project-paths';
import { paths } from '../paths';
import { meetingManagerRoles, needRecorderRoles } from '../roles';

/** One network meeting: facts, state, agenda, attendance, minutes, decisions, invitation, calendar. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { data: account } = useMe();
  const navigate = useNavigate();
  const saved = Boolean((useLocation().state as Record<string, unknown> | null)?.savedMeeting);
  const meeting = useMeeting(id);
  const spaces = useMeetingSpaces();
  const remove = useDeleteMeeting(id, () => void navigate(meetingPaths.meetings, { state: { deletedMeeting: true } }));

  if (meeting.isPending) return <LoadingIndicator label="Treffen wird geladen …" />;
  if (meeting.isError)
    return (
      <div className="app-stack">
        <PageHeading title="Netzwerktreffen" />
        <ErrorAlert error={meeting.error} />
        <p className="kern-body">
          <Link className="kern-link" to={meetingPaths.meetings}>
            Zu allen Treffen
          </Link>
        </p>
      </div>
    );

  const m = meeting.data;
  const spaceNames = new Map((spaces.data ?? []).map((s) => [s.id, s.name]));
  const ownSpaces = (spaces.data ?? []).filter((s) => m.spaceIds.includes(s.id));
  return (
    <div className="app-stack">
      <PageHeading title={m.title} preline="Netzwerktreffen" />
      <p className="kern-body">
        <Link className="kern-link" to={meetingPaths.meetings}>
          Alle Treffen
        </Link>
      </p>
      {saved ? <Alert tone="success" title="Das Treffen wurde angelegt." /> : null}
      <MeetingFacts meeting={m} spaceNames={spaceNames} />
      <MeetingStateSection meeting={m} />
      <MeetingInvitation meeting={m} />
      <MeetingAgenda meeting={m} paths={{ need: hasAnyRole(account, needRecorderRoles) ? paths.need : null, service: paths.service, project: projectPaths.project }} />
      <MeetingAttendance key={`attendance-${m.state}`} meeting={m} />
      <MeetingMinutes meeting={m} />
      <MeetingDecisions meeting={m} projectPath={projectPaths.project} />
      <CalendarFeeds spaces={ownSpaces} defaultSpaceId={m.spaceIds[0]} />
      {hasAnyRole(account, meetingManagerRoles) && m.state === 'planned' ? (
        <section className="app-section" aria-labelledby="meeting-delete-heading">
          <h2 className="kern-heading-medium" id="meeting-delete-heading">
            Löschen
          </h2>
          <ConfirmDelete id="meeting-delete" startLabel="Löschen …" question={`„${m.title}“ endgültig löschen?`} request={remove} onConfirm={() => remove.mutate()}>
            Nur geplante Treffen können gelöscht werden, zum Beispiel aus Versehen angelegte. Ein Treffen, das ausfällt, wird besser abgesagt.
          </ConfirmDelete>
        </section>
      ) : null}
    </div>
  );
}

import { useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { MeetingForm } from '../../features/meetings/components/meeting-form';
import { meetingPaths } from '../../features/meetings/meeting-paths';

/** A new network meeting; it starts as planned. */
export function NewMeetingPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <div className="app-stack">
      <PageHeading title="Neues Treffen" preline="Netzwerktreffen" lead="Das Treffen beginnt als geplant. Einladung, Tagesordnung, Teilnahme und Beschlüsse folgen auf der Seite des Treffens." />
      <MeetingForm
        initialSpaceId={params.get('spaceId') ?? undefined}
        onSaved={(meeting) => void navigate(meetingPaths.meeting(meeting.id), { state: { savedMeeting: true } })}
        onCancel={() => void navigate(meetingPaths.meetings)}
      />
    </div>
  );
}

import { Link, useNavigate } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { useMe } from '../../features/accounts/hooks/use-me';
import { NeedCaptureForm } from '../../features/needs/components/need-capture-form';
import { RecorderSpacesGate } from '../../features/needs/components/recorder-spaces-gate';
import { useRecorderSpaces } from '../../features/needs/hooks/use-recorder-spaces';
import { paths } from '../paths';

/** Bedarf erfassen: every field of a need, any source (home visit, case closure, participation, meeting, other). */
export function NewNeedPage() {
  const navigate = useNavigate();
  const { data: account } = useMe();
  const recorder = useRecorderSpaces(account?.user.id ?? '');
  return (
    <div className="app-stack">
      <PageHeading
        title="Neuer Bedarf"
        preline="Bedarfe"
        lead="Was fehlt Familien, Kindern und Jugendlichen im Sozialraum? Erfasst wird anonym: ohne Namen, Kontaktdaten, Anschriften und Aktenzeichen."
      />
      <p className="kern-body">
        <Link className="kern-link" to={paths.homeVisit}>
          Schnellerfassung beim Hausbesuch
        </Link>
        {' · '}
        <Link className="kern-link" to={paths.needs}>
          Alle Bedarfe
        </Link>
      </p>
      <RecorderSpacesGate recorder={recorder}>
        <NeedCaptureForm
          variant="full"
          spaces={recorder.spaces}
          defaultSpaceId={recorder.initialSpaceId}
          onSaved={(need) => {
            recorder.remember(need.spaceId);
            navigate(paths.need(need.id), { state: { saved: true } });
          }}
          onCancel={() => navigate(paths.needs)}
        />
      </RecorderSpacesGate>
    </div>
  );
}

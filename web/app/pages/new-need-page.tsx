import { Link, useNavigate } from 'react-router';
import { Alert, ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { NeedCaptureForm } from '../../features/needs/components/need-capture-form';
import { paths } from '../paths';
import { useRecorderSpaces } from './home-visit-page';

/** Bedarf erfassen: every field of a need, any source (home visit, case closure, participation, meeting, other). */
export function NewNeedPage() {
  const navigate = useNavigate();
  const recorder = useRecorderSpaces();
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
      {recorder.isPending ? (
        <LoadingIndicator label="Formular wird vorbereitet …" />
      ) : recorder.error ? (
        <ErrorAlert error={recorder.error} title="Das Formular kann nicht geladen werden" />
      ) : recorder.spaces.length === 0 ? (
        <Alert tone="warning" title="Kein Sozialraum">
          <p className="kern-body">
            Sie gehören derzeit zu keinem Sozialraumteam. Bedarfe erfassen Teammitglieder für ihre Sozialräume; bitte wenden Sie sich an die
            Fachbereichsleitung.
          </p>
        </Alert>
      ) : (
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
      )}
    </div>
  );
}

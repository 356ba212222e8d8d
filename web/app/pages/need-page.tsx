import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../components/api/api-error';
import { formatDay } from '../../components/format/format-date';
import { ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, isAdmin, useMe } from '../../features/accounts/hooks/use-me';
import { NeedDetailDelete } from '../../features/needs/components/need-detail-delete';
import { NeedDetailFacts } from '../../features/needs/components/need-detail-facts';
import { NeedDetailGap } from '../../features/needs/components/need-detail-gap';
import { NeedStatusForm } from '../../features/needs/components/need-status-form';
import { useNeed } from '../../features/needs/hooks/use-needs';
import { ProjectsOfNeed } from '../../features/projects/components/project-mentions';
import { projectPaths } from '../../features/projects/project-paths';
import { paths } from '../paths';
import { needManagerRoles } from '../roles';

/** One need: what was named, its gaps (one per topic) with their history, and what the team does about it. */
export function NeedPage() {
  const { id = '' } = useParams();
  const need = useNeed(id);
  const { data: account } = useMe();
  const navigate = useNavigate();
  // Deleting is the management's (the server's needsPolicy.deleteNeed); others do not see the button.
  const manager = hasAnyRole(account, needManagerRoles);
  const missing = isApiError(need.error) && (need.error.code === 'NOT_FOUND' || need.error.code === 'INVALID_INPUT');
  const n = need.data;
  const title = n ? `Bedarf vom ${formatDay(n.recordedOn)}` : missing ? 'Bedarf nicht gefunden' : 'Bedarf';

  return (
    <div className="app-stack app-need-page">
      <PageHeading title={title} preline={n ? `Bedarfe · ${n.spaceName}` : 'Bedarfe'} />
      {need.isPending ? (
        <LoadingIndicator label="Bedarf wird geladen …" />
      ) : missing ? (
        <p className="kern-body">Unter dieser Adresse gibt es keinen Bedarf, den Sie sehen dürfen.</p>
      ) : need.isError ? (
        <ErrorAlert error={need.error} />
      ) : n ? (
        <>
          {n.reviewState === 'pending' ? (
            <p className="kern-body app-filter-note">
              Dieser Eintrag aus dem Online-Formular ist noch nicht geprüft und zählt noch nicht.{' '}
              <Link className="kern-link" to={paths.needsReview}>
                Online-Meldungen prüfen
              </Link>
            </p>
          ) : null}
          <NeedDetailFacts need={n} servicePath={paths.service} />

          <section className="app-section" aria-labelledby="need-gaps-heading">
            <h2 className="kern-heading-medium" id="need-gaps-heading">
              Lücken
            </h2>
            {n.gaps.length ? (
              <>
                <p className="kern-body">
                  Eine Lücke je Thema: <strong>fehlt</strong> (kein passendes Angebot im Sozialraum), <strong>unbekannt</strong> (es
                  gibt eines, die Familie kannte es nicht) oder <strong>passt nicht</strong> (bekannt, passt aber nicht).
                  Berechnete Lücken können Sie bestätigen oder korrigieren.
                </p>
                <div className="app-gap-list">
                  {n.gaps.map((g) => (
                    <NeedDetailGap
                      key={g.id}
                      gap={g}
                      needId={n.id}
                      workable={n.reviewState === 'accepted'}
                      servicePath={paths.service}
                      offerSheetPath={paths.offerSheet(n.id)}
                    />
                  ))}
                </div>
              </>
            ) : (
              <p className="kern-body">
                {n.reviewState === 'accepted' ? 'Ohne Thema lässt sich keine Lücke bestimmen.' : 'Lücken werden bestimmt, sobald der Eintrag angenommen ist.'}
              </p>
            )}
          </section>

          <section className="app-section" aria-labelledby="need-status-heading">
            <h2 className="kern-heading-medium" id="need-status-heading">
              Status und Vermittlung
            </h2>
            <NeedStatusForm key={n.id} need={n} servicePath={paths.service} />
          </section>

          <section className="app-section" aria-labelledby="need-projects-heading">
            <h2 className="kern-heading-medium" id="need-projects-heading">
              Projekte
            </h2>
            <ProjectsOfNeed needId={n.id} projectPath={projectPaths.project} />
          </section>

          {manager ? (
            <section className="app-section" aria-labelledby="need-delete-heading">
              <h2 className="kern-heading-medium" id="need-delete-heading">
                Löschen
              </h2>
              <NeedDetailDelete needId={n.id} onDeleted={() => navigate(paths.needs, { state: { deletedNeed: true } })} />
              {isAdmin(account) ? (
                <p className="kern-body">
                  <Link className="kern-link" to={paths.auditOf('need', n.id)}>
                    Änderungen an diesem Bedarf im Protokoll
                  </Link>
                </p>
              ) : null}
            </section>
          ) : null}
        </>
      ) : null}
      <p className="kern-body">
        <Link className="kern-link" to={paths.needs}>
          Zurück zu den Bedarfen
        </Link>
      </p>
    </div>
  );
}

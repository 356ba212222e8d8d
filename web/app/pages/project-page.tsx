import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Alert, ErrorAlert } from '../../components/ui/alert';
import { ButtonLink } from '../../components/ui/button';
import { ConfirmDelete } from '../../components/ui/confirm-delete';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { ProjectAttachments } from '../../features/projects/components/project-attachments';
import { ProjectFacts, ProjectNeeds, ProjectPeople, ProjectReach } from '../../features/projects/components/project-facts';
import { ProjectMoney } from '../../features/projects/components/project-money';
import { ProjectStatusSection } from '../../features/projects/components/project-status';
import { ProjectYearNotes } from '../../features/projects/components/project-year-notes';
import { useDeleteProject, useProject, useProjectSpaces, useProjectTopics } from '../../features/projects/hooks/use-projects';
import { projectPaths } from '../../features/projects/project-paths';
import { paths } from '../paths';
import { budgetReaderRoles, commitmentWriterRoles, needRecorderRoles, projectAttachmentRoles, projectManagerRoles } from '../roles';

function savedNote(state: unknown): string | null {
  const saved = state && typeof state === 'object' ? (state as Record<string, unknown>).savedProject : undefined;
  if (saved === 'created') return 'Das Projekt wurde angelegt.';
  if (saved === 'updated') return 'Die Änderungen wurden gespeichert.';
  return null;
}

/** One project: its needs, partners and people, status, story per year, files and money. */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { data: account } = useMe();
  const navigate = useNavigate();
  const saved = savedNote(useLocation().state);
  const project = useProject(id);
  const spaces = useProjectSpaces();
  const topics = useProjectTopics();
  const remove = useDeleteProject(id, () => void navigate(projectPaths.projects, { state: { deletedProject: true } }));

  if (project.isPending) return <LoadingIndicator label="Projekt wird geladen …" />;
  if (project.isError)
    return (
      <div className="app-stack">
        <PageHeading title="Projekt" />
        <ErrorAlert error={project.error} />
        <p className="kern-body">
          <Link className="kern-link" to={projectPaths.projects}>
            Zu allen Projekten
          </Link>
        </p>
      </div>
    );

  const p = project.data;
  const spaceNames = new Map((spaces.data ?? []).map((s) => [s.id, s.name]));
  const topicNames = new Map((topics.data ?? []).map((t) => [t.id, t.name]));
  return (
    <div className="app-stack">
      <PageHeading title={p.title} preline="Projekt" />
      <p className="kern-body">
        <Link className="kern-link" to={projectPaths.projects}>
          Alle Projekte
        </Link>
      </p>
      {saved ? <Alert tone="success" title={saved} /> : null}
      {p.editable ? (
        <div>
          <ButtonLink to={projectPaths.editProject(p.id)} variant="secondary">
            Projekt bearbeiten
          </ButtonLink>
        </div>
      ) : null}
      <ProjectStatusSection project={p} />
      <ProjectFacts project={p} spaceNames={spaceNames} topicNames={topicNames} />
      <ProjectNeeds project={p} spaceNames={spaceNames} needPath={hasAnyRole(account, needRecorderRoles) ? paths.need : null} />
      <ProjectPeople project={p} />
      <ProjectReach project={p} />
      <ProjectYearNotes project={p} />
      {/* The server gives the committee no attachments: they may hold anything a team files. */}
      {hasAnyRole(account, projectAttachmentRoles) ? <ProjectAttachments project={p} /> : null}
      {hasAnyRole(account, budgetReaderRoles) ? <ProjectMoney project={p} spaceNames={spaceNames} canCommit={hasAnyRole(account, commitmentWriterRoles)} /> : null}
      {hasAnyRole(account, projectManagerRoles) ? (
        <section className="app-section" aria-labelledby="project-delete-heading">
          <h2 className="kern-heading-medium" id="project-delete-heading">
            Löschen
          </h2>
          <ConfirmDelete
            id="project-delete"
            startLabel="Löschen …"
            question={`„${p.title}“ endgültig löschen?`}
            request={remove}
            onConfirm={() => remove.mutate()}
          >
            Ein Projekt, das nicht zustande kam, wird besser eingestellt: dann bleibt im Jahresbericht sichtbar, warum. Löschen Sie nur Einträge, die
            aus Versehen angelegt wurden. Projekte mit gebundenen Mitteln oder Buchungen können nicht gelöscht werden.
          </ConfirmDelete>
        </section>
      ) : null}
    </div>
  );
}

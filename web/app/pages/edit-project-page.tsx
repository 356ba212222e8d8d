import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { ProjectForm } from '../../features/projects/components/project-form';
import { useProject } from '../../features/projects/hooks/use-projects';
import { projectPaths } from '../../features/projects/project-paths';

/** Changing a project's description, spaces, needs, people and reach (status and year notes are on its page). */
export function EditProjectPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const project = useProject(id);
  if (project.isPending) return <LoadingIndicator label="Projekt wird geladen …" />;
  if (project.isError)
    return (
      <div className="app-stack">
        <PageHeading title="Projekt bearbeiten" />
        <ErrorAlert error={project.error} />
      </div>
    );
  const p = project.data;
  return (
    <div className="app-stack">
      <PageHeading title={`${p.title} bearbeiten`} preline="Projekte und Maßnahmen" />
      {p.editable ? (
        <ProjectForm
          project={p}
          onSaved={(saved) => void navigate(projectPaths.project(saved.id), { state: { savedProject: 'updated' } })}
          onCancel={() => void navigate(projectPaths.project(p.id))}
        />
      ) : (
        <p className="kern-body">Sie können dieses Projekt nicht bearbeiten: es gehört zu keinem Sozialraum, in dem Sie im Team sind.</p>
      )}
    </div>
  );
}

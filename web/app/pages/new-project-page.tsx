import { useNavigate } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { ProjectForm } from '../../features/projects/components/project-form';
import { projectPaths } from '../../features/projects/project-paths';

/** A new project; it starts as an idea. */
export function NewProjectPage() {
  const navigate = useNavigate();
  return (
    <div className="app-stack">
      <PageHeading title="Neues Projekt" preline="Projekte und Maßnahmen" lead="Ein neues Projekt beginnt als Idee. Status, Erfolge und Anlagen folgen auf der Seite des Projekts." />
      <ProjectForm onSaved={(project) => void navigate(projectPaths.project(project.id), { state: { savedProject: 'created' } })} onCancel={() => void navigate(projectPaths.projects)} />
    </div>
  );
}

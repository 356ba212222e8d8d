import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { todayIso } from '../../components/format/format-date';
import { Alert, ErrorAlert } from '../../components/ui/alert';
import { ButtonLink } from '../../components/ui/button';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { ProjectFilters, ViewSwitch } from '../../features/projects/components/project-filters';
import { ProjectBoard, ProjectTable } from '../../features/projects/components/project-list';
import { activeFilterCount, projectsApiQuery, projectsSearch, readProjectsFilter, type ProjectsFilter } from '../../features/projects/components/projects-filter';
import { useProjects, useProjectSpaces } from '../../features/projects/hooks/use-projects';
import { projectPaths } from '../../features/projects/project-paths';
import { projectWriterRoles } from '../roles';

const firstYear = 2015;

function deletedNote(state: unknown): boolean {
  return Boolean(state && typeof state === 'object' && (state as Record<string, unknown>).deletedProject === true);
}

/** Projekte und Maßnahmen: as columns by status or as a table, with filters kept in the address. */
export function ProjectsPage() {
  const { data: account } = useMe();
  const writer = hasAnyRole(account, projectWriterRoles);
  const deleted = deletedNote(useLocation().state);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filter = readProjectsFilter(params);
  const projects = useProjects(projectsApiQuery(filter));
  const spaces = useProjectSpaces();
  const spaceNames = new Map((spaces.data ?? []).map((s) => [s.id, s.name]));
  const lastYear = Number(todayIso().slice(0, 4)) + 1;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => lastYear - i);

  const change = (next: Partial<ProjectsFilter>) => void navigate({ search: projectsSearch({ ...filter, ...next }) }, { replace: true });
  const filtered = activeFilterCount(filter) > 0;
  const list = projects.data ?? [];

  return (
    <div className="app-stack">
      <PageHeading
        title="Projekte und Maßnahmen"
        lead="Was aus den Bedarfen wird: Projekte von der Idee bis zum Abschluss, wer sie angestoßen hat, wer sie trägt und wen sie erreichen."
      />
      {deleted ? <Alert tone="success" title="Das Projekt wurde gelöscht." /> : null}
      {writer ? (
        <div>
          <ButtonLink to={projectPaths.newProject}>Neues Projekt</ButtonLink>
        </div>
      ) : null}
      <ProjectFilters filter={filter} spaces={spaces.data ?? []} years={years} onChange={change} />
      <ViewSwitch view={filter.view} onChange={(view) => change({ view })} />
      {projects.isPending ? (
        <LoadingIndicator label="Projekte werden geladen …" />
      ) : projects.isError ? (
        <ErrorAlert error={projects.error} />
      ) : (
        <>
          <p className="kern-body" role="status">
            {list.length === 0
              ? filtered
                ? 'Keine Projekte zu diesen Filtern.'
                : 'Es gibt noch keine Projekte.'
              : `${list.length === 1 ? '1 Projekt' : `${list.length} Projekte`}${filtered ? ' zu diesen Filtern' : ''}.`}
          </p>
          {list.length === 0 ? null : filter.view === 'table' ? (
            <ProjectTable projects={list} spaceNames={spaceNames} sort={filter.sort} onSort={(sort) => change({ sort })} />
          ) : (
            <ProjectBoard projects={list} spaceNames={spaceNames} />
          )}
        </>
      )}
    </div>
  );
}

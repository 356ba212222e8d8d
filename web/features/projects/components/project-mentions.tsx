import { Link } from 'react-router';
import { initiatorLabels, projectStatuses, projectStatusLabels } from '../../../../common/project-terms';
import { ErrorAlert } from '../../../components/ui/alert';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { useProjects } from '../hooks/use-projects';
import { NoAffectedVoiceBadge, StatusBadge } from './project-badges';

// Projects where other pages mention them: on a need's page (the projects that took it up) and on a space's hub.

/** The projects that took a need up, linked; nothing when there are none. */
export function ProjectsOfNeed({ needId, projectPath }: { needId: string; projectPath: (id: string) => string }) {
  const projects = useProjects({ needId });
  if (projects.isPending) return <LoadingIndicator label="Projekte werden geladen …" />;
  if (projects.isError) return <ErrorAlert error={projects.error} />;
  if (projects.data.length === 0) return <p className="kern-body">Noch kein Projekt hat diesen Bedarf aufgegriffen.</p>;
  return (
    <ul className="kern-list kern-list--bullet">
      {projects.data.map((p) => (
        <li key={p.id}>
          <Link className="kern-link" to={projectPath(p.id)}>
            {p.title}
          </Link>{' '}
          <StatusBadge status={p.status} />
        </li>
      ))}
    </ul>
  );
}

/** A space's projects: how many are in each state, the running ones by name, and the way to all of them. */
export function SpaceProjects({ spaceId, projectPath, listPath }: { spaceId: string; projectPath: (id: string) => string; listPath: string }) {
  const projects = useProjects({ spaceId });
  if (projects.isPending) return <LoadingIndicator label="Projekte werden geladen …" />;
  if (projects.isError) return <ErrorAlert error={projects.error} />;
  const all = projects.data;
  const running = all.filter((p) => p.status === 'running');
  return (
    <div className="app-stack">
      <p className="kern-body">
        {all.length === 0
          ? 'In diesem Sozialraum gibt es noch keine Projekte.'
          : projectStatuses
              .map((s) => [s, all.filter((p) => p.status === s).length] as const)
              .filter(([, n]) => n > 0)
              .map(([s, n]) => `${n} ${projectStatusLabels[s]}`)
              .join(' · ')}
      </p>
      {running.length ? (
        <ul className="kern-list kern-list--bullet">
          {running.map((p) => (
            <li key={p.id}>
              <Link className="kern-link" to={projectPath(p.id)}>
                {p.title}
              </Link>{' '}
              <span className="kern-body kern-body--small">({initiatorLabels[p.initiatedBy]})</span>{' '}
              {p.needCount > 0 && p.affectedNeedCount === 0 ? <NoAffectedVoiceBadge /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="kern-body">
        <Link className="kern-link" to={listPath}>
          Alle Projekte dieses Sozialraums
        </Link>
      </p>
    </div>
  );
}

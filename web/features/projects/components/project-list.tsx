import { Link } from 'react-router';
import type { ProjectSummary } from '../../../../common/api/projects';
import { initiatorLabels, projectStatusLabels } from '../../../../common/project-terms';
import { formatDay } from '../../../components/format/format-date';
import { formatInteger } from '../../../components/format/format-number';
import { Badge } from '../../../components/ui/badge';
import { projectPaths } from '../project-paths';
import { NoAffectedVoiceBadge, StatusBadge } from './project-badges';
import { groupByStatus, lacksAffectedVoice, sortProjects, type ProjectsSort, type SortKey } from './projects-filter';
import './projects.css';

type SpaceNames = ReadonlyMap<string, string>;

const namesOf = (ids: readonly string[], spaceNames: SpaceNames) => ids.map((id) => spaceNames.get(id) ?? 'unbekannter Sozialraum').join(', ');

const peopleText = (p: ProjectSummary) =>
  `${formatInteger(p.carrierCount)} ${p.carrierCount === 1 ? 'Person trägt' : 'Personen tragen'} es · ${formatInteger(p.reachedTotal)} erreicht`;

function ProjectCard({ project, spaceNames }: { project: ProjectSummary; spaceNames: SpaceNames }) {
  return (
    <article className="app-project-card" aria-labelledby={`project-card-${project.id}`}>
      <h3 className="kern-heading-small app-project-card__title" id={`project-card-${project.id}`}>
        <Link className="kern-link" to={projectPaths.project(project.id)}>
          {project.title}
        </Link>
      </h3>
      <p className="kern-body kern-body--small app-muted">{namesOf(project.spaceIds, spaceNames)}</p>
      <ul className="app-inline-list app-project-card__badges" aria-label="Merkmale">
        <li>
          <Badge tone="info">{initiatorLabels[project.initiatedBy]}</Badge>
        </li>
        {lacksAffectedVoice(project) ? (
          <li>
            <NoAffectedVoiceBadge />
          </li>
        ) : null}
      </ul>
      <p className="kern-body kern-body--small">{peopleText(project)}</p>
    </article>
  );
}

/** Projects as a board: one column per status, in the order a project moves; on a phone the columns stack. */
export function ProjectBoard({ projects, spaceNames }: { projects: readonly ProjectSummary[]; spaceNames: SpaceNames }) {
  return (
    <div className="app-project-board">
      {groupByStatus(projects).map(({ status, projects: column }) => (
        <section key={status} className="app-project-column" aria-labelledby={`project-column-${status}`}>
          <h2 className="kern-heading-small app-project-column__title" id={`project-column-${status}`}>
            {projectStatusLabels[status]} <span className="app-project-column__count">({column.length})</span>
          </h2>
          {column.length === 0 ? (
            <p className="kern-body kern-body--small app-muted">Keine Projekte</p>
          ) : (
            <ul className="app-project-column__list">
              {column.map((p) => (
                <li key={p.id}>
                  <ProjectCard project={p} spaceNames={spaceNames} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

const sortLabels: Record<SortKey, string> = { title: 'Titel', status: 'Status', startsOn: 'Beginn' };

function SortHeader({ column, sort, onSort }: { column: SortKey; sort: ProjectsSort; onSort: (sort: ProjectsSort) => void }) {
  const active = sort.key === column;
  const next = { key: column, descending: active ? !sort.descending : false };
  return (
    <th scope="col" className="kern-table__header" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="app-sort-button" onClick={() => onSort(next)}>
        {sortLabels[column]}
        <span aria-hidden="true" className="app-sort-button__mark">
          {active ? (sort.descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}

type ProjectTableProps = { projects: readonly ProjectSummary[]; spaceNames: SpaceNames; sort: ProjectsSort; onSort: (sort: ProjectsSort) => void };

/** Projects as a table, sortable by title, status and start. */
export function ProjectTable({ projects, spaceNames, sort, onSort }: ProjectTableProps) {
  const rows = sortProjects(projects, sort);
  return (
    <div className="kern-table-responsive app-table-scroll" role="region" aria-labelledby="projects-table-caption" tabIndex={0}>
      <table className="kern-table kern-table--small">
        <caption id="projects-table-caption" className="kern-title app-table-caption">
          {rows.length === 1 ? '1 Projekt' : `${formatInteger(rows.length)} Projekte`}
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <SortHeader column="title" sort={sort} onSort={onSort} />
            <SortHeader column="status" sort={sort} onSort={onSort} />
            <th scope="col" className="kern-table__header">
              Sozialräume
            </th>
            <th scope="col" className="kern-table__header">
              Initiative
            </th>
            <SortHeader column="startsOn" sort={sort} onSort={onSort} />
            <th scope="col" className="kern-table__header">
              Ende
            </th>
            <th scope="col" className="kern-table__header">
              Bedarfe
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Erreicht
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((p) => (
            <tr key={p.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <Link className="kern-link" to={projectPaths.project(p.id)}>
                  {p.title}
                </Link>
              </th>
              <td className="kern-table__cell">
                <StatusBadge status={p.status} />
              </td>
              <td className="kern-table__cell">{namesOf(p.spaceIds, spaceNames)}</td>
              <td className="kern-table__cell">{initiatorLabels[p.initiatedBy]}</td>
              <td className="kern-table__cell">{p.startsOn ? formatDay(p.startsOn) : '–'}</td>
              <td className="kern-table__cell">{p.endsOn ? formatDay(p.endsOn) : '–'}</td>
              <td className="kern-table__cell">
                {formatInteger(p.needCount)}
                {lacksAffectedVoice(p) ? (
                  <>
                    {' '}
                    <NoAffectedVoiceBadge />
                  </>
                ) : null}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatInteger(p.reachedTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

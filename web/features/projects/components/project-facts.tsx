import { Link } from 'react-router';
import type { ProjectDetail } from '../../../../common/api/projects';
import { ageBandLabels, ageBands } from '../../../../common/need-terms';
import { initiatorLabels } from '../../../../common/project-terms';
import { teamRoleLabels } from '../../../../common/social-space-terms';
import { formatDay } from '../../../components/format/format-date';
import { formatInteger } from '../../../components/format/format-number';
import { Alert } from '../../../components/ui/alert';
import { DescriptionList } from '../../../components/ui/description-list';
import { VoiceBadge } from './project-badges';
import './projects.css';

type Names = ReadonlyMap<string, string>;

const period = (p: ProjectDetail) =>
  p.startsOn && p.endsOn ? `${formatDay(p.startsOn)} bis ${formatDay(p.endsOn)}` : p.startsOn ? `seit ${formatDay(p.startsOn)}` : p.endsOn ? `bis ${formatDay(p.endsOn)}` : 'offen';

/** Spaces, topics, initiative, period and description. */
export function ProjectFacts({ project, spaceNames, topicNames }: { project: ProjectDetail; spaceNames: Names; topicNames: Names }) {
  return (
    <section className="app-section" aria-labelledby="project-facts-heading">
      <h2 className="kern-heading-medium" id="project-facts-heading">
        Worum es geht
      </h2>
      <DescriptionList
        items={[
          { term: 'Sozialräume', value: project.spaceIds.map((s) => spaceNames.get(s) ?? '–').join(', ') },
          { term: 'Themen', value: project.topicIds.length ? project.topicIds.map((t) => topicNames.get(t) ?? '–').join(', ') : 'keine' },
          {
            term: 'Initiative',
            value: (
              <>
                {initiatorLabels[project.initiatedBy]}
                {project.initiationNote ? `: ${project.initiationNote}` : ''}
              </>
            ),
          },
          { term: 'Zeitraum', value: period(project) },
        ]}
      />
      {project.description ? <p className="kern-body app-prewrap">{project.description}</p> : <p className="kern-body app-muted">Keine Beschreibung.</p>}
    </section>
  );
}

/** The needs it answers, whose voice each is, and the warning when none came from the affected. */
export function ProjectNeeds({ project, spaceNames, needPath }: { project: ProjectDetail; spaceNames: Names; needPath: ((id: string) => string) | null }) {
  return (
    <section className="app-section" aria-labelledby="project-needs-heading">
      <h2 className="kern-heading-medium" id="project-needs-heading">
        Bedarfe, auf die es antwortet
      </h2>
      {project.noAffectedVoice ? (
        <Alert tone="warning" title="Kein Bedarf von Betroffenen" role="none">
          <p className="kern-body">
            Alle verknüpften Bedarfe sind fachliche Einschätzungen. Niemand von den Betroffenen hat diesen Bedarf selbst genannt – Angebote aus
            fachlicher Sicht erreichen Familien oft nicht. Fragen Sie die Familien, bevor Mittel gebunden werden.
          </p>
        </Alert>
      ) : null}
      {project.needs.length === 0 ? (
        <p className="kern-body app-muted">Mit keinem Bedarf verknüpft.</p>
      ) : (
        <ul className="app-project-needs">
          {project.needs.map((n) => (
            <li key={n.id} className="app-project-need">
              <p className="kern-body">{needPath ? <Link className="kern-link" to={needPath(n.id)}>{n.text}</Link> : n.text}</p>
              <p className="kern-body kern-body--small">
                <VoiceBadge voice={n.voice} /> <span className="app-muted">{spaceNames.get(n.spaceId) ?? ''} · {formatDay(n.recordedOn)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Partner organisations and the people who carry the project ("many shoulders"). */
export function ProjectPeople({ project }: { project: ProjectDetail }) {
  return (
    <section className="app-section" aria-labelledby="project-people-heading">
      <h2 className="kern-heading-medium" id="project-people-heading">
        Partner und viele Schultern
      </h2>
      <h3 className="kern-heading-small">Partnerorganisationen</h3>
      {project.partners.length === 0 ? (
        <p className="kern-body app-muted">Keine Partner eingetragen.</p>
      ) : (
        <ul className="kern-list kern-list--bullet">
          {project.partners.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      )}
      <h3 className="kern-heading-small">Wer es trägt</h3>
      {project.carriers.length === 0 ? (
        <p className="kern-body app-muted">Noch niemand eingetragen.</p>
      ) : (
        <div className="kern-table-responsive app-table-scroll" role="region" aria-labelledby="project-carriers-caption" tabIndex={0}>
          <table className="kern-table kern-table--small">
            <caption id="project-carriers-caption" className="kern-sr-only">
              Personen, die das Projekt tragen
            </caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                {['Name', 'Rolle', 'Organisation'].map((h) => (
                  <th key={h} scope="col" className="kern-table__header">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {project.carriers.map((c) => (
                <tr key={c.membershipId} className="kern-table__row">
                  <th scope="row" className="kern-table__header">
                    {c.name}
                  </th>
                  <td className="kern-table__cell">{teamRoleLabels[c.teamRole as keyof typeof teamRoleLabels] ?? c.teamRole}</td>
                  <td className="kern-table__cell">{c.organizationName ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** People reached: years × age bands, counts only. */
export function ProjectReach({ project }: { project: ProjectDetail }) {
  const years = [...new Set(project.reach.map((r) => r.year))].sort((a, b) => b - a);
  const count = (year: number, band: string) => project.reach.find((r) => r.year === year && r.ageBand === band)?.count;
  return (
    <section className="app-section" aria-labelledby="project-reach-heading">
      <h2 className="kern-heading-medium" id="project-reach-heading">
        Erreichte Menschen
      </h2>
      {years.length === 0 ? (
        <p className="kern-body app-muted">Noch keine Zahlen.</p>
      ) : (
        <div className="kern-table-responsive app-table-scroll" role="region" aria-labelledby="project-reach-caption" tabIndex={0}>
          <table className="kern-table kern-table--small">
            <caption id="project-reach-caption" className="kern-title app-table-caption">
              Erreichte Menschen je Jahr und Altersgruppe (Anzahl)
            </caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  Jahr
                </th>
                {ageBands.map((a) => (
                  <th key={a} scope="col" className="kern-table__header kern-table__header--numeric">
                    {ageBandLabels[a]}
                  </th>
                ))}
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  Summe
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {years.map((y) => (
                <tr key={y} className="kern-table__row">
                  <th scope="row" className="kern-table__header">
                    {y}
                  </th>
                  {ageBands.map((a) => {
                    const n = count(y, a);
                    return (
                      <td key={a} className="kern-table__cell kern-table__cell--numeric">
                        {n === undefined ? '–' : formatInteger(n)}
                      </td>
                    );
                  })}
                  <td className="kern-table__cell kern-table__cell--numeric">
                    {formatInteger(project.reach.filter((r) => r.year === y).reduce((s, r) => s + r.count, 0))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

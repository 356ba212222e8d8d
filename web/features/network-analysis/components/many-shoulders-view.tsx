import type { ManyShoulders } from '../../../../common/api/network-analysis';
import { contributionKindLabels, contributionKinds } from '../../../../common/meeting-terms';
import { Alert } from '../../../components/ui/alert';
import { DataTable } from '../../../components/ui/data-table';
import { contributionKindShort, describeWeights, formatScore, organizationTypeLabel, teamRoleLabel } from './labels';
import { decimal2, percent } from './period';
import { ShareBar } from './share-bar';
import './network-analysis.css';

type Contributor = ManyShoulders['contributors'][number];
type TypeRow = ManyShoulders['byOrganizationType'][number];

/** The explanation in plain German, the warning when one person carries more than half, and the key figures. */
export function ShouldersSummary({ figures }: { figures: ManyShoulders }) {
  return (
    <div className="app-stack app-shoulders-summary">
      {figures.warning ? (
        <Alert tone="warning" title="Die Netzwerkarbeit ruht auf wenigen Schultern">
          <p className="kern-body">{figures.warning}</p>
        </Alert>
      ) : null}
      <ul className="kern-list app-shoulders-explanation">
        {figures.explanation.map((sentence) => (
          <li key={sentence} className="kern-body">
            {sentence}
          </li>
        ))}
      </ul>
      {figures.total > 0 ? (
        <dl className="app-shoulders-figures">
          <div>
            <dt>Anteil der aktivsten Person</dt>
            <dd>{percent(figures.topShare)}</dd>
          </div>
          <div>
            <dt>Gini-Koeffizient</dt>
            <dd>{decimal2(figures.gini)}</dd>
          </div>
          <div>
            <dt>Punkte insgesamt</dt>
            <dd>{formatScore(figures.total)}</dd>
          </div>
        </dl>
      ) : null}
    </div>
  );
}

/** Everyone on the team in the period, those with nothing too, by score. */
export function ContributorsTable({ figures, caption }: { figures: ManyShoulders; caption: string }) {
  return (
    <DataTable<Contributor>
      caption={caption}
      rows={figures.contributors}
      rowKey={(c) => c.membershipId}
      empty={<p className="kern-body">Im gewählten Zeitraum war niemand im Team.</p>}
      columns={[
        { key: 'name', header: 'Name', rowHeader: true, cell: (c) => <span className={c.score === 0 ? 'app-muted' : undefined}>{c.name}</span> },
        { key: 'role', header: 'Rolle im Team', cell: (c) => teamRoleLabel(c.teamRole) },
        {
          key: 'organization',
          header: 'Organisation',
          cell: (c) => (
            <>
              {c.organizationName ?? '–'}
              {c.organizationType ? <span className="app-muted app-analysis-block kern-body--small">{organizationTypeLabel(c.organizationType)}</span> : null}
            </>
          ),
        },
        ...contributionKinds.map((k) => ({
          key: k,
          header: <abbr title={contributionKindLabels[k]} className="app-plain-abbr">{contributionKindShort[k]}</abbr>,
          numeric: true,
          cell: (c: Contributor) => c.counts[k],
        })),
        { key: 'score', header: 'Punkte', numeric: true, cell: (c) => <strong>{formatScore(c.score)}</strong> },
        { key: 'share', header: 'Anteil', cell: (c) => <ShareBar share={c.share} /> },
      ]}
    />
  );
}

/** The same work by the type of organisation the people come from (also for the committee). */
export function OrganizationTypeTable({ figures, caption }: { figures: ManyShoulders; caption: string }) {
  return (
    <DataTable<TypeRow>
      caption={caption}
      rows={figures.byOrganizationType}
      rowKey={(r) => r.organizationType ?? '-'}
      empty={<p className="kern-body">Im gewählten Zeitraum war niemand im Team.</p>}
      columns={[
        { key: 'type', header: 'Organisationsart', rowHeader: true, cell: (r) => organizationTypeLabel(r.organizationType) },
        { key: 'people', header: 'Personen', numeric: true, cell: (r) => r.people },
        { key: 'score', header: 'Punkte', numeric: true, cell: (r) => formatScore(r.score) },
        { key: 'share', header: 'Anteil', cell: (r) => <ShareBar share={r.share} /> },
      ]}
    />
  );
}

/** "Gewichte: Netzwerktreffen organisiert 3, …" and how the score is made. */
export function WeightsNote({ figures }: { figures: ManyShoulders }) {
  return (
    <p className="kern-body">
      {describeWeights(figures.weights)}. Die Punkte einer Person sind die Summe ihrer Beiträge, jeweils mal dem Gewicht; ihr Anteil ist ihr Teil an allen
      Punkten im Sozialraum und Zeitraum.
    </p>
  );
}

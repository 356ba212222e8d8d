import { Link } from 'react-router';
import { consultationRoleLabels, type CommitteeMeeting, type Paper, type PaperContent } from '../../../../common/api/committee-papers';
import { formatEuroProse } from '../../../../common/budget-terms';
import { formatDay } from '../../../components/format/format-date';
import { DataTable } from '../../../components/ui/data-table';
import { DescriptionList } from '../../../components/ui/description-list';
import { paperPaths } from '../paper-paths';
import { formatMeetingTime } from '../../../components/format/berlin-time';
import { PaperStatus } from './paper-status';
import './committee-papers.css';

/** A text as paragraphs: blank lines separate them, single line breaks stay. */
export function Paragraphs({ text }: { text: string }) {
  const parts = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <div className="app-paper-text">
      {parts.map((p, i) => (
        <p key={i} className="kern-body app-prewrap">
          {p}
        </p>
      ))}
    </div>
  );
}

type PaperHeaderProps = { paper: Paper; spaceName: string | null };

/** The head of the paper as the council system shows it: Drucksachennummer, Art, Datum, Zuständig, then what it is about. */
export function PaperHeader({ paper, spaceName }: PaperHeaderProps) {
  return (
    <DescriptionList
      items={[
        { term: 'Drucksachennummer', value: paper.reference },
        { term: 'Art', value: paper.paperType },
        { term: 'Datum', value: formatDay(paper.date) },
        { term: 'Zuständig', value: paper.responsibleUnitName },
        { term: 'Berichtsjahr', value: String(paper.year) },
        { term: 'Sozialraum', value: paper.spaceId ? (spaceName ?? 'ein Sozialraum') : 'Alle Sozialräume' },
        {
          term: 'Bezug',
          value:
            paper.relatedPapers.length === 0 ? (
              <span className="app-muted">keine</span>
            ) : (
              <ul className="app-inline-list">
                {paper.relatedPapers.map((r) => (
                  <li key={r.id}>
                    <Link className="kern-link" to={paperPaths.paper(r.id)}>
                      {r.reference}
                    </Link>{' '}
                    {r.name}
                  </li>
                ))}
              </ul>
            ),
        },
        { term: 'Status', value: <PaperStatus publishedAt={paper.publishedAt} withDate /> },
      ]}
    />
  );
}

type ConsultationsTableProps = { paper: Paper; meetings: CommitteeMeeting[] };

/** Beratungsfolge: the committees in order, the meeting that takes the paper and each committee's role. */
export function ConsultationsTable({ paper, meetings }: ConsultationsTableProps) {
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const rows = [...paper.consultations].sort((a, b) => a.position - b.position);
  return (
    <DataTable
      caption="Beratungsfolge"
      captionHidden
      rows={rows}
      rowKey={(c) => String(c.position)}
      empty={<p className="kern-body">Die Beratungsfolge ist noch leer.</p>}
      columns={[
        { key: 'committee', header: 'Gremium', rowHeader: true, cell: (c) => c.committeeName },
        {
          key: 'meeting',
          header: 'Sitzung und Datum',
          cell: (c) => {
            if (!c.meetingId || !c.meetingStartsAt) return <span className="app-muted">noch offen</span>;
            const name = meetingById.get(c.meetingId)?.name;
            return (
              <>
                {formatMeetingTime(c.meetingStartsAt)}
                {name ? <span className="app-paper-meeting-name">{name}</span> : null}
              </>
            );
          },
        },
        { key: 'role', header: 'Rolle', cell: (c) => consultationRoleLabels[c.role] },
      ]}
    />
  );
}

/** Finanzielle Auswirkung: the planned money per space, the total and the product account, then the budget lines. */
export function FinancialImpact({ impact }: { impact: PaperContent['financialImpact'] }) {
  const accounts = impact.accountCodes.length ? impact.accountCodes.join(', ') : 'keines angegeben';
  return (
    <div className="app-stack app-paper-stack">
      <div className="kern-table-responsive app-table-scroll" role="region" aria-labelledby="paper-impact-caption" tabIndex={0}>
        <table className="kern-table kern-table--small">
          <caption id="paper-impact-caption" className="kern-title app-table-caption">
            Mittel je Sozialraum und Jahr
          </caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                Sozialraum
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                Betrag
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {impact.spaces.map((s) => (
              <tr key={s.spaceId} className="kern-table__row">
                <th scope="row" className="kern-table__header">
                  {s.code ? `${s.name} (${s.code})` : s.name}
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">{formatEuroProse(s.plannedCents)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="kern-table__row app-paper-total">
              <th scope="row" className="kern-table__header">
                Summe
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">{formatEuroProse(impact.totalCents)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <DescriptionList
        items={[
          ...(impact.perSpaceCents !== null ? [{ term: 'Je Sozialraum', value: formatEuroProse(impact.perSpaceCents) }] : []),
          { term: 'Insgesamt', value: formatEuroProse(impact.totalCents) },
          { term: impact.accountCodes.length > 1 ? 'Produktkonten' : 'Produktkonto', value: accounts },
        ]}
      />
      {impact.lines.length ? (
        <DataTable
          caption="Haushaltspositionen"
          rows={impact.lines}
          rowKey={(l) => l.label}
          columns={[
            { key: 'label', header: 'Haushaltsposition', rowHeader: true, cell: (l) => l.label },
            { key: 'accounts', header: 'Produktkonto', cell: (l) => (l.accountCodes.length ? l.accountCodes.join(', ') : '–') },
            { key: 'spaces', header: 'Sozialräume', numeric: true, cell: (l) => l.spaceCount },
            { key: 'planned', header: 'Betrag', numeric: true, cell: (l) => formatEuroProse(l.plannedCents) },
          ]}
        />
      ) : null}
      {impact.text ? <Paragraphs text={impact.text} /> : null}
    </div>
  );
}

import { Link } from 'react-router';
import type { PaperSummary } from '../../../../common/api/committee-papers';
import { formatDay } from '../../../components/format/format-date';
import { DataTable } from '../../../components/ui/data-table';
import { paperPaths } from '../paper-paths';
import { PaperStatus } from './paper-status';
import './committee-papers.css';

/** The papers as the server lists them (newest first): reference, title, type, date, report year, state. */
export function PaperList({ papers }: { papers: PaperSummary[] }) {
  return (
    <DataTable
      caption="Vorlagen, die neueste zuerst"
      rows={papers}
      rowKey={(p) => p.id}
      empty={<p className="kern-body">Es gibt noch keine Vorlagen.</p>}
      columns={[
        {
          key: 'reference',
          header: 'Drucksachennummer',
          rowHeader: true,
          cell: (p) => (
            <Link className="kern-link" to={paperPaths.paper(p.id)}>
              {p.reference}
            </Link>
          ),
        },
        { key: 'name', header: 'Titel', cell: (p) => p.name },
        { key: 'type', header: 'Art', cell: (p) => p.paperType },
        { key: 'date', header: 'Datum', cell: (p) => formatDay(p.date) },
        { key: 'year', header: 'Berichtsjahr', numeric: true, cell: (p) => p.year },
        { key: 'state', header: 'Status', cell: (p) => <PaperStatus publishedAt={p.publishedAt} /> },
      ]}
    />
  );
}

import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { cell } from '../../../../common/api/annual-report';
import { formatCell } from '../../../../common/report-format';

export type Cell = z.infer<typeof cell>;

export const isHidden = (c: Cell): c is { suppressed: true } => typeof c === 'object';

/** A published count: the number, or "< 5" where the report hides a small count (never a number for a hidden cell). */
export const cellText = (c: Cell, threshold: number): string => formatCell(c, threshold);

/** "36 %", "0,36": the report's own forms, shared with its documents. */
export { formatRatio, formatShare } from '../../../../common/report-format';

/**
 * A numeric table cell. `path` is where the figure sits in the report's JSON (e.g. `spaces.0.needs.byVoice.affected`):
 * it lets the tests compare every hidden cell of the JSON with what the page shows.
 */
export function NumberCell({ value, threshold, path }: { value: Cell; threshold?: number; path?: string }) {
  const hidden = isHidden(value);
  return (
    <td className={`kern-table__cell kern-table__cell--numeric app-nowrap${hidden ? ' app-report-hidden' : ''}`} data-cell={path}>
      {cellText(value, threshold ?? 5)}
    </td>
  );
}

export type Column = { key: string; label: string };

/** A real table with caption and headers: rows with a row header, then numeric cells. */
export function ReportTable({
  caption,
  rowHeader,
  columns,
  rows,
  footnote,
  wide = false,
}: {
  caption: string;
  /** Many columns: keeps its width and scrolls sideways on a phone; a narrow table fits its column. */
  wide?: boolean;
  rowHeader: string;
  columns: readonly Column[];
  rows: readonly { key: string; label: ReactNode; cells: readonly ReactNode[]; total?: boolean }[];
  footnote?: ReactNode;
}) {
  return (
    <div className="app-report-table">
      <div className="kern-table-responsive app-table-scroll" role="region" aria-label={`Tabelle: ${caption}`} tabIndex={0}>
        <table className={`kern-table kern-table--small${wide ? '' : ' app-report-narrow'}`}>
          <caption className="kern-body app-report-caption">{caption}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {rowHeader}
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className="kern-table__header kern-table__header--numeric">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {rows.map((r) => (
              <tr key={r.key} className={`kern-table__row${r.total ? ' app-report-total' : ''}`}>
                <th scope="row" className="kern-table__cell">
                  {r.label}
                </th>
                {r.cells}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {footnote ? <p className="kern-body kern-body--small app-muted">{footnote}</p> : null}
    </div>
  );
}

/** A plain numeric cell (figures that are never hidden: money, projects, offers, meetings). */
export function PlainCell({ children }: { children: ReactNode }) {
  return <td className="kern-table__cell kern-table__cell--numeric app-nowrap">{children}</td>;
}

import { useId, type ReactNode } from 'react';

export type Column<T> = {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The cell that names the row is a row header (th scope="row"). */
  rowHeader?: boolean;
  numeric?: boolean;
};

type DataTableProps<T> = {
  caption: ReactNode;
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty?: ReactNode;
};

/**
 * A KERN table in a scroll container. On narrow screens the table scrolls sideways; the container is a named,
 * focusable region so that keyboard users can scroll it too.
 */
export function DataTable<T>({ caption, captionHidden, columns, rows, rowKey, empty }: DataTableProps<T>) {
  const captionId = useId();
  if (rows.length === 0 && empty) return <div className="app-empty">{empty}</div>;
  return (
    <div className="kern-table-responsive app-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="kern-table kern-table--small">
        <caption id={captionId} className={captionHidden ? 'kern-sr-only' : 'kern-title app-table-caption'}>
          {caption}
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`kern-table__header${c.numeric ? ' kern-table__header--numeric' : ''}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="kern-table__row">
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className="kern-table__header">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={`kern-table__cell${c.numeric ? ' kern-table__cell--numeric' : ''}`}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

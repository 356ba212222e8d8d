import './needs-staff.css';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { GapCell, GapSummary, KindCounts } from '../../../../common/api/needs';
import { gapKindLabels, gapKinds } from '../../../../common/need-terms';
import { formatInteger } from '../../../components/format/format-number';
import { needsCount } from './needs-labels';

type HeatMapProps = {
  summary: GapSummary;
  caption: ReactNode;
  /** The drill-down to the list of needs behind a cell; null for the committee (aggregates only, no links). */
  cellLink: ((spaceId: string, topicId: string) => string) | null;
  /** Topics as rows and spaces as columns (narrow screens: there are far fewer spaces than topics). */
  transposed?: boolean;
};

const LEVELS = 5;
/** Between the three kinds: a middle dot with thin spaces, so that a cell stays narrow. */
const sep = '\u2009·\u2009';

/** 0 for an empty cell, otherwise 1..5 by the share of the largest cell. */
export function heatLevel(needs: number, max: number): number {
  if (needs <= 0 || max <= 0) return 0;
  return Math.min(LEVELS, Math.max(1, Math.ceil((needs / max) * LEVELS)));
}

const kindsText = (k: KindCounts) => gapKinds.map((kind) => `${formatInteger(k[kind])} ${gapKindLabels[kind]}`).join(', ');

function HeatCell({ cell, max, place, link }: { cell: GapCell | undefined; max: number; place: string; link: string | null }) {
  if (!cell || cell.needs === 0) {
    return (
      <td className="app-heat-map__cell app-heat-map__cell--empty">
        <span aria-hidden="true">–</span>
        <span className="app-visually-hidden">keine</span>
      </td>
    );
  }
  const visible = (
    <span aria-hidden="true" className="app-heat-map__value">
      <span className="app-heat-map__needs">{formatInteger(cell.needs)}</span>
      <span className="app-heat-map__kinds">
        {gapKinds.map((kind, index) => (
          <span key={kind} className={`app-heat-map__kind app-heat-map__kind--${kind}`}>
            {index ? sep : null}
            {formatInteger(cell.kinds[kind])}
          </span>
        ))}
      </span>
    </span>
  );
  const spoken = `${needsCount(cell.needs)}: ${kindsText(cell.kinds)}`;
  return (
    <td className={`app-heat-map__cell app-heat-map__cell--level-${heatLevel(cell.needs, max)}`}>
      {link ? (
        <Link className="app-heat-map__link" to={link}>
          {visible}
          <span className="app-visually-hidden">
            {spoken}. Bedarfe anzeigen: {place}
          </span>
        </Link>
      ) : (
        <>
          {visible}
          <span className="app-visually-hidden">{spoken}</span>
        </>
      )}
    </td>
  );
}

/**
 * The gap analysis as a table: social spaces × topics, each cell the needs (one gap per need and topic) split by
 * kind. The numbers carry the meaning; the colour (by number of needs) is decoration, explained in the legend.
 */
export function HeatMap({ summary, caption, cellLink, transposed = false }: HeatMapProps) {
  const captionId = useId();
  const cells = new Map(summary.cells.map((c) => [`${c.spaceId}/${c.topicId}`, c]));
  const shownSpaces = new Set(summary.spaces.map((s) => s.id));
  const max = Math.max(0, ...summary.cells.filter((c) => shownSpaces.has(c.spaceId)).map((c) => c.needs));
  const topicTotal = (topicId: string) => {
    const sum: KindCounts = { missing: 0, reach: 0, fit: 0 };
    let needs = 0;
    for (const c of summary.cells) {
      if (c.topicId !== topicId || !shownSpaces.has(c.spaceId)) continue;
      needs += c.needs;
      for (const kind of gapKinds) sum[kind] += c.kinds[kind];
    }
    return { needs, kinds: sum };
  };
  const spaceTotal = (spaceId: string) => {
    const sum: KindCounts = { missing: 0, reach: 0, fit: 0 };
    for (const c of summary.cells) if (c.spaceId === spaceId) for (const kind of gapKinds) sum[kind] += c.kinds[kind];
    return sum;
  };
  const spaceLabel = (s: GapSummary['spaces'][number]) => (s.code && !s.name.includes(s.code) ? `${s.name} (${s.code})` : s.name);
  const totalCell = (needs: number, kinds: KindCounts, key: string) => (
    <td key={key} className="app-heat-map__total">
      <span aria-hidden="true" className="app-heat-map__value">
        <span className="app-heat-map__needs">{formatInteger(needs)}</span>
        <span className="app-heat-map__kinds">{gapKinds.map((k) => formatInteger(kinds[k])).join(sep)}</span>
      </span>
      <span className="app-visually-hidden">
        {needsCount(needs)}: {kindsText(kinds)}
      </span>
    </td>
  );

  const spaces = summary.spaces.map((sp) => ({ id: sp.id, label: spaceLabel(sp) }));
  const topics = summary.topics.map((t) => ({ id: t.id, label: t.name }));
  const rows = transposed ? topics : spaces;
  const columns = transposed ? spaces : topics;
  return (
    <>
      {/* The caption, visible above the scrolling box (inside it, it would be as wide as the table and scroll away). */}
      <p className="kern-title app-heat-map__title" aria-hidden="true">
        {caption}
      </p>
      <div className="kern-table-responsive app-table-scroll app-heat-map-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={`kern-table kern-table--small app-heat-map${transposed ? ' app-heat-map--transposed' : ''}`}>
          <caption id={captionId} className="kern-sr-only">
            {caption}
          </caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header app-heat-map__corner">
                {transposed ? 'Thema' : 'Sozialraum'}
              </th>
              {columns.map((c) => (
                <th key={c.id} scope="col" className="kern-table__header app-heat-map__column">
                  <span className="app-heat-map__column-name">{c.label}</span>
                </th>
              ))}
              <th scope="col" className="kern-table__header app-heat-map__column app-heat-map__column--total">
                <span className="app-heat-map__column-name">{transposed ? 'alle Sozialräume' : 'alle Themen'}</span>
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {rows.map((row) => (
              <tr key={row.id} className="kern-table__row">
                <th scope="row" className="kern-table__header app-heat-map__row">
                  {row.label}
                </th>
                {columns.map((column) => {
                  const spaceId = transposed ? column.id : row.id;
                  const topicId = transposed ? row.id : column.id;
                  const space = summary.spaces.find((s) => s.id === spaceId);
                  const topic = summary.topics.find((t) => t.id === topicId);
                  return (
                    <HeatCell
                      key={column.id}
                      cell={cells.get(`${spaceId}/${topicId}`)}
                      max={max}
                      place={`${space?.name ?? ''}, ${topic?.name ?? ''}`}
                      link={cellLink ? cellLink(spaceId, topicId) : null}
                    />
                  );
                })}
                {transposed
                  ? (() => {
                      const t = topicTotal(row.id);
                      return totalCell(t.needs, t.kinds, 'total');
                    })()
                  : (() => {
                      const kinds = spaceTotal(row.id);
                      return totalCell(kinds.missing + kinds.reach + kinds.fit, kinds, 'total');
                    })()}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="kern-table__row app-heat-map__foot">
              <th scope="row" className="kern-table__header app-heat-map__row">
                {transposed ? 'alle Themen' : 'alle Sozialräume'}
              </th>
              {columns.map((column) => {
                if (transposed) {
                  const kinds = spaceTotal(column.id);
                  return totalCell(kinds.missing + kinds.reach + kinds.fit, kinds, column.id);
                }
                const t = topicTotal(column.id);
                return totalCell(t.needs, t.kinds, column.id);
              })}
              {(() => {
                const kinds: KindCounts = { missing: 0, reach: 0, fit: 0 };
                for (const c of summary.cells) if (shownSpaces.has(c.spaceId)) for (const k of gapKinds) kinds[k] += c.kinds[k];
                return totalCell(kinds.missing + kinds.reach + kinds.fit, kinds, 'all');
              })()}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

/** What the numbers and colours of the heat map mean. */
export function HeatMapLegend() {
  return (
    <div className="app-heat-map-legend" aria-labelledby="heat-map-legend-title" role="group">
      <p className="kern-body" id="heat-map-legend-title">
        <strong>So lesen Sie die Tabelle</strong>
      </p>
      <div className="app-heat-map-legend__row">
        <span className="app-heat-map__value app-heat-map-legend__sample" aria-hidden="true">
          <span className="app-heat-map__needs">12</span>
          <span className="app-heat-map__kinds">3{sep}5{sep}4</span>
        </span>
        <p className="kern-body">
          Oben die Zahl der Bedarfe zu Thema und Sozialraum (ein Bedarf mit zwei Themen zählt bei beiden). Darunter, wie
          viele davon <strong>{gapKindLabels.missing}</strong> · <strong>{gapKindLabels.reach}</strong> ·{' '}
          <strong>{gapKindLabels.fit}</strong>: kein passendes Angebot im Sozialraum · ein Angebot gibt es, es war aber
          nicht bekannt · bekannt, passt aber nicht. Die drei Zahlen ergeben zusammen die obere.
        </p>
      </div>
      <div className="app-heat-map-legend__row">
        <span className="app-heat-map-legend__scale" aria-hidden="true">
          {[1, 2, 3, 4, 5].map((level) => (
            <span key={level} className={`app-heat-map-legend__swatch app-heat-map__cell--level-${level}`} />
          ))}
        </span>
        <p className="kern-body">Je dunkler das Feld, desto mehr Bedarfe – gemessen am Feld mit den meisten. „–“: keine Bedarfe.</p>
      </div>
    </div>
  );
}

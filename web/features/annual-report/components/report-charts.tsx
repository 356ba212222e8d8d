import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { formatEuro } from '../../../../common/budget-terms';
import { type BudgetYear, budgetYearsSentence, needsByVoiceSentence } from '../../../../common/report-wording';
import { formatInteger } from '../../../components/format/format-number';
import { cellText, isHidden, type Cell } from './report-cells';

/** The width the chart has, followed when the window changes (drawn in real pixels, so text stays readable). */
function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(240, Math.floor(entry?.contentRect.width ?? 640))));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** A round step for the axis: 1, 2 or 5 times a power of ten, with at most `maxTicks` steps up to the top. */
export function niceStep(max: number, maxTicks: number, minStep: number): number {
  const raw = Math.max(minStep, Math.max(1, max) / maxTicks);
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
}

export type ChartSeries = { name: string; part: 'a' | 'b' };
export type ChartRow = { label: string; values: readonly Cell[] };

const bar = 12;
const barGap = 3;
const rowGap = 14;
const axisHeight = 26;

/**
 * Horizontal bars, one group per row (a year, a space). A hidden count gets no bar and no number: "< 5" stands where
 * the bar would start. The figures are in the table beside the chart; the SVG carries a one-sentence summary.
 */
function Bars({ rows, series, summary, format, labelWidth, threshold, minStep }: { rows: readonly ChartRow[]; series: readonly ChartSeries[]; summary: string; format: (v: number) => string; labelWidth: number; threshold: number; minStep: number }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const rowHeight = series.length * bar + (series.length - 1) * barGap + rowGap;
  const shown = rows.flatMap((r) => r.values.filter((v): v is number => !isHidden(v)));
  const max = Math.max(1, ...shown);
  const step = niceStep(max, width < 480 ? 3 : 6, minStep);
  const top = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const label = Math.min(labelWidth, Math.floor(width * 0.4));
  const plotWidth = width - label - 36;
  const x = (v: number) => label + (v / top) * plotWidth;
  const height = rows.length * rowHeight + axisHeight;
  return (
    <div ref={ref} className="app-report-chart">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={rows.length * rowHeight} className="app-report-chart__grid" />
            <text x={x(t)} y={rows.length * rowHeight + 18} textAnchor={t === 0 ? 'start' : 'middle'} className="app-report-chart__axis">
              {format(t)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y0 = i * rowHeight + rowGap / 2;
          return (
            <g key={r.label}>
              <text x={0} y={y0 + (rowHeight - rowGap) / 2 + 5} className="app-report-chart__label">
                {r.label.length > 18 && label < 140 ? `${r.label.slice(0, 16)}…` : r.label}
              </text>
              {series.map((s, j) => {
                const v = r.values[j] ?? 0;
                const y = y0 + j * (bar + barGap);
                if (isHidden(v)) {
                  return (
                    <text key={s.name} x={label + 4} y={y + bar - 2} className="app-report-chart__hidden">
                      {cellText(v, threshold)}
                    </text>
                  );
                }
                return <rect key={s.name} x={label} y={y} width={Math.max(v > 0 ? 1.5 : 0, x(v) - label)} height={bar} className={`app-report-chart__bar app-report-chart__bar--${s.part}`} />;
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

function Legend({ series }: { series: readonly ChartSeries[] }) {
  return (
    <ul className="app-report-legend" aria-label="Legende">
      {series.map((s) => (
        <li key={s.name}>
          <span className={`app-report-swatch app-report-swatch--${s.part}`} aria-hidden="true" />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

/** A chart as a figure: caption, a sentence that says what it shows, the drawing, and its data table beside it. */
function ChartFigure({ id, caption, sentence, series, children, table }: { id: string; caption: string; sentence: string; series: readonly ChartSeries[]; children: ReactNode; table: ReactNode }) {
  return (
    <figure className="app-report-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="kern-body">
        <strong>{caption}</strong> <span className="app-report-figure__sentence">{sentence}</span>
      </figcaption>
      <div className="app-report-figure__body">
        <div className="app-report-figure__chart">
          <Legend series={series} />
          {children}
        </div>
        <div className="app-report-figure__table">{table}</div>
      </div>
    </figure>
  );
}

const wholeEuros = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const euroAxis = (cents: number) => `${wholeEuros.format(cents / 100)} €`;

const budgetSeries: readonly ChartSeries[] = [
  { name: 'Plan', part: 'a' },
  { name: 'Gebucht', part: 'b' },
];

/** Planned against booked per year, the report's year last. */
export function BudgetYearsChart({ id, years, where, threshold }: { id: string; years: readonly BudgetYear[]; where: string; threshold: number }) {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const caption = `Budget im Vergleich der Vorjahre: ${where}`;
  const sentence = budgetYearsSentence(sorted);
  return (
    <ChartFigure
      id={id}
      caption={caption}
      sentence={sentence}
      series={budgetSeries}
      table={
        <div className="kern-table-responsive app-table-scroll" role="region" aria-label={`Tabelle: ${caption}`} tabIndex={0}>
          <table className="kern-table kern-table--small app-report-narrow">
            <caption className="kern-body app-report-caption">Daten zum Diagramm: {caption}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Jahr</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">Plan</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">Gebucht</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {sorted.map((y) => (
                <tr key={y.year} className="kern-table__row">
                  <th scope="row" className="kern-table__cell">{y.year}</th>
                  <td className="kern-table__cell kern-table__cell--numeric app-nowrap">{formatEuro(y.plannedCents)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric app-nowrap">{formatEuro(y.bookedCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    >
      <Bars rows={sorted.map((y) => ({ label: String(y.year), values: [y.plannedCents, y.bookedCents] }))} series={budgetSeries} summary={`Balkendiagramm. ${caption}. ${sentence}`} format={euroAxis} labelWidth={48} threshold={threshold} minStep={100} />
    </ChartFigure>
  );
}

export type VoiceRow = { spaceId: string; name: string; affected: Cell; professional: Cell; path: string };
const voiceSeries: readonly ChartSeries[] = [
  { name: 'von Betroffenen genannt', part: 'a' },
  { name: 'fachliche Einschätzung', part: 'b' },
];

/** Needs by voice per space: how much of what is known comes from the affected themselves. */
export function NeedsByVoiceChart({ id, rows, threshold }: { id: string; rows: readonly VoiceRow[]; threshold: number }) {
  const caption = 'Bedarfe nach Stimme je Sozialraum';
  const sentence = needsByVoiceSentence(rows, threshold);
  return (
    <ChartFigure
      id={id}
      caption={caption}
      sentence={sentence}
      series={voiceSeries}
      table={
        <div className="kern-table-responsive app-table-scroll" role="region" aria-label={`Tabelle: ${caption}`} tabIndex={0}>
          <table className="kern-table kern-table--small app-report-narrow">
            <caption className="kern-body app-report-caption">Daten zum Diagramm: {caption}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Sozialraum</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">von Betroffenen</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">fachlich</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((r) => (
                <tr key={r.spaceId} className="kern-table__row">
                  <th scope="row" className="kern-table__cell">{r.name}</th>
                  <td className="kern-table__cell kern-table__cell--numeric app-nowrap" data-cell={`${r.path}.affected`}>{cellText(r.affected, threshold)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric app-nowrap" data-cell={`${r.path}.professional`}>{cellText(r.professional, threshold)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    >
      <Bars rows={rows.map((r) => ({ label: r.name, values: [r.affected, r.professional] }))} series={voiceSeries} summary={`Balkendiagramm. ${caption}. ${sentence}`} format={(v) => formatInteger(v)} labelWidth={150} threshold={threshold} minStep={1} />
    </ChartFigure>
  );
}

import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { BudgetHistory } from '../../../../common/api/budget';
import { formatEuro } from '../../../../common/budget-terms';
import { ErrorAlert } from '../../../components/ui/alert';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { SelectField } from '../../../components/ui/select-field';
import { useBudgetHistory } from '../hooks/use-budget';
import { GaugeSwatch } from './budget-gauge';
import './budget.css';

export type HistoryRow = { year: number; closed: boolean; plannedCents: number; committedCents: number; bookedCents: number };

const total = 'total';

/** The rows of the chart: per year the sum of all lines, or one kind of line (years without it are left out). */
export function historyRows(history: BudgetHistory, choice: string): HistoryRow[] {
  return [...history.years]
    .sort((a, b) => a.year - b.year)
    .flatMap((y) => {
      const lines = choice === total ? y.lines : y.lines.filter((l) => l.kind === choice);
      if (lines.length === 0) return [];
      const sum = (pick: (l: (typeof lines)[number]) => number) => lines.reduce((acc, l) => acc + pick(l), 0);
      return [{ year: y.year, closed: y.closed, plannedCents: sum((l) => l.plannedCents), committedCents: sum((l) => l.committedCents), bookedCents: sum((l) => l.bookedCents) }];
    });
}

/** A round step for the euro axis: 1, 2 or 5 times a power of ten, with at most `maxTicks` steps up to the top. */
export function axisStep(maxCents: number, maxTicks: number): number {
  const euros = Math.max(1, maxCents / 100);
  const raw = euros / maxTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  return step * 100;
}

const wholeEuros = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const axisLabel = (cents: number) => `${wholeEuros.format(cents / 100)} €`;

/** The width the chart has, followed when the window changes (the SVG is drawn in real pixels, so text stays readable). */
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

const series = [
  { key: 'plannedCents', part: 'planned', name: 'Plan' },
  { key: 'committedCents', part: 'committed', name: 'Gebunden' },
  { key: 'bookedCents', part: 'booked', name: 'Gebucht' },
] as const;

const bar = 9;
const barGap = 2;
const rowGap = 12;
const rowHeight = series.length * bar + (series.length - 1) * barGap + rowGap;
const labelWidth = 48;
const axisHeight = 26;

/** Horizontal bars, one group of three per year: they grow downwards with the years and stay readable on a phone. */
function HistoryBars({ rows, label }: { rows: HistoryRow[]; label: string }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const hatch = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.plannedCents, r.committedCents, r.bookedCents)));
  const step = axisStep(max, width < 480 ? 3 : 6);
  const top = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const plotLeft = labelWidth;
  const plotWidth = width - plotLeft - 28;
  const x = (cents: number) => plotLeft + (cents / top) * plotWidth;
  const height = rows.length * rowHeight + axisHeight;
  const first = rows[0]?.year;
  const last = rows[rows.length - 1]?.year;
  const summary = `Balkendiagramm: Plan, gebunden und gebucht je Jahr${first && last ? ` von ${first} bis ${last}` : ''}, ${label}. Die Beträge stehen in der Tabelle zum Diagramm.`;

  return (
    <div ref={ref} className="app-budget-chart">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} className="app-budget-chart__svg">
        <defs>
          <pattern id={hatch} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" className="app-budget-chart__hatch-ground" />
            <rect width="2" height="5" className="app-budget-chart__hatch-line" />
          </pattern>
        </defs>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={rows.length * rowHeight} className="app-budget-chart__grid" />
            <text x={x(t)} y={rows.length * rowHeight + 18} textAnchor={t === 0 ? 'start' : 'middle'} className="app-budget-chart__axis">
              {axisLabel(t)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y0 = i * rowHeight + rowGap / 2;
          return (
            <g key={r.year}>
              <text x={0} y={y0 + (rowHeight - rowGap) / 2 + 5} className="app-budget-chart__year">
                {r.year}
              </text>
              {series.map((s, j) => (
                <rect
                  key={s.key}
                  x={plotLeft}
                  y={y0 + j * (bar + barGap)}
                  width={Math.max(r[s.key] > 0 ? 1.5 : 0, x(r[s.key]) - plotLeft)}
                  height={bar}
                  className={`app-budget-chart__bar app-budget-chart__bar--${s.part}`}
                  fill={s.part === 'committed' ? `url(#${hatch})` : undefined}
                />
              ))}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** The table to the chart: the same figures in euros, for reading aloud and for copying. */
function HistoryTable({ rows, caption }: { rows: HistoryRow[]; caption: string }) {
  return (
    <div className="kern-table-responsive app-table-scroll" role="region" aria-label={`Tabelle: ${caption}`} tabIndex={0}>
      <table className="kern-table kern-table--small">
        <caption className="kern-sr-only">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">Jahr</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">Plan</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">Gebunden</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">Gebucht</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((r) => (
            <tr key={r.year} className="kern-table__row">
              <th scope="row" className="kern-table__cell">
                {r.year}
                {r.closed ? <span className="app-muted app-budget-closed-mark"> abgeschlossen</span> : null}
              </th>
              <td className="kern-table__cell kern-table__cell--numeric app-nowrap">{formatEuro(r.plannedCents)}</td>
              <td className="kern-table__cell kern-table__cell--numeric app-nowrap">{formatEuro(r.committedCents)}</td>
              <td className="kern-table__cell kern-table__cell--numeric app-nowrap">{formatEuro(r.bookedCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The budget of a space across the years: a bar chart (for the total or one line) with its figures as a table. */
export function BudgetHistoryChart({ spaceId, spaceName }: { spaceId: string; spaceName: string }) {
  const history = useBudgetHistory(spaceId);
  const [choice, setChoice] = useState(total);
  const kinds = new Map<string, string>();
  for (const y of [...(history.data?.years ?? [])].sort((a, b) => a.year - b.year)) for (const l of y.lines) kinds.set(l.kind, l.label);
  const chosen = choice === total || kinds.has(choice) ? choice : total;
  const label = chosen === total ? 'Summe aller Positionen' : (kinds.get(chosen) ?? '');
  const rows = history.data ? historyRows(history.data, chosen) : [];
  const caption = `Plan, gebunden und gebucht je Jahr in ${spaceName}: ${label}`;

  return (
    <section className="app-section" aria-labelledby="budget-history-heading">
      <h2 className="kern-heading-medium" id="budget-history-heading">
        Verlauf über die Jahre
      </h2>
      {history.isPending ? (
        <LoadingIndicator label="Verlauf wird geladen …" />
      ) : history.isError ? (
        <ErrorAlert error={history.error} />
      ) : rows.length === 0 && chosen === total ? (
        <p className="kern-body app-empty">Für {spaceName} ist noch kein Haushaltsjahr angelegt.</p>
      ) : (
        <>
          <div className="app-budget-choice">
            <SelectField
              id="history-line"
              label="Diagramm zeigen für"
              options={[{ value: total, label: 'Alle Positionen (Summe)' }, ...[...kinds].map(([value, text]) => ({ value, label: text }))]}
              value={chosen}
              onChange={(event) => setChoice(event.target.value)}
            />
          </div>
          <figure className="app-budget-figure" aria-labelledby="budget-history-caption">
            <figcaption className="kern-body" id="budget-history-caption">
              <strong>{caption}</strong>
            </figcaption>
            <ul className="app-budget-legend" aria-label="Legende">
              {series.map((s) => (
                <li key={s.key}>
                  <GaugeSwatch part={s.part} />
                  {s.name}
                </li>
              ))}
            </ul>
            <HistoryBars rows={rows} label={label} />
            <details className="app-budget-details">
              <summary className="kern-body">Beträge als Tabelle</summary>
              <HistoryTable rows={rows} caption={caption} />
            </details>
          </figure>
        </>
      )}
    </section>
  );
}

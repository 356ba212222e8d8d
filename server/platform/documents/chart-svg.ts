import { cleanText } from './clean-text';
import type { BarChart } from './document';

// One SVG for every format: inline in the web page, drawn by svg-to-pdfkit into the PDF, and embedded in the DOCX
// (with a PNG that resvg renders from it). So it uses only what all of them draw alike: rect, line, path and text
// with presentation attributes — no CSS, no <pattern>, no dominant-baseline. The hatching of the second series is
// plain line segments, so it survives black-and-white printing and every renderer.

export type BarChartOptions = {
  /** Width in px (user units); the height follows from the rows. */
  width?: number;
  /** The SVG's <title>, e.g. the chart's heading. */
  title?: string;
};

// Unquoted: quotes inside an attribute would need entities, which not every SVG reader decodes.
export const chartFontFamily = 'Noto Sans, Arial, DejaVu Sans, sans-serif';

const colors = { solid: '#1f4e79', light: '#dbe5f1', text: '#1a1a1a', grid: '#c8c8c8', axis: '#333333' };
const labelSize = 12;
const tickSize = 11;
const lineHeight = 15;
const pad = 8;

/** Text for XML: cleaned of the characters XML forbids (see clean-text.ts), markup characters escaped. */
export const escapeXml = (text: string): string =>
  cleanText(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/**
 * An estimate of the width of `text` in Noto Sans, on the generous side: the SVG is drawn by renderers with their
 * own fallback fonts (Word, LibreOffice), which run wider than Noto Sans.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[iljtfrI.,:;!|'’()[\]\- ]/.test(ch)) em += 0.32;
    else if (/[mwMW@%]/.test(ch)) em += 0.88;
    else if (/[A-ZÄÖÜ]/.test(ch)) em += 0.66;
    else if (/\d/.test(ch)) em += 0.58;
    else em += 0.56;
  }
  return em * fontSize * 1.08;
}

/** Splits text into lines no wider than `width`, at spaces; a word wider than a line is cut. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (estimateTextWidth(candidate, fontSize) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (estimateTextWidth(line, fontSize) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && estimateTextWidth(line.slice(0, cut), fontSize) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** A step of 1, 2, 2.5 or 5 times a power of ten, giving about five ticks; never below `minStep`. */
function niceStep(span: number, minStep: number, integers: boolean): number {
  const raw = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const steps = integers && magnitude < 10 ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const factor = steps.find((s) => raw / magnitude <= s) ?? 10;
  return Math.max(factor * magnitude, minStep);
}

const countFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const euroFormat = (fractionDigits: number) =>
  new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });

type Axis = { low: number; high: number; ticks: number[]; format: (value: number) => string };

/** Axis in the unit of the data (cents or counts), with ticks at round euros or whole counts. */
function buildAxis(values: number[], unit: BarChart['unit']): Axis {
  const perUnit = unit === 'euro-cents' ? 100 : 1;
  const min = Math.min(0, ...values) / perUnit;
  const max = Math.max(0, ...values) / perUnit;
  const span = max - min || (unit === 'euro-cents' ? 100 : 5);
  const step = niceStep(span, 1, true);
  const low = Math.floor(min / step) * step;
  const high = Math.max(Math.ceil(max / step) * step, low + step);
  const ticks: number[] = [];
  for (let t = low; t <= high + step / 1000; t += step) ticks.push(Math.round(t * 1000) / 1000);
  const euros = euroFormat(Number.isInteger(step) ? 0 : 2);
  const format = unit === 'euro-cents' ? (v: number) => euros.format(v) : (v: number) => countFormat.format(v);
  return { low: low * perUnit, high: high * perUnit, ticks: ticks.map((t) => t * perUnit), format: (v) => format(v / perUnit) };
}

const num = (value: number) => String(Math.round(value * 100) / 100);

function text(x: number, y: number, content: string, attributes: { size: number; anchor?: 'start' | 'middle' | 'end'; bold?: boolean }): string {
  const anchor = attributes.anchor && attributes.anchor !== 'start' ? ` text-anchor="${attributes.anchor}"` : '';
  const weight = attributes.bold ? ' font-weight="bold"' : '';
  return `<text x="${num(x)}" y="${num(y)}" font-size="${attributes.size}" fill="${colors.text}"${anchor}${weight}>${escapeXml(content)}</text>`;
}

/** Diagonal hatching of a rectangle as one path: segments of the lines x + y = k, cut to the rectangle. */
function hatchPath(x: number, y: number, width: number, height: number, spacing = 6): string {
  const segments: string[] = [];
  for (let k = x + y + spacing / 2; k < x + width + y + height; k += spacing) {
    const from = Math.max(x, k - y - height);
    const to = Math.min(x + width, k - y);
    if (to - from > 0.5) segments.push(`M${num(from)},${num(k - from)}L${num(to)},${num(k - to)}`);
  }
  return segments.length > 0 ? `<path d="${segments.join('')}" stroke="${colors.solid}" stroke-width="1" fill="none"/>` : '';
}

function bar(pattern: 'a' | 'b', x: number, y: number, width: number, height: number): string {
  const rect = `x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}"`;
  if (pattern === 'a') return `<rect ${rect} fill="${colors.solid}"/>`;
  return `<rect ${rect} fill="${colors.light}"/>${hatchPath(x, y, width, height)}<rect ${rect} fill="none" stroke="${colors.solid}" stroke-width="1"/>`;
}

/**
 * A horizontal bar chart as a standalone SVG document: one group of bars per row, a legend when there are two
 * series, axis ticks in German number format. A `null` value is a hidden count: no bar, `hiddenText` instead.
 */
export function barChartSvg(chart: BarChart, options: BarChartOptions = {}): string {
  const width = Math.max(240, options.width ?? 640);
  const series = chart.series.slice(0, 2);
  const seriesCount = Math.max(1, series.length);
  const values = chart.rows.flatMap((row) => row.values.slice(0, seriesCount).filter((v): v is number => v !== null));
  const axis = buildAxis(values, chart.unit);
  const parts: string[] = [];

  // Legend: swatches with the series names, wrapped onto more lines when they do not fit side by side.
  let top = pad;
  if (series.length > 1) {
    let x = pad;
    for (const entry of series) {
      const itemWidth = 14 + 6 + estimateTextWidth(entry.name, labelSize) + 18;
      if (x > pad && x + itemWidth > width - pad) {
        x = pad;
        top += lineHeight + 4;
      }
      parts.push(bar(entry.pattern, x, top + 2, 14, 10), text(x + 20, top + 11, entry.name, { size: labelSize }));
      x += itemWidth;
    }
    top += lineHeight + 10;
  }

  const labelLines = chart.rows.map((row) => row.label);
  const longestLabel = Math.max(0, ...labelLines.map((l) => estimateTextWidth(l, labelSize)));
  const labelWidth = Math.min(Math.max(longestLabel, 40), width * 0.38);
  const tickLabelWidths = axis.ticks.map((t) => estimateTextWidth(axis.format(t), tickSize));
  const plotLeft = pad + labelWidth + pad;
  const plotRight = width - pad - Math.max(0, ...tickLabelWidths) / 2;
  const scale = (value: number) => plotLeft + ((value - axis.low) / (axis.high - axis.low)) * (plotRight - plotLeft);
  const zero = scale(0);
  const barHeight = seriesCount > 1 ? 12 : 16;
  const barGap = 2;
  const barsHeight = seriesCount * barHeight + (seriesCount - 1) * barGap;

  const rowParts: string[] = [];
  const plotTop = top;
  let y = top;
  for (const row of chart.rows) {
    const lines = wrapText(row.label, labelWidth, labelSize);
    const groupHeight = Math.max(barsHeight + 10, lines.length * lineHeight + 6);
    const labelTop = y + (groupHeight - lines.length * lineHeight) / 2;
    lines.forEach((line, i) => rowParts.push(text(pad + labelWidth, labelTop + i * lineHeight + 11, line, { size: labelSize, anchor: 'end' })));
    const barsTop = y + (groupHeight - barsHeight) / 2;
    for (let s = 0; s < seriesCount; s += 1) {
      const value = row.values[s] ?? null;
      const slotTop = barsTop + s * (barHeight + barGap);
      if (value === null) {
        rowParts.push(text(zero + 4, slotTop + barHeight / 2 + tickSize * 0.36, chart.hiddenText, { size: tickSize }));
      } else if (value !== 0) {
        const from = scale(Math.min(0, value));
        rowParts.push(bar(series[s]?.pattern ?? 'a', from, slotTop, scale(Math.max(0, value)) - from, barHeight));
      }
    }
    y += groupHeight;
  }
  const plotBottom = y;

  // Grid first, so the bars lie on top of it.
  for (const tick of axis.ticks) {
    const x = scale(tick);
    parts.push(`<line x1="${num(x)}" y1="${num(plotTop)}" x2="${num(x)}" y2="${num(plotBottom)}" stroke="${tick === 0 ? colors.axis : colors.grid}" stroke-width="1"/>`);
    parts.push(text(x, plotBottom + 15, axis.format(tick), { size: tickSize, anchor: 'middle' }));
  }
  parts.push(...rowParts);
  parts.push(`<line x1="${num(plotLeft)}" y1="${num(plotBottom)}" x2="${num(plotRight)}" y2="${num(plotBottom)}" stroke="${colors.axis}" stroke-width="1"/>`);
  const height = Math.ceil(plotBottom + 15 + pad + 4);

  const title = options.title ?? series.map((s) => s.name).join(', ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${chartFontFamily}">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>` +
    parts.join('') +
    '</svg>'
  );
}

/** Width and height of an SVG made by `barChartSvg`, read from its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!match) throw new Error('SVG ohne Breite und Höhe');
  return { width: Number(match[1]), height: Number(match[2]) };
}

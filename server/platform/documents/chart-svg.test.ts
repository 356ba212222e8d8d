import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { barChartSvg, svgSize } from './chart-svg';
import type { BarChart } from './document';
import { notoSansTtfFiles } from './fonts';
import { svgToPng } from './svg-png';

const solidBars = (svg: string) => svg.match(/<rect [^>]*fill="#1f4e79"/g)?.length ?? 0;
const texts = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => (m[1] ?? '').replace(/\u00a0/g, ' '));

/** How many pixels of an RGBA image are dark, inside the given columns. */
function darkPixels(svg: string, fromX: number, toX: number): number {
  const image = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: notoSansTtfFiles(), defaultFontFamily: 'Noto Sans' }, logLevel: 'off' }).render();
  const pixels = image.pixels; // a getter that copies the image: read it once
  let dark = 0;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = fromX; x < toX; x += 1) {
      const i = (y * image.width + x) * 4;
      if ((pixels[i] ?? 255) < 100 && (pixels[i + 3] ?? 0) > 0) dark += 1;
    }
  }
  return dark;
}

describe('bar chart as SVG', () => {
  const counts: BarChart = {
    series: [{ name: 'Bedarfe', pattern: 'a' }],
    rows: [
      { label: 'Nord', values: [12] },
      { label: 'Süd', values: [null] },
      { label: 'Mitte', values: [1234] },
    ],
    unit: 'count',
    hiddenText: '< 5',
  };

  it('draws no bar for a hidden count but prints the hidden text in its place', () => {
    const svg = barChartSvg(counts);
    expect(solidBars(svg)).toBe(2);
    expect(svg.match(/>&lt; 5<\/text>/g)).toHaveLength(1);
    const allHidden = barChartSvg({ ...counts, rows: counts.rows.map((row) => ({ ...row, values: [null] })) });
    expect(solidBars(allHidden)).toBe(0);
    expect(allHidden.match(/>&lt; 5<\/text>/g)).toHaveLength(3);
  });

  it('writes the axis in German number format: counts with a thousands dot, cents as whole euros', () => {
    expect(texts(barChartSvg(counts))).toEqual(expect.arrayContaining(['0', '1.000']));
    const money = barChartSvg({
      series: [{ name: 'Plan', pattern: 'a' }],
      rows: [
        { label: 'Kollegiale Beratung', values: [936_000] },
        { label: 'Netzwerkarbeit', values: [1_248_000] },
      ],
      unit: 'euro-cents',
      hiddenText: '< 5',
    });
    expect(texts(money)).toEqual(expect.arrayContaining(['0 €', '5.000 €', '10.000 €']));
    expect(texts(money).some((t) => t.includes(','))).toBe(false);
  });

  it('has a legend with both series, the second hatched, only when there are two series', () => {
    const two = barChartSvg({ ...counts, series: [{ name: '2024', pattern: 'a' }, { name: '2025 „neu“', pattern: 'b' }], rows: [{ label: 'Nord', values: [3, 8] }] });
    expect(texts(two)).toEqual(expect.arrayContaining(['2024', '2025 „neu“']));
    // Hatching: a path of line segments over the light bars (legend swatch and one bar).
    expect(two.match(/<path d="M/g)).toHaveLength(2);
    expect(texts(barChartSvg(counts))).not.toContain('Bedarfe');
  });

  it('escapes every text and keeps a <title>', () => {
    const svg = barChartSvg({ ...counts, rows: [{ label: '<script>alert("x")</script> & Co', values: [1] }] }, { title: 'Größe & „Gruppe“' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(svg).toContain('<title>Größe &amp; „Gruppe“</title>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/class=|<style/);
  });

  it('parses in resvg, and the PNG fallback is twice its size with the labels drawn in Noto Sans', () => {
    const svg = barChartSvg(counts, { width: 500 });
    const { width, height } = svgSize(svg);
    const png = svgToPng(svg, 2);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(width * 2);
    expect(png.readUInt32BE(20)).toBe(height * 2);
    // The labels stand left of the bars: without a font they would be blank.
    expect(darkPixels(svg, 0, 60)).toBeGreaterThan(50);
  });

  it('grows with its rows and wraps long labels instead of cutting them', () => {
    const many = barChartSvg({ ...counts, rows: Array.from({ length: 20 }, (_, i) => ({ label: `Sozialraum ${i + 1} mit einem sehr langen Namen am Stadtrand`, values: [i] })) });
    expect(svgSize(many).height).toBeGreaterThan(20 * 30);
    const label = 'Sozialraum 20 mit einem sehr langen Namen am Stadtrand';
    expect(texts(many)).not.toContain(label);
    expect(texts(many).join(' ')).toContain(label);
  });
});

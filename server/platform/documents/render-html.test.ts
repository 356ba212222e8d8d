import { describe, expect, it } from 'vitest';
import { htmlText } from '../../test/document-text';
import { buildSampleDocument, sampleStrings } from './document.fixture';
import { renderHtml } from './render-html';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('document as HTML', () => {
  const html = renderHtml(buildSampleDocument());

  it('is a standalone German HTML5 page that loads nothing from outside', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="de">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@media print \{[\s\S]*break-inside: avoid/);
    expect(html).not.toMatch(/<(script|link|img|iframe|object)\b/i);
    expect(html).not.toMatch(/\b(src|href)\s*=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    // The only URL is the SVG namespace, which is a name, not a resource.
    expect(html.match(/https?:\/\/[^"\s]+/g)?.filter((u) => u !== 'http://www.w3.org/2000/svg') ?? []).toEqual([]);
  });

  it('shows every text, with markup in the text escaped', () => {
    const text = normalise(htmlText(html));
    for (const value of Object.values(sampleStrings)) expect(text).toContain(normalise(value));
    expect(html).not.toContain('<script>');
    expect(html).toContain('Eingabe &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co.');
    expect(html).toContain('21.840,00\u00a0€');
  });

  it('writes tables with caption, column and row headers, numeric cells marked', () => {
    expect(html).toContain('<caption>Projekte und Mittel</caption>');
    expect(html).toContain('<th scope="col">Projekt</th><th scope="col">Initiative von</th><th scope="col" class="num">Gebunden</th>');
    expect(html).toContain('<th scope="row">Projekt Nr. 40 „Spielplatz“</th><td>Betroffene</td><td class="num">49.380,00\u00a0€</td>');
    expect(html).toMatch(/<tr class="total"><th scope="row">Summe<\/th>/);
    // The committee paper's tables label only the cells: the corner stays an empty cell.
    expect(html).toContain('<thead><tr><td></td><th scope="col">Sitzung</th><th scope="col">Rolle</th></tr></thead>');
    expect(html.match(/<tbody>[\s\S]*?<\/tbody>/)?.[0].match(/<tr/g)).toHaveLength(1);
  });

  it('draws charts as inline SVG named by their text alternative, followed by their data table', () => {
    const figure = html.slice(html.indexOf('<figure class="chart">'));
    expect(figure).toMatch(/^<figure class="chart">\n<figcaption>Bedarfe nach Stimme und Jahr<\/figcaption>\n<svg role="img" aria-label="([^"]+)"/);
    expect(/aria-label="([^"]+)"/.exec(figure)?.[1]).toBe(sampleStrings.chartAlt);
    expect(figure.indexOf('</figure>')).toBeLessThan(figure.indexOf('<caption>Daten zu: Bedarfe nach Stimme und Jahr</caption>'));
    expect(figure).toContain('<th scope="row">Süd mit einem langen Namen des Sozialraums</th><td class="num">7</td><td class="num">&lt; 5</td>');
  });

  it('uses one h1 for the title and gives the headings, fields, lists and notes their elements', () => {
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain('<h2>Übersicht</h2>');
    expect(html).toContain('<h3>Bedarfe äöüß</h3>');
    expect(html).toContain('<h4>Projekte im Einzelnen</h4>');
    expect(html).toContain('<dt>Zitat</dt><dd>„Zitat“</dd>');
    expect(html).toContain('<li>Lücke „fehlt“ geschlossen</li>');
    expect(html).toContain(`<p class="warning" role="note">${sampleStrings.warning}</p>`);
    expect(html).toContain('<hr class="page-break">');
  });
});

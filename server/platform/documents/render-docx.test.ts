import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxText, pdfText } from '../../test/document-text';
import { buildSampleDocument, sampleStrings } from './document.fixture';
import { renderDocx } from './render-docx';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const run = promisify(execFile);

/** LibreOffice turns the DOCX into a PDF, in a throwaway profile; CI installs it (.ci), a missing one fails. */
async function convertWithLibreOffice(docx: Uint8Array): Promise<Uint8Array> {
  const folder = mkdtempSync(join(tmpdir(), 'sozialraum-docx-'));
  try {
    writeFileSync(join(folder, 'dokument.docx'), docx);
    const soffice = process.env.SOFFICE ?? 'soffice';
    const args = ['--headless', `-env:UserInstallation=${pathToFileURL(join(folder, 'lo-profile')).href}`, '--convert-to', 'pdf', '--outdir', folder, join(folder, 'dokument.docx')];
    try {
      await run(soffice, args, { timeout: 110_000 });
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      throw new Error(missing ? `LibreOffice fehlt: "${soffice}" nicht gefunden (apt-get install -y libreoffice-writer-nogui, wie .ci/run es tut)` : `LibreOffice konnte die DOCX nicht umwandeln: ${String(error)}`);
    }
    return new Uint8Array(readFileSync(join(folder, 'dokument.pdf')));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('document as DOCX', async () => {
  const bytes = await renderDocx(buildSampleDocument());
  const zip = await JSZip.loadAsync(bytes);
  const part = async (path: string) => {
    const xml = await zip.file(path)?.async('string');
    if (xml === undefined) throw new Error(`${path} fehlt`);
    return xml;
  };
  const documentXml = await part('word/document.xml');

  it('has all the text in the body', async () => {
    const text = await docxText(bytes);
    for (const value of Object.values(sampleStrings)) {
      if (value === sampleStrings.footer) continue;
      expect(text).toContain(normalise(value));
    }
    expect(documentXml).toContain('Eingabe &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co.');
    expect(documentXml).toContain('21.840,00\u00a0€');
    expect(await part('word/footer1.xml')).toContain(sampleStrings.footer);
  });

  it('uses Word headings, a title, bullets and a page break', () => {
    expect(documentXml).toMatch(/<w:pStyle w:val="Title"\/>.*?Bericht zur Sozialraumorientierung 2025/);
    for (const [level, text] of [
      [1, 'Übersicht'],
      [2, 'Bedarfe äöüß'],
      [3, 'Projekte im Einzelnen'],
      [1, 'Anhang'],
    ] as const) {
      expect(documentXml).toMatch(new RegExp(`<w:pStyle w:val="Heading${level}"/>(?:(?!</w:p>).)*<w:t[^>]*>${text}</w:t>`));
    }
    expect(documentXml.match(/<w:numPr>/g)).toHaveLength(3);
    expect(documentXml).toContain('<w:br w:type="page"/>');
  });

  it('writes real tables: a repeating header row, numbers right-aligned, the total in bold, a caption above', () => {
    const tables = documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    // Fields, Beratungsfolge, the long table, the chart's data table.
    expect(tables).toHaveLength(4);
    const long = tables.find((t) => t.includes('Projekt Nr. 40')) ?? '';
    expect(long.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(long.match(/<w:tr>/g)).toHaveLength(42);
    expect(long).toMatch(/<w:jc w:val="right"\/>(?:(?!<\/w:p>).)*<w:t[^>]*>49\.380,00\u00a0€<\/w:t>/);
    expect(long).toMatch(/<w:b\/>(?:(?!<\/w:p>).)*<w:t[^>]*>820\.000,00\u00a0€<\/w:t>/);
    expect(documentXml).toMatch(/<w:pStyle w:val="Caption"\/><w:keepNext\/><\/w:pPr><w:r><w:t[^>]*>Projekte und Mittel<\/w:t><\/w:r><\/w:p><w:tbl>/);
  });

  it('embeds the chart as SVG with a PNG fallback and the text alternative', async () => {
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(1);
    expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(1);
    const svg = await part(media.find((name) => name.endsWith('.svg')) ?? '');
    expect(svg).toContain('<title>Bedarfe nach Stimme und Jahr</title>');
    const docPr = /<wp:docPr [^>]*\/>/.exec(documentXml)?.[0] ?? '';
    expect(docPr).toContain(`descr="${sampleStrings.chartAlt}"`);
    expect(docPr).toContain('title="Bedarfe nach Stimme und Jahr"');
    expect(documentXml).toContain('asvg:svgBlip');
  });

  it('carries title, author and language in its properties, and the page number fields in the footer', async () => {
    const core = await part('docProps/core.xml');
    expect(core).toContain('<dc:title>Bericht zur Sozialraumorientierung 2025</dc:title>');
    expect(core).toContain('<dc:creator>Jugendamt Norderstedt (Demo)</dc:creator>');
    expect(core).toContain('<dc:language>de-DE</dc:language>');
    expect(await part('word/styles.xml')).toContain('<w:lang w:val="de-DE"/>');
    const footer = await part('word/footer1.xml');
    expect(footer).toMatch(/Seite .*PAGE.* von .*NUMPAGES/);
  });

  it('writes a pasted line break as a Word line break and drops control characters', async () => {
    const file = await renderDocx(buildSampleDocument({ blocks: [{ kind: 'paragraph', text: 'Erste Zeile\u000bzweite\u0001 Zeile' }] }));
    const xml = (await (await JSZip.loadAsync(file)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:t[^>]*>Erste Zeile<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>zweite Zeile<\/w:t>/);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('opens in LibreOffice, with the text, the tables and the headings as its outline', { timeout: 120_000 }, async () => {
    const pdf = await convertWithLibreOffice(bytes);
    const text = await pdfText(pdf);
    for (const value of Object.values(sampleStrings)) expect(text).toContain(normalise(value));
    expect(text).toContain(`${sampleStrings.lastTableRow} Betroffene 49.380,00 € 40.000,00 €`);
    expect(text).toContain('Summe 21.840,00 € 820.000,00 €');
    expect(text).toMatch(/Seite 1 von \d/);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await pdfjs.getDocument({ data: pdf, disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
    const outline = (await document.getOutline()) ?? [];
    // LibreOffice makes its bookmarks from the headings it recognises: Word heading styles, not bold paragraphs.
    expect(outline.map((item) => item.title)).toEqual(['Übersicht', 'Anhang']);
    expect(outline[0]?.items.map((item) => item.title)).toEqual(['Bedarfe äöüß']);
    // The repeated header row: the long table runs over a page and its header stands at the top of the next.
    const pages = document.numPages;
    expect(pages).toBeGreaterThan(1);
    const second = await (await document.getPage(2)).getTextContent();
    const secondText = normalise(second.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    expect(secondText.startsWith('Projekt Initiative von Gebunden Gebucht')).toBe(true);
    await document.destroy();
  });
});

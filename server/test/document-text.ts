import JSZip from 'jszip';

// The visible text of generated files, for tests that compare figures across formats. Whitespace is normalised
// (no-break spaces become spaces, runs collapse), nothing else.

const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

const decodeEntities = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Text of a PDF as a reader's copy-and-paste would give it (pdf.js, the engine of Firefox's viewer). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ' '}` : '')).join(''));
  }
  await document.destroy();
  return normalise(pages.join('\n'));
}

/** Text of a DOCX's body (word/document.xml), paragraph by paragraph. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('word/document.xml fehlt');
  return normalise(decodeEntities(xml.replace(/<\/w:p>|<\/w:tc>/g, ' ').replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '')));
}

/** Text of an HTML document's body (tags removed, entities decoded; the SVG's text is included). */
export function htmlText(html: string): string {
  const body = html.replace(/^[\s\S]*?<body[^>]*>/i, '').replace(/<style[\s\S]*?<\/style>/gi, '');
  return normalise(decodeEntities(body.replace(/<[^>]+>/g, ' ')));
}

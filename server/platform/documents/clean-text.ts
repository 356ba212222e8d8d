import type { DocumentModel } from './document';

// Text typed into forms or pasted from Word can carry control characters: XML (the DOCX, the SVG of a chart)
// forbids them, and a PDF font draws them as empty boxes. Every renderer first cleans the whole document the same
// way, so the formats still agree: Word's line break (vertical tab) and the other line separators become "\n",
// a tab becomes a space, the remaining controls and unpaired surrogates go.

const lineSeparators = /\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g;
const controls = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/g;
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const cleanText = (text: string): string =>
  text.replace(lineSeparators, '\n').replace(/\t/g, ' ').replace(controls, '').replace(loneSurrogates, '\ufffd');

function cleanValue<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => cleanValue(item)) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanValue(item)])) as T;
  return value;
}

/** The document with every text cleaned as described above; numbers and structure stay as they are. */
export const cleanDocument = (doc: DocumentModel): DocumentModel => cleanValue(doc);

import { contentTypes, type DocumentFormat, type DocumentModel, type RenderedFile } from './document';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderPdf } from './render-pdf';

/** The document in one format, as a file named `${baseName}.${format}`. */
export async function renderDocument(doc: DocumentModel, format: DocumentFormat, baseName: string): Promise<RenderedFile> {
  const fileName = `${baseName}.${format}`;
  const contentType = contentTypes[format];
  switch (format) {
    case 'html':
      return { bytes: new TextEncoder().encode(renderHtml(doc)), contentType, fileName };
    case 'pdf':
      return { bytes: await renderPdf(doc), contentType, fileName };
    case 'docx':
      return { bytes: await renderDocx(doc), contentType, fileName };
    default: {
      const unknown: never = format;
      throw new Error(`Unbekanntes Format: ${String(unknown)}`);
    }
  }
}

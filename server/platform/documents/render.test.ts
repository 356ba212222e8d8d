import { describe, expect, it } from 'vitest';
import { buildSampleDocument } from './document.fixture';
import { renderDocument } from './render';

describe('rendering a document into a file', () => {
  it('names the file after the format and gives its content type and bytes', async () => {
    const doc = buildSampleDocument();
    const html = await renderDocument(doc, 'html', 'Bericht-2025');
    expect(html.fileName).toBe('Bericht-2025.html');
    expect(html.contentType).toBe('text/html; charset=utf-8');
    expect(new TextDecoder().decode(html.bytes).startsWith('<!DOCTYPE html>')).toBe(true);

    const pdf = await renderDocument(doc, 'pdf', 'Bericht-2025');
    expect(pdf.fileName).toBe('Bericht-2025.pdf');
    expect(pdf.contentType).toBe('application/pdf');
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');

    const docx = await renderDocument(doc, 'docx', 'Bericht-2025');
    expect(docx.fileName).toBe('Bericht-2025.docx');
    expect(docx.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect([...docx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});

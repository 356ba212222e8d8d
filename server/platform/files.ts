import { attachmentMaxBytes, type AttachmentType, attachmentTypes } from '../../common/project-terms';
import { invalidField } from './http/errors';

// Uploaded files (project attachments, booking receipts) are checked by their first bytes: the name and the type
// the browser sends are only claims. What passes is stored in the database and served back as a download.

const startsWith = (bytes: Buffer, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);
const extension = (fileName: string) => fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';

const zipTypes: Record<string, AttachmentType> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** What the bytes are, or null when they are none of the allowed types. */
export function detectFileType(bytes: Buffer, fileName: string): AttachmentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Office files are ZIP archives: the extension says which, and the archive must name the matching part.
    const type = zipTypes[extension(fileName)];
    if (!type) return null;
    const head = bytes.subarray(0, Math.min(bytes.length, 64 * 1024)).toString('latin1');
    const marker = type.includes('opendocument') ? type : type.includes('word') ? 'word/' : 'xl/';
    return head.includes(marker) || head.includes('[Content_Types].xml') ? type : null;
  }
  if (['txt', 'csv', 'md'].includes(extension(fileName)) && !bytes.includes(0)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return 'text/plain';
    } catch {
      return null;
    }
  }
  return null;
}

export type CheckedFile = { fileName: string; mediaType: AttachmentType; sizeBytes: number; content: Buffer };

/** Refuses empty, too large and unknown files with a German message naming the field `file`. */
export function checkUpload(input: { fileName: string; bytes: Buffer }): CheckedFile {
  const fileName = input.fileName.replace(/[\\/\u0000-\u001f"]/g, '_').trim().slice(0, 200);
  if (!fileName) throw invalidField('name', 'Bitte den Dateinamen angeben.');
  if (input.bytes.length === 0) throw invalidField('file', 'Die Datei ist leer.');
  if (input.bytes.length > attachmentMaxBytes) throw invalidField('file', `Die Datei ist größer als ${attachmentMaxBytes / 1024 / 1024} MB.`);
  const mediaType = detectFileType(input.bytes, fileName);
  if (!mediaType) throw invalidField('file', `Dieser Dateityp ist nicht erlaubt. Erlaubt sind: ${[...new Set(Object.values(attachmentTypes))].join(', ')}.`);
  return { fileName, mediaType, sizeBytes: input.bytes.length, content: input.bytes };
}

/** Content-Disposition for a download, with the UTF-8 name (RFC 6266 / 5987) and an ASCII fallback. */
export function downloadDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

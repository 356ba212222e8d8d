import type { FastifyReply } from 'fastify';
import type { RenderedFile } from '../documents/document';
import { downloadDisposition } from '../files';

/** Sends a generated file as a download: never rendered in the app's origin (attachment, nosniff, sandbox). */
export function sendDownload(reply: FastifyReply, file: RenderedFile, cache: 'private' | 'public' = 'private') {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', downloadDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    .header('cache-control', cache === 'public' ? 'public, max-age=60' : 'private, no-store')
    .send(Buffer.from(file.bytes));
}

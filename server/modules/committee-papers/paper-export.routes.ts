import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { paperContent, paperExportFormats } from '../../../common/api/committee-papers';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { contentTypes, type RenderedFile } from '../../platform/documents/document';
import { sendDownload } from '../../platform/http/download';
import { createMemoCache } from '../../platform/http/memo-cache';
import { downloadDisposition } from '../../platform/files';
import { notFound } from '../../platform/http/errors';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { committeePapersPolicy } from './committee-papers.policy';
import { oparlPaper, paperOfFile } from './oparl';
import { keepPaperFiles, keptPaperFile, paperWithReport, readPaperContent, renderPaper, renderPublicFiles } from './paper-export';
import { readPaper } from './read-papers';

const paperParams = z.strictObject({ id: z.uuid({ error: 'Ungültige Vorlage.' }) });
const exportQuery = z.strictObject({ format: z.enum(paperExportFormats, { error: 'Format: html, pdf, docx oder oparl.' }) });
const fileParams = z.strictObject({ fileId: z.string().max(80) });

/**
 * The paper's computed content and its downloads (staff), and the public OParl files. The report is built in a
 * short transaction; the PDF or DOCX is rendered after it, outside the transaction.
 */
export function paperExportRoutes(app: App, { database, settings }: ModuleDeps): void {
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>) => inTransaction(database, request, useCase);
  const tags = ['Gremien und Vorlagen'];

  app.get('/api/papers/:id/content', {
    config: { access: committeePapersPolicy.readPaper },
    schema: {
      tags,
      summary: 'Die berechneten Teile der Vorlage: Beschlussvorschlag (Vorlage mit Beträgen aus den Haushaltspositionen), Finanzielle Auswirkung, Sachverhalt, Anlage',
      params: paperParams,
      response: { 200: paperContent },
    },
    handler: (request) => run(request, (ctx) => readPaperContent(ctx, request.params.id)),
  });

  app.get('/api/papers/:id/export', {
    config: { access: committeePapersPolicy.readPaper },
    schema: {
      tags,
      summary: 'Die Vorlage als Datei: PDF, DOCX oder HTML (mit dem Bericht als Anlage 1) oder als OParl-1.1-Paper (JSON, auch als Entwurf)',
      params: paperParams,
      querystring: exportQuery,
      produces: ['application/pdf', contentTypes.docx, 'text/html', 'application/json'],
    },
    handler: async (request, reply) => {
      const { format } = request.query;
      if (format === 'oparl') {
        const object = await run(request, async (ctx) => {
          const paper = await readPaper(ctx, request.params.id);
          return { paper, oparl: await oparlPaper(ctx.tx, settings.publicUrl, paper.id, { includeDrafts: true, officeId: officeOf(ctx.actor) }) };
        });
        const fileName = `${object.paper.reference.replace(/[^\p{L}\p{N}]+/gu, '-')}-OParl-Paper.json`;
        return sendDownload(reply, { bytes: new TextEncoder().encode(`${JSON.stringify(object.oparl, null, 2)}\n`), contentType: contentTypes.json, fileName });
      }
      const { paper, report } = await run(request, (ctx) => paperWithReport(ctx, request.params.id));
      return sendDownload(reply, await renderPaper(paper, report, format, { attachment: true }));
    },
  });

  // OParl 1.1 "Dateizugriffe": accessUrl shows the file (inline), downloadUrl saves it (attachment). Anyone may ask,
  // so a rendered file is kept five minutes for every caller: a flood of requests costs one rendering per file.
  const publicFiles = createMemoCache<RenderedFile>({ ttlMs: 5 * 60_000, max: 50 });
  for (const [suffix, disposition] of [['access', 'inline'], ['download', 'attachment']] as const) {
    app.get(`/oparl/file/:fileId/${suffix}`, {
      config: { access: committeePapersPolicy.oparl },
      schema: {
        tags: ['OParl 1.1 (öffentlich)'],
        summary: `Eine Datei einer veröffentlichten Vorlage als PDF (${disposition === 'inline' ? 'zum Ansehen' : 'zum Herunterladen'}): die Vorlage selbst (main-…) oder der Bericht als Anlage (attachment-…)`,
        params: fileParams,
        produces: ['application/pdf'],
      },
      handler: async (request, reply) => {
        const { paperId, which, officeId, kept } = await run(request, async (ctx) => {
          authorize(ctx.actor, committeePapersPolicy.oparl);
          const file = await paperOfFile(ctx.tx, request.params.fileId);
          if (!file) throw notFound('Die Datei');
          return { ...file, kept: await keptPaperFile(ctx.tx, file.paperId, file.which) };
        });
        // A paper published before its files were kept gets them fixed now, on the first request, both at once. It
        // is public record: its report is built as the office publishes it (small counts hidden).
        const rendered =
          kept ??
          (await publicFiles.get(request.params.fileId, async () => {
            const asOffice = (ctx: Ctx): Ctx => ({ tx: ctx.tx, actor: { kind: 'system', label: 'OParl (Dateien beim ersten Abruf festgehalten)', officeId }, requestId: ctx.requestId });
            const { paper, report } = await run(request, (ctx) => paperWithReport(asOffice(ctx), paperId));
            const files = await renderPublicFiles(paper, report);
            // What is kept is what is sent, also when another request kept its files a moment earlier.
            const stored = await run(request, async (ctx) => {
              await keepPaperFiles(asOffice(ctx), { id: paperId, officeId }, files);
              return keptPaperFile(ctx.tx, paperId, which);
            });
            if (!stored) throw notFound('Die Datei');
            return stored;
          }));
        reply.header('access-control-allow-origin', '*').header('cross-origin-resource-policy', 'cross-origin');
        if (disposition === 'attachment') return sendDownload(reply, rendered, 'public');
        return reply
          .header('content-type', rendered.contentType)
          .header('content-disposition', downloadDisposition(rendered.fileName).replace(/^attachment/, 'inline'))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'public, max-age=60')
          .send(Buffer.from(rendered.bytes));
      },
    });
  }
}

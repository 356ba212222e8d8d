import type { FastifyRequest } from 'fastify';
import { hsdsExportFiles, hsdsExportQuery, hsdsImportBody, hsdsImportQuery, hsdsImportReport } from '../../../common/api/hsds-import';
import type { Ctx } from '../../platform/context';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { exportHsds } from './hsds-files';
import { importHsds, type HsdsImportInput } from './hsds-import';
import { servicesPolicy } from './services.policy';

// A whole office's HSDS data as JSON is a few megabytes; the app's default body limit (1 MiB) is for forms.
const importBodyLimit = 20 * 1024 * 1024;

/** Admins import and export the office's data as Open Referral HSDS 3.0, while the app runs. */
export function hsdsImportRoutes(app: App, { database }: ModuleDeps): void {
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>) => inTransaction(database, request, useCase);
  const tags = ['HSDS-Import und -Export'];

  app.post('/api/admin/hsds/import', {
    config: { access: servicesPolicy.importExport },
    bodyLimit: importBodyLimit,
    schema: {
      tags,
      summary: 'HSDS 3.0 importieren: JSON (Objekt, Liste, Seite) oder das Tabellenpaket als {"files": {"services.csv": "…"}}; Abgleich über die id',
      description:
        'Alles oder nichts: mit einem ungültigen Datensatz wird nichts gespeichert (422 mit dem Bericht). skipInvalid=true speichert die gültigen ' +
        'Datensätze und meldet die übrigen; dryRun=true speichert nichts und berichtet, was angelegt, geändert oder belassen würde. ' +
        'Jedes Problem nennt Datei, Zeile (CSV: Datenzeile ab 1; JSON: JSON-Pointer), Feld und Grund.',
      querystring: hsdsImportQuery,
      body: hsdsImportBody,
      response: { 200: hsdsImportReport, 422: hsdsImportReport },
    },
    handler: async (request, reply) => {
      const body = request.body;
      const isTabular = !Array.isArray(body) && typeof body === 'object' && Object.keys(body).length === 1 && typeof (body as { files?: unknown }).files === 'object';
      const input: HsdsImportInput = isTabular ? { tabular: (body as { files: Record<string, string> }).files } : { documents: [{ file: 'upload.json', content: body, kind: request.query.kind }] };
      const report = await run(request, (ctx) => importHsds(ctx, input, { dryRun: request.query.dryRun, skipInvalid: request.query.skipInvalid }));
      return reply.code(!report.stored && !report.dryRun ? 422 : 200).send(report);
    },
  });

  app.get('/api/admin/hsds/export', {
    config: { access: servicesPolicy.importExport },
    schema: {
      tags,
      summary: 'Alle Angebote, Organisationen und Taxonomien des Jugendamts als HSDS 3.0: JSON-Dateien oder das Tabellenpaket (Dateiname → CSV-Text)',
      querystring: hsdsExportQuery,
      response: { 200: hsdsExportFiles },
    },
    handler: async (request, reply) => reply.header('cache-control', 'no-store').send(await run(request, (ctx) => exportHsds(ctx, request.query))),
  });
}

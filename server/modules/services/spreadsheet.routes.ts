import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sheetImportBody, sheetImportQuery, sheetImportResult } from '../../../common/api/service-spreadsheet';
import type { Ctx } from '../../platform/context';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { servicesPolicy } from './services.policy';
import { decodeText, exportServiceSheet, type SheetFile, type SheetFormat, serviceSheetTemplate } from './spreadsheet';
import { importServiceSheet } from './spreadsheet-import';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// Offices keep a few thousand offers; an XLSX of that size is a few megabytes, as Base64 a third more.
const importBodyLimit = 40 * 1024 * 1024;

/** Office spreadsheets of offers: export, template and import (admins), CSV for German Excel and XLSX. */
export function spreadsheetRoutes(app: App, { database }: ModuleDeps): void {
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>) => inTransaction(database, request, useCase);
  const tags = ['Angebote'];
  const send = (reply: FastifyReply, file: SheetFile) =>
    reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'no-store')
      .send(file.body);

  for (const format of ['csv', 'xlsx'] as const satisfies readonly SheetFormat[]) {
    const produces = [format === 'csv' ? 'text/csv' : xlsxType];
    app.get(`/api/admin/services/export.${format}`, {
      config: { access: servicesPolicy.importExport },
      schema: {
        tags,
        summary: `Alle Angebote des Jugendamts als ${format === 'csv' ? 'CSV für Excel (Semikolon, UTF-8 mit BOM)' : 'Excel-Datei (XLSX)'} herunterladen`,
        produces,
      },
      handler: async (request, reply) => send(reply, await run(request, (ctx) => exportServiceSheet(ctx, { format }))),
    });
    app.get(`/api/admin/services/template.${format}`, {
      config: { access: servicesPolicy.importExport },
      schema: {
        tags,
        summary: `Vorlage für den Angebotsimport (${format.toUpperCase()}): Kopfzeile, Beispielzeile und Hinweise zu den erlaubten Werten`,
        produces,
      },
      handler: async (request, reply) => send(reply, await run(request, (ctx) => serviceSheetTemplate(ctx, { format }))),
    });
  }

  // CSV may come as text/csv (decoded here: UTF-8, or Windows-1252 from Excel's plain "CSV"), an XLSX as the raw
  // file; both only on this route, the rest of the API takes JSON only.
  app.register(async (scope) => {
    scope.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer', bodyLimit: importBodyLimit }, (_request, body, done) => {
      done(null, decodeText(body as Buffer));
    });
    scope.addContentTypeParser(xlsxType, { parseAs: 'buffer', bodyLimit: importBodyLimit }, (_request, body, done) => {
      done(null, { contentBase64: (body as Buffer).toString('base64') });
    });
    scope.withTypeProvider<ZodTypeProvider>().post('/api/admin/services/import', {
      config: { access: servicesPolicy.importExport },
      bodyLimit: importBodyLimit,
      schema: {
        tags,
        summary: 'Angebote aus CSV oder XLSX importieren: mit ID ändern, ohne ID anlegen; alles oder nichts, Probelauf mit dryRun=true',
        description:
          'CSV als text/csv oder als JSON {"content": "…"}; XLSX als JSON {"contentBase64": "…"} (oder roh mit dem XLSX-Inhaltstyp). ' +
          'Fehler nennen Zeile und Spalte („Zeile 7, Spalte „PLZ“: fünf Ziffern.“). Ohne dryRun und mit Fehlern wird nichts gespeichert (400), ' +
          'außer mit skipInvalid=true: dann werden die gültigen Zeilen gespeichert und die anderen gemeldet.',
        querystring: sheetImportQuery,
        body: sheetImportBody,
        consumes: ['application/json', 'text/csv', xlsxType],
        response: { 200: sheetImportResult },
      },
      handler: (request) => {
        const body = request.body;
        const content = typeof body === 'string' ? body : body.contentBase64 !== undefined ? Buffer.from(body.contentBase64, 'base64') : (body.content ?? '');
        return run(request, (ctx) => importServiceSheet(ctx, { format: request.query.format, content, dryRun: request.query.dryRun, skipInvalid: request.query.skipInvalid }));
      },
    });
  });
}

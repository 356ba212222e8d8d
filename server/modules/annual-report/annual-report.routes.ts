import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { annualReport, reportScopeQuery, reportSettingsSchema, textBlock, textBlockParams, writeTextBlockBody } from '../../../common/api/annual-report';
import type { Ctx } from '../../platform/context';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { annualReportPolicy } from './annual-report.policy';
import { buildAnnualReport } from './build-report';
import { readReportSettings, readTextBlocks, readTextVersions, updateReportSettings, writeTextBlock } from './text-blocks';
import { reportExportQuery, reportYearParams } from '../../../common/api/annual-report';
import { sendDownload } from '../../platform/http/download';
import { renderAnnualReport } from './export-report';

export function annualReportRoutes(app: App, { database }: ModuleDeps): void {
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>) => inTransaction(database, request, useCase);
  const tags = ['Jahresbericht'];

  app.get('/api/annual-report/:year', {
    config: { access: annualReportPolicy.readReport },
    schema: {
      tags,
      summary: 'Bericht zur Sozialraumorientierung eines Jahres als JSON (alle Sozialräume oder einer); kleine Anzahlen als {"suppressed": true}',
      params: reportYearParams,
      querystring: reportScopeQuery,
      response: { 200: annualReport },
    },
    handler: (request) => run(request, (ctx) => buildAnnualReport(ctx, { year: Number(request.params.year), spaceId: request.query.spaceId })),
  });
  app.get('/api/annual-report/:year/export', {
    config: { access: annualReportPolicy.readReport },
    schema: {
      tags,
      summary: 'Bericht zur Sozialraumorientierung als Datei: HTML (mit Druckansicht), PDF, DOCX oder JSON – überall dieselben Zahlen',
      params: reportYearParams,
      querystring: reportExportQuery,
      produces: ['text/html', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/json'],
    },
    handler: async (request, reply) => {
      const report = await run(request, (ctx) => buildAnnualReport(ctx, { year: Number(request.params.year), spaceId: request.query.spaceId }));
      return sendDownload(reply, await renderAnnualReport(report, request.query.format));
    },
  });
  app.get('/api/annual-report/:year/texts', {
    config: { access: annualReportPolicy.readReport },
    schema: { tags, summary: 'Textbausteine des Jahresberichts (jeweils die neueste Fassung); ohne spaceId die für das ganze Jugendamt', params: reportYearParams, querystring: reportScopeQuery, response: { 200: z.array(textBlock) } },
    handler: (request) => run(request, (ctx) => readTextBlocks(ctx, { year: Number(request.params.year), spaceId: request.query.spaceId })),
  });
  app.get('/api/annual-report/:year/texts/:key/versions', {
    config: { access: annualReportPolicy.readReport },
    schema: { tags, summary: 'Alle Fassungen eines Textbausteins, die neueste zuerst', params: textBlockParams, querystring: reportScopeQuery, response: { 200: z.array(textBlock) } },
    handler: (request) => run(request, (ctx) => readTextVersions(ctx, { year: Number(request.params.year), key: request.params.key, spaceId: request.query.spaceId })),
  });
  app.put('/api/annual-report/:year/texts/:key', {
    config: { access: annualReportPolicy.writeText },
    schema: {
      tags,
      summary: 'Textbaustein speichern (als neue Fassung; 409, wenn inzwischen eine neuere Fassung gespeichert wurde)',
      params: textBlockParams,
      querystring: reportScopeQuery,
      body: writeTextBlockBody,
      response: { 200: textBlock },
    },
    handler: (request) => run(request, (ctx) => writeTextBlock(ctx, { ...request.body, year: Number(request.params.year), key: request.params.key, spaceId: request.query.spaceId })),
  });
  app.get('/api/report-settings', {
    config: { access: annualReportPolicy.readSettings },
    schema: { tags, summary: 'Einstellungen des Jahresberichts (Schwelle, unter der Anzahlen als „< 5“ erscheinen)', response: { 200: reportSettingsSchema } },
    handler: (request) => run(request, (ctx) => readReportSettings(ctx)),
  });
  app.put('/api/report-settings', {
    config: { access: annualReportPolicy.manageSettings },
    schema: { tags, summary: 'Einstellungen des Jahresberichts ändern', body: reportSettingsSchema, response: { 200: reportSettingsSchema } },
    handler: (request) => run(request, (ctx) => updateReportSettings(ctx, request.body)),
  });
}

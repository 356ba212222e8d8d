import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParam } from '../../../common/api/common';
import { uploadQuery } from '../../../common/api/projects';
import { attachmentMaxBytes } from '../../../common/project-terms';
import { sendFile } from '../projects';
import {
  booking,
  bookingsCsvQuery,
  budgetHistory,
  budgetLine,
  commitment,
  commitmentsQuery,
  createCommitmentBody,
  decideCommitmentBody,
  releaseCommitmentBody,
  budgetOfYear,
  budgetQuery,
  budgetSettingsBody,
  budgetSettingsSchema,
  closeYearBody,
  createBookingBody,
  ledger,
  openYearBody,
  reverseBookingBody,
  updateBudgetLineBody,
} from '../../../common/api/budget';
import type { Ctx } from '../../platform/context';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { budgetPolicy } from './budget.policy';
import {
  attachReceipt,
  closeBudgetYear,
  createBooking,
  exportBookingsCsv,
  openBudgetYear,
  readBudget,
  readBudgetHistory,
  readBudgetSettings,
  readLedger,
  readProjectBookings,
  readReceipt,
  reverseBooking,
  updateBudgetLine,
  updateBudgetSettings,
} from './budget';
import { createCommitment, decideCommitment, listCommitments, releaseCommitment } from './commitments';

export function budgetRoutes(app: App, { database }: ModuleDeps): void {
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>) => inTransaction(database, request, useCase);
  const tags = ['Haushalt'];

  app.get('/api/budget', {
    config: { access: budgetPolicy.readBudget },
    schema: { tags, summary: 'Haushalt eines Sozialraums in einem Jahr: Positionen mit Plan, Bindung, gebucht, frei (Cent)', querystring: budgetQuery, response: { 200: budgetOfYear } },
    handler: (request) => run(request, (ctx) => readBudget(ctx, request.query)),
  });
  app.post('/api/budget/years', {
    config: { access: budgetPolicy.openYear },
    schema: { tags, summary: 'Haushaltsjahr eines Sozialraums mit den Standardpositionen anlegen', body: openYearBody, response: { 201: budgetOfYear } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => openBudgetYear(ctx, request.body))),
  });
  app.post('/api/budget/years/close', {
    config: { access: budgetPolicy.closeYear },
    schema: { tags, summary: 'Haushaltsjahr eines Sozialraums abschließen (danach keine Buchung mehr)', body: closeYearBody, response: { 200: budgetOfYear } },
    handler: (request) => run(request, (ctx) => closeBudgetYear(ctx, request.body)),
  });
  app.patch('/api/budget/lines/:id', {
    config: { access: budgetPolicy.updateLine },
    schema: { tags, summary: 'Haushaltsposition ändern: Plan, Produktkonto, Beschluss', params: uuidParam, body: updateBudgetLineBody, response: { 200: budgetLine } },
    handler: (request) => run(request, (ctx) => updateBudgetLine(ctx, { ...request.body, id: request.params.id })),
  });
  app.get('/api/budget/lines/:id/bookings', {
    config: { access: budgetPolicy.readLedger },
    schema: { tags, summary: 'Buchungen einer Haushaltsposition (das Journal)', params: uuidParam, response: { 200: ledger } },
    handler: (request) => run(request, (ctx) => readLedger(ctx, request.params)),
  });
  app.post('/api/budget/lines/:id/bookings', {
    config: { access: budgetPolicy.book },
    schema: {
      tags,
      summary: 'Buchen (Cent); was die Position überschreiten würde, wird mit 409 BUDGET_EXCEEDED abgelehnt – auch bei gleichzeitigen Buchungen',
      params: uuidParam,
      body: createBookingBody,
      response: { 201: booking },
    },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => createBooking(ctx, { ...request.body, lineId: request.params.id }))),
  });
  app.post('/api/bookings/:id/reversal', {
    config: { access: budgetPolicy.reverse },
    schema: { tags, summary: 'Buchung stornieren (Gegenbuchung; gelöscht wird nie)', params: uuidParam, body: reverseBookingBody, response: { 201: booking } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => reverseBooking(ctx, { ...request.body, id: request.params.id }))),
  });
  app.get('/api/budget/bookings.csv', {
    config: { access: budgetPolicy.exportBookings },
    schema: { tags, summary: 'Buchungen eines Jahres für die Stadtkasse (CSV: Semikolon, UTF-8 mit BOM, Dezimalkomma)', querystring: bookingsCsvQuery, produces: ['text/csv'] },
    handler: async (request, reply) => {
      const csv = await run(request, (ctx) => exportBookingsCsv(ctx, request.query));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="buchungen-${request.query.year}.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  });
  app.get('/api/budget-settings', {
    config: { access: budgetPolicy.readSettings },
    schema: { tags, summary: 'Vorgaben des Haushalts (Standardbeträge in Cent, Produktkonto, Beschluss, Schwelle, Übertrag)', response: { 200: budgetSettingsSchema } },
    handler: (request) => run(request, (ctx) => readBudgetSettings(ctx)),
  });
  app.put('/api/budget-settings', {
    config: { access: budgetPolicy.manageSettings },
    schema: { tags, summary: 'Vorgaben des Haushalts ändern', body: budgetSettingsBody, response: { 200: budgetSettingsSchema } },
    handler: (request) => run(request, (ctx) => updateBudgetSettings(ctx, request.body)),
  });

  app.get('/api/budget/history', {
    config: { access: budgetPolicy.readHistory },
    schema: { tags, summary: 'Haushalt eines Sozialraums über alle Jahre (für die Diagramme)', querystring: z.strictObject({ spaceId: z.uuid() }), response: { 200: budgetHistory } },
    handler: (request) => run(request, (ctx) => readBudgetHistory(ctx, request.query)),
  });
  app.get('/api/budget/bookings', {
    config: { access: budgetPolicy.readProjectBookings },
    schema: { tags, summary: 'Buchungen für ein Projekt, über alle Sozialräume und Jahre', querystring: z.strictObject({ projectId: z.uuid() }), response: { 200: z.array(booking) } },
    handler: (request) => run(request, (ctx) => readProjectBookings(ctx, request.query)),
  });
  app.get('/api/budget/commitments', {
    config: { access: budgetPolicy.readCommitments },
    schema: { tags, summary: 'Mittelbindungen, gefiltert nach Projekt, Position, Sozialraum, Jahr oder Status', querystring: commitmentsQuery, response: { 200: z.array(commitment) } },
    handler: (request) => run(request, (ctx) => listCommitments(ctx, { ...request.query, year: request.query.year === undefined ? undefined : Number(request.query.year) })),
  });
  app.post('/api/budget/lines/:id/commitments', {
    config: { access: budgetPolicy.createCommitment },
    schema: {
      tags,
      summary: 'Mittel für ein Projekt binden; über der Schwelle wartet die Bindung auf die Freigabe der Fachbereichsleitung; 409 BUDGET_EXCEEDED, wenn die Position nicht reicht',
      params: uuidParam,
      body: createCommitmentBody,
      response: { 201: commitment },
    },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => createCommitment(ctx, { ...request.body, lineId: request.params.id }))),
  });
  app.post('/api/commitments/:id/decision', {
    config: { access: budgetPolicy.decideCommitment },
    schema: { tags, summary: 'Mittelbindung freigeben oder ablehnen (Fachbereichsleitung)', params: uuidParam, body: decideCommitmentBody, response: { 200: commitment } },
    handler: (request) => run(request, (ctx) => decideCommitment(ctx, { ...request.body, id: request.params.id })),
  });
  app.post('/api/commitments/:id/release', {
    config: { access: budgetPolicy.releaseCommitment },
    schema: { tags, summary: 'Mittelbindung abrechnen: der nicht verbrauchte Rest wird wieder frei', params: uuidParam, body: releaseCommitmentBody, response: { 200: commitment } },
    handler: (request) => run(request, (ctx) => releaseCommitment(ctx, { ...request.body, id: request.params.id })),
  });
  app.get('/api/bookings/:id/receipt', {
    config: { access: budgetPolicy.readReceipt },
    schema: { tags, summary: 'Beleg einer Buchung herunterladen', params: uuidParam, produces: ['application/octet-stream'] },
    handler: async (request, reply) => sendFile(reply, await run(request, (ctx) => readReceipt(ctx, request.params))),
  });
  // The receipt comes as the raw body with its own content type; only this route takes raw bytes.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: attachmentMaxBytes + 1024 }, (_request, body, done) => done(null, body));
    scope.withTypeProvider<ZodTypeProvider>().post('/api/bookings/:id/receipt', {
      config: { access: budgetPolicy.attachReceipt },
      bodyLimit: attachmentMaxBytes + 1024,
      schema: {
        tags,
        summary: 'Beleg zu einer Buchung ablegen: die Datei als Rohdaten, der Name in ?name= (PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, Text; höchstens 10 MB)',
        params: uuidParam,
        querystring: uploadQuery,
        consumes: ['application/octet-stream', 'application/pdf', 'image/png', 'image/jpeg'],
        response: { 201: booking },
      },
      handler: async (request, reply) => {
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        return reply.code(201).send(await run(request, (ctx) => attachReceipt(ctx, { id: request.params.id, fileName: request.query.name, bytes })));
      },
    });
  });
}

import type { FastifyRequest } from 'fastify';
import { uuidParam } from '../../../common/api/common';
import {
  booking,
  bookingsCsvQuery,
  budgetLine,
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
  closeBudgetYear,
  createBooking,
  exportBookingsCsv,
  openBudgetYear,
  readBudget,
  readBudgetSettings,
  readLedger,
  reverseBooking,
  updateBudgetLine,
  updateBudgetSettings,
} from './budget';

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
}

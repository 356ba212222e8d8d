import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { uuidParam } from '../../../common/api/common';
import {
  caseConsultation,
  consultationBody,
  consultationSettings,
  consultationSettingsBody,
  consultationsQuery,
  consultationsSummary,
  consultationsSummaryQuery,
} from '../../../common/api/case-consultations';
import type { Ctx } from '../../platform/context';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { caseConsultationsPolicy as policy } from './case-consultations.policy';
import { readConsultationSettings, updateConsultationSettings } from './consultation-settings';
import { createConsultation, deleteConsultation, updateConsultation } from './manage-consultations';
import { listConsultations, readConsultation, summariseConsultations } from './read-consultations';

export function caseConsultationsRoutes(app: App, { database }: ModuleDeps): void {
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>) => inTransaction(database, request, useCase);
  const tags = ['Kollegiale Beratung'];

  app.get('/api/case-consultations', {
    config: { access: policy.listConsultations },
    schema: {
      tags,
      summary: 'Kollegiale Beratungen (neueste zuerst), gefiltert nach Sozialraum, Zeitraum oder fehlender Rolle; Teams sehen die ihrer Sozialräume',
      querystring: consultationsQuery,
      response: { 200: z.array(caseConsultation) },
    },
    handler: (request) => run(request, (ctx) => listConsultations(ctx, request.query)),
  });
  // Registered before /:id so that "summary" is never read as an id.
  app.get('/api/case-consultations/summary', {
    config: { access: policy.readSummary },
    schema: {
      tags,
      summary: 'Zahlen für einen Sozialraum und Zeitraum: Beratungen, Fälle, Hilfen, niedrigschwellige Angebote, fehlende Rollen – ohne Notizen und Personen',
      querystring: consultationsSummaryQuery,
      response: { 200: consultationsSummary },
    },
    handler: (request) => run(request, (ctx) => summariseConsultations(ctx, request.query)),
  });
  app.post('/api/case-consultations', {
    config: { access: policy.createConsultation },
    schema: { tags, summary: 'Kollegiale Beratung erfassen: Teilnehmende nach Rolle, Fälle ohne Namen und Aktenzeichen', body: consultationBody, response: { 201: caseConsultation } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => createConsultation(ctx, request.body))),
  });
  app.get('/api/case-consultations/:id', {
    config: { access: policy.readConsultation },
    schema: { tags, summary: 'Eine Kollegiale Beratung mit Teilnehmenden, fehlenden Rollen und Fällen', params: uuidParam, response: { 200: caseConsultation } },
    handler: (request) => run(request, (ctx) => readConsultation(ctx, request.params)),
  });
  app.put('/api/case-consultations/:id', {
    config: { access: policy.updateConsultation },
    schema: { tags, summary: 'Kollegiale Beratung ändern (ersetzt alle Angaben, auch die Fälle)', params: uuidParam, body: consultationBody, response: { 200: caseConsultation } },
    handler: (request) => run(request, (ctx) => updateConsultation(ctx, { ...request.body, id: request.params.id })),
  });
  app.delete('/api/case-consultations/:id', {
    config: { access: policy.deleteConsultation },
    schema: { tags, summary: 'Fehlerhaft erfasste Kollegiale Beratung löschen', params: uuidParam, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await run(request, (ctx) => deleteConsultation(ctx, request.params));
      return reply.code(204).send(null);
    },
  });

  app.get('/api/case-consultation-settings', {
    config: { access: policy.readSettings },
    schema: { tags, summary: 'Die Rollen, die eine Kollegiale Beratung braucht', response: { 200: consultationSettings } },
    handler: (request) => run(request, (ctx) => readConsultationSettings(ctx)),
  });
  app.put('/api/case-consultation-settings', {
    config: { access: policy.manageSettings },
    schema: {
      tags,
      summary: 'Benötigte Rollen festlegen (die Netzwerkerin oder der Netzwerker zählt nur, solange das Modell „Netzwerker/in“ gilt)',
      body: consultationSettingsBody,
      response: { 200: consultationSettings },
    },
    handler: (request) => run(request, (ctx) => updateConsultationSettings(ctx, request.body)),
  });
}

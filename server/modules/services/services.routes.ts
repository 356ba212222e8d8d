import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { uuidParam } from '../../../common/api/common';
import {
  createServiceBody,
  createTopicBody,
  mapFeatureCollection,
  mapQuery,
  serviceDetail,
  serviceSearchQuery,
  serviceSearchResult,
  serviceSettingsBody,
  serviceSettingsSchema,
  staleOverview,
  topic,
  updateServiceBody,
  updateTopicBody,
} from '../../../common/api/services';
import { officeQuery } from '../../../common/api/social-spaces';
import type { Ctx } from '../../platform/context';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { createService, deleteService, updateService, verifyService } from './manage-services';
import { readService, readServiceSettings, staleServices, updateServiceSettings } from './read-service';
import { mapServices, searchServices } from './search-services';
import { servicesPolicy } from './services.policy';
import { createTopic, deleteTopic, listTopics, updateTopic } from './topics';

export function servicesRoutes(app: App, { database }: ModuleDeps): void {
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>) => inTransaction(database, request, useCase);
  const tags = ['Angebote'];
  const noContent = { 204: z.null() };

  app.get('/api/services', {
    config: { access: servicesPolicy.searchServices },
    schema: {
      tags,
      summary: 'Angebote suchen (öffentlich): Volltext mit Tippfehlertoleranz, Filter, Umkreis, Sortierung, Seiten',
      querystring: serviceSearchQuery,
      response: { 200: serviceSearchResult },
    },
    handler: (request) => run(request, (ctx) => searchServices(ctx, request.query)),
  });
  app.get('/api/map/services', {
    config: { access: servicesPolicy.readMap },
    schema: {
      tags,
      summary: 'Angebotslandkarte (öffentlich): Cluster und Punkte als GeoJSON für einen Kartenausschnitt',
      querystring: mapQuery,
      response: { 200: mapFeatureCollection },
    },
    handler: (request) => run(request, (ctx) => mapServices(ctx, request.query)),
  });
  app.get('/api/services/stale', {
    config: { access: servicesPolicy.readStale },
    schema: { tags, summary: 'Nicht mehr geprüfte Angebote je Organisation (was ich bearbeiten darf)', response: { 200: staleOverview } },
    handler: (request) => run(request, (ctx) => staleServices(ctx)),
  });
  app.get('/api/services/:id', {
    config: { access: servicesPolicy.readService },
    schema: { tags, summary: 'Ein Angebot (öffentlich)', params: uuidParam, response: { 200: serviceDetail } },
    handler: (request) => run(request, (ctx) => readService(ctx, request.params)),
  });
  app.post('/api/services', {
    config: { access: servicesPolicy.createService },
    schema: { tags, summary: 'Angebot anlegen (Träger-Redaktion: für die eigene Organisation; Sozialraumteam: in eigenen Sozialräumen)', body: createServiceBody, response: { 201: serviceDetail } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => createService(ctx, request.body))),
  });
  app.patch('/api/services/:id', {
    config: { access: servicesPolicy.updateService },
    schema: { tags, summary: 'Angebot ändern', params: uuidParam, body: updateServiceBody, response: { 200: serviceDetail } },
    handler: (request) => run(request, (ctx) => updateService(ctx, { ...request.body, id: request.params.id })),
  });
  app.post('/api/services/:id/verify', {
    config: { access: servicesPolicy.verifyService },
    schema: { tags, summary: 'Angebot als aktuell bestätigen („zuletzt geprüft“ = heute)', params: uuidParam, response: { 200: serviceDetail } },
    handler: (request) => run(request, (ctx) => verifyService(ctx, request.params)),
  });
  app.delete('/api/services/:id', {
    config: { access: servicesPolicy.deleteService },
    schema: { tags, summary: 'Fehlerhaft angelegtes Angebot löschen (sonst Status „eingestellt“)', params: uuidParam, response: noContent },
    handler: async (request, reply) => {
      await run(request, (ctx) => deleteService(ctx, request.params));
      return reply.code(204).send(null);
    },
  });
  app.get('/api/service-settings', {
    config: { access: servicesPolicy.readSettings },
    schema: { tags, summary: 'Einstellungen der Angebote (Prüfintervall)', response: { 200: serviceSettingsSchema } },
    handler: (request) => run(request, (ctx) => readServiceSettings(ctx)),
  });
  app.put('/api/service-settings', {
    config: { access: servicesPolicy.manageSettings },
    schema: { tags, summary: 'Prüfintervall ändern (Monate bis „nicht mehr geprüft“)', body: serviceSettingsBody, response: { 200: serviceSettingsSchema } },
    handler: (request) => run(request, (ctx) => updateServiceSettings(ctx, request.body)),
  });

  const topicTags = ['Themen'];
  app.get('/api/topics', {
    config: { access: servicesPolicy.listTopics },
    schema: { tags: topicTags, summary: 'Themen (öffentlich), mit Zahl der aktiven Angebote', querystring: officeQuery, response: { 200: z.array(topic) } },
    handler: (request) => run(request, (ctx) => listTopics(ctx, request.query)),
  });
  app.post('/api/topics', {
    config: { access: servicesPolicy.manageTopics },
    schema: { tags: topicTags, summary: 'Thema anlegen', body: createTopicBody, response: { 201: topic } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => createTopic(ctx, request.body))),
  });
  app.patch('/api/topics/:id', {
    config: { access: servicesPolicy.manageTopics },
    schema: { tags: topicTags, summary: 'Thema ändern', params: uuidParam, body: updateTopicBody, response: { 200: topic } },
    handler: (request) => run(request, (ctx) => updateTopic(ctx, { ...request.body, id: request.params.id })),
  });
  app.delete('/api/topics/:id', {
    config: { access: servicesPolicy.manageTopics },
    schema: { tags: topicTags, summary: 'Unbenutztes Thema löschen', params: uuidParam, response: noContent },
    handler: async (request, reply) => {
      await run(request, (ctx) => deleteTopic(ctx, request.params));
      return reply.code(204).send(null);
    },
  });
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../platform/context';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { committeePapersPolicy } from './committee-papers.policy';
import {
  listOparlBodies,
  listOparlMeetings,
  listOparlOrganizations,
  listOparlPapers,
  listOparlPeople,
  readOparlBody,
  readOparlConsultation,
  readOparlFile,
  readOparlLocation,
  readOparlMeeting,
  readOparlOrganization,
  readOparlPaper,
  readOparlSystem,
} from './oparl';
import { oparlBodyParam, oparlFileParam, oparlIdParam, oparlList, oparlListQuery, oparlObject } from './oparl.schemas';

/**
 * The public, read-only OParl 1.1 interface under /oparl/ (issue 8, item 5). Council information systems and
 * portals read it from anywhere: no cookie is looked at here, so `Access-Control-Allow-Origin: *` gives nothing away.
 * The files' /download addresses are served by the export routes of this module.
 */
export function oparlRoutes(app: App, { database, settings }: ModuleDeps): void {
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T> | T) => inTransaction(database, request, async (ctx) => useCase(ctx));
  const publicUrl = settings.publicUrl;
  const tags = ['OParl 1.1 (öffentlich)'];
  const shared = {
    config: { access: committeePapersPolicy.oparl },
    onSend: async (_request: FastifyRequest, reply: FastifyReply) => {
      reply.header('access-control-allow-origin', '*').header('cross-origin-resource-policy', 'cross-origin');
    },
  };
  const listDescription =
    'Eine Listenseite nach OParl 1.1, stabil nach Anlagezeitpunkt sortiert. Filter: created_since, created_until, modified_since, modified_until ' +
    '(Zeitpunkte mit Zeitzone, URL-kodiert); Seiten mit page und elementsPerPage.';

  app.get('/oparl/', {
    ...shared,
    schema: { tags, summary: 'Das OParl-System: Version und Liste der Körperschaften', response: { 200: oparlObject } },
    handler: (request) => run(request, (ctx) => readOparlSystem(ctx, publicUrl)),
  });
  // Without the slash too, for clients that join paths that way.
  app.get('/oparl', { ...shared, schema: { hide: true }, handler: (request) => run(request, (ctx) => readOparlSystem(ctx, publicUrl)) });
  app.get('/oparl/bodies', {
    ...shared,
    schema: { tags, summary: 'Die Körperschaften (je Jugendamt eine, OParl Body)', description: listDescription, querystring: oparlListQuery, response: { 200: oparlList } },
    handler: (request) => run(request, (ctx) => listOparlBodies(ctx, publicUrl, request.query)),
  });
  app.get('/oparl/body/:officeId', {
    ...shared,
    schema: { tags, summary: 'Eine Körperschaft (OParl Body) mit den Adressen ihrer Listen', params: oparlBodyParam, response: { 200: oparlObject } },
    handler: (request) => run(request, (ctx) => readOparlBody(ctx, publicUrl, request.params.officeId)),
  });
  app.get('/oparl/body/:officeId/organizations', {
    ...shared,
    schema: {
      tags,
      summary: 'Gremien und Verwaltungsbereiche der Körperschaft (OParl Organization)',
      description: listDescription,
      params: oparlBodyParam,
      querystring: oparlListQuery,
      response: { 200: oparlList },
    },
    handler: (request) => run(request, (ctx) => listOparlOrganizations(ctx, publicUrl, request.params.officeId, request.query)),
  });
  app.get('/oparl/body/:officeId/people', {
    ...shared,
    schema: {
      tags,
      summary: 'Personen der Körperschaft (OParl Person): immer leer, die Anwendung führt keine Mitglieder der Gremien',
      description: listDescription,
      params: oparlBodyParam,
      querystring: oparlListQuery,
      response: { 200: oparlList },
    },
    handler: (request) => run(request, (ctx) => listOparlPeople(ctx, publicUrl, request.params.officeId, request.query)),
  });
  app.get('/oparl/body/:officeId/meetings', {
    ...shared,
    schema: { tags, summary: 'Sitzungen der Gremien (OParl Meeting)', description: listDescription, params: oparlBodyParam, querystring: oparlListQuery, response: { 200: oparlList } },
    handler: (request) => run(request, (ctx) => listOparlMeetings(ctx, publicUrl, request.params.officeId, request.query)),
  });
  app.get('/oparl/body/:officeId/papers', {
    ...shared,
    schema: {
      tags,
      summary: 'Veröffentlichte Vorlagen (OParl Paper) mit Dateien und Beratungsfolge; Entwürfe erscheinen nicht',
      description: listDescription,
      params: oparlBodyParam,
      querystring: oparlListQuery,
      response: { 200: oparlList },
    },
    handler: (request) => run(request, (ctx) => listOparlPapers(ctx, publicUrl, request.params.officeId, request.query)),
  });
  app.get('/oparl/organization/:id', {
    ...shared,
    schema: { tags, summary: 'Ein Gremium oder Verwaltungsbereich (OParl Organization)', params: oparlIdParam, response: { 200: oparlObject } },
    handler: (request) => run(request, (ctx) => readOparlOrganization(ctx, publicUrl, request.params.id)),
  });
  app.get('/oparl/meeting/:id', {
    ...shared,
    schema: { tags, summary: 'Eine Sitzung eines Gremiums (OParl Meeting)', params: oparlIdParam, response: { 200: oparlObject } },
    handler: (request) => run(request, (ctx) => readOparlMeeting(ctx, publicUrl, request.params.id)),
  });
  app.get('/oparl/location/:id', {
    ...shared,
    schema: { tags, summary: 'Der Ort einer Sitzung (OParl Location); die Kennung ist die der Sitzung', params: oparlIdParam, response: { 200: oparlObject } },
    handler: (request) => run(request, (ctx) => readOparlLocation(ctx, publicUrl, request.params.id)),
  });
  app.get('/oparl/paper/:id', {
    ...shared,
    schema: { tags, summary: 'Eine veröffentlichte Vorlage (OParl Paper); ein Entwurf ergibt 404', params: oparlIdParam, response: { 200: oparlObject } },
    handler: (request) => run(request, (ctx) => readOparlPaper(ctx, publicUrl, request.params.id)),
  });
  app.get('/oparl/consultation/:id', {
    ...shared,
    schema: { tags, summary: 'Ein Eintrag der Beratungsfolge einer veröffentlichten Vorlage (OParl Consultation)', params: oparlIdParam, response: { 200: oparlObject } },
    handler: (request) => run(request, (ctx) => readOparlConsultation(ctx, publicUrl, request.params.id)),
  });
  app.get('/oparl/file/:fileId', {
    ...shared,
    schema: {
      tags,
      summary: 'Eine Datei einer veröffentlichten Vorlage (OParl File): die Vorlage als PDF oder ihre Anlage, der Bericht',
      params: oparlFileParam,
      response: { 200: oparlObject },
    },
    handler: (request) => run(request, (ctx) => readOparlFile(ctx, publicUrl, request.params.fileId)),
  });
}

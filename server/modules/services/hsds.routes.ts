import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  hsdsIdParam,
  hsdsOrganizationQuery,
  hsdsOrganizationsQuery,
  hsdsPage,
  hsdsRecord,
  hsdsRoot,
  hsdsServiceAtLocationsQuery,
  hsdsServicesQuery,
  hsdsTaxonomiesQuery,
  hsdsTaxonomyTermsQuery,
} from '../../../common/api/hsds';
import type { Ctx } from '../../platform/context';
import { sendCacheable } from '../../platform/http/conditional';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import {
  type HsdsAnswer,
  hsdsRoot as readRoot,
  listHsdsOrganizations,
  listHsdsServiceAtLocations,
  listHsdsServices,
  listHsdsTaxonomies,
  listHsdsTaxonomyTerms,
  readHsdsOrganization,
  readHsdsService,
  readHsdsServiceAtLocation,
  readHsdsTaxonomy,
  readHsdsTaxonomyTerm,
} from './read-hsds';
import { servicesPolicy } from './services.policy';

/**
 * The public Open Referral HSDS 3.0 API (read-only): the paths and query parameters of the standard's openapi.json,
 * answered as plain JSON with ETag and Last-Modified (304 on a match). Anyone may read it from any site: no cookies
 * are looked at under /hsds, so `Access-Control-Allow-Origin: *` gives nothing away.
 */
export function hsdsRoutes(app: App, { database, settings }: ModuleDeps): void {
  const tags = ['HSDS 3.0 (öffentlich)'];
  const answer = async <T>(request: FastifyRequest, reply: FastifyReply, useCase: (ctx: Ctx) => Promise<HsdsAnswer<T>> | HsdsAnswer<T>) => {
    const result = await inTransaction(database, request, async (ctx) => useCase(ctx));
    return sendCacheable(request, reply, result.body, result.lastModified);
  };
  const shared = {
    config: { access: servicesPolicy.hsdsRead },
    onSend: async (_request: FastifyRequest, reply: FastifyReply) => {
      reply
        .header('access-control-allow-origin', '*')
        .header('access-control-expose-headers', 'ETag, Last-Modified')
        .header('cross-origin-resource-policy', 'cross-origin');
    },
  };
  const listDescription =
    'Eine Seite nach HSDS („Page“). Mit ETag und Last-Modified; If-None-Match oder If-Modified-Since ergeben 304. ' +
    'Der Parameter „office“ (Kürzel) ist keine HSDS-Angabe und nur nötig, wenn die Installation mehreren Jugendämtern dient.';
  const detailDescription = 'Vollständig verschachtelt, gültig gegen das offizielle Schema. Eine unbekannte Kennung ergibt 404.';

  app.get('/hsds/', {
    ...shared,
    schema: { tags, summary: 'Angaben zur HSDS-Schnittstelle (Version, OpenAPI-Dokument)', response: { 200: hsdsRoot } },
    handler: (request, reply) => answer(request, reply, (ctx) => readRoot(ctx, settings.publicUrl)),
  });
  // The standard's "/" under our base address; without the slash too, for clients that join paths that way.
  app.get('/hsds', { ...shared, schema: { hide: true }, handler: (request, reply) => answer(request, reply, (ctx) => readRoot(ctx, settings.publicUrl)) });
  app.get('/hsds/services', {
    ...shared,
    schema: {
      tags,
      summary: 'Angebote (HSDS service); mit „search“ dieselbe Suche wie in der Anwendung, nach Relevanz geordnet',
      description: `${listDescription} Alle Angebote gleich welchen Status; der Status steht in „status“.`,
      querystring: hsdsServicesQuery,
      response: { 200: hsdsPage },
    },
    handler: (request, reply) => answer(request, reply, (ctx) => listHsdsServices(ctx, request.query)),
  });
  app.get('/hsds/services/:id', {
    ...shared,
    schema: { tags, summary: 'Ein Angebot, vollständig (HSDS service)', description: detailDescription, params: hsdsIdParam, response: { 200: hsdsRecord } },
    handler: (request, reply) => answer(request, reply, (ctx) => readHsdsService(ctx, request.params)),
  });
  app.get('/hsds/organizations', {
    ...shared,
    schema: { tags, summary: 'Organisationen (HSDS organization), nur öffentliche Angaben', description: listDescription, querystring: hsdsOrganizationsQuery, response: { 200: hsdsPage } },
    handler: (request, reply) => answer(request, reply, (ctx) => listHsdsOrganizations(ctx, request.query)),
  });
  app.get('/hsds/organizations/:id', {
    ...shared,
    schema: {
      tags,
      summary: 'Eine Organisation mit Standorten, Programmen und Angeboten (HSDS organization)',
      description: detailDescription,
      params: hsdsIdParam,
      querystring: hsdsOrganizationQuery,
      response: { 200: hsdsRecord },
    },
    handler: (request, reply) => answer(request, reply, (ctx) => readHsdsOrganization(ctx, { ...request.query, id: request.params.id })),
  });
  app.get('/hsds/service_at_locations', {
    ...shared,
    schema: {
      tags,
      summary: 'Angebote an Standorten (HSDS service_at_location); Suche wie bei /hsds/services',
      description: `${listDescription} „postcode“ sucht Standorte mit dieser Postleitzahl, mit „proximity“ im Umkreis um den Mittelpunkt der Standorte dieser Postleitzahl.`,
      querystring: hsdsServiceAtLocationsQuery,
      response: { 200: hsdsPage },
    },
    handler: (request, reply) => answer(request, reply, (ctx) => listHsdsServiceAtLocations(ctx, request.query)),
  });
  app.get('/hsds/service_at_locations/:id', {
    ...shared,
    schema: { tags, summary: 'Ein Angebot an einem Standort, vollständig (HSDS service_at_location)', description: detailDescription, params: hsdsIdParam, response: { 200: hsdsRecord } },
    handler: (request, reply) => answer(request, reply, (ctx) => readHsdsServiceAtLocation(ctx, request.params)),
  });
  app.get('/hsds/taxonomies', {
    ...shared,
    schema: { tags, summary: 'Taxonomien (HSDS taxonomy), darunter die Themen des Jugendamts', description: listDescription, querystring: hsdsTaxonomiesQuery, response: { 200: hsdsPage } },
    handler: (request, reply) => answer(request, reply, (ctx) => listHsdsTaxonomies(ctx, request.query)),
  });
  app.get('/hsds/taxonomies/:id', {
    ...shared,
    schema: { tags, summary: 'Eine Taxonomie (HSDS taxonomy)', description: detailDescription, params: hsdsIdParam, response: { 200: hsdsRecord } },
    handler: (request, reply) => answer(request, reply, (ctx) => readHsdsTaxonomy(ctx, request.params)),
  });
  app.get('/hsds/taxonomy_terms', {
    ...shared,
    schema: { tags, summary: 'Begriffe (HSDS taxonomy_term), darunter die Themen', description: listDescription, querystring: hsdsTaxonomyTermsQuery, response: { 200: hsdsPage } },
    handler: (request, reply) => answer(request, reply, (ctx) => listHsdsTaxonomyTerms(ctx, request.query)),
  });
  app.get('/hsds/taxonomy_terms/:id', {
    ...shared,
    schema: { tags, summary: 'Ein Begriff (HSDS taxonomy_term) mit seiner Taxonomie', description: detailDescription, params: hsdsIdParam, response: { 200: hsdsRecord } },
    handler: (request, reply) => answer(request, reply, (ctx) => readHsdsTaxonomyTerm(ctx, request.params)),
  });
}

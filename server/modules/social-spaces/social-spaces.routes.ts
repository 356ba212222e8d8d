import { z } from 'zod';
import { uuidParam } from '../../../common/api/common';
import {
  createSpaceBody,
  featureCollection,
  importResult,
  importSpacesBody,
  locateQuery,
  locateResult,
  officeQuery,
  socialSpace,
  updateSpaceBody,
} from '../../../common/api/social-spaces';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { importSpaces } from './import-spaces';
import { createSpace, deleteSpace, updateSpace } from './manage-spaces';
import { exportSpaces, listSpaces, locatePoint, readSpace } from './read-spaces';
import { socialSpacesPolicy } from './social-spaces.policy';

const tags = ['Sozialräume'];
// Real boundary files are large (Berlin's 58 areas: 2.9 MB); the import route alone accepts up to 50 MB.
const IMPORT_LIMIT = 50 * 1024 * 1024;

export function socialSpacesRoutes(app: App, { database }: ModuleDeps): void {
  app.get('/api/social-spaces', {
    config: { access: socialSpacesPolicy.listSpaces },
    schema: { tags, summary: 'Sozialräume mit Grenzen (öffentlich)', querystring: officeQuery, response: { 200: z.array(socialSpace) } },
    handler: (request) => inTransaction(database, request, (ctx) => listSpaces(ctx, request.query)),
  });

  app.get('/api/social-spaces/export', {
    config: { access: socialSpacesPolicy.exportSpaces },
    schema: { tags, summary: 'Sozialräume als GeoJSON-FeatureCollection', querystring: officeQuery, response: { 200: featureCollection } },
    handler: async (request, reply) => {
      const collection = await inTransaction(database, request, (ctx) => exportSpaces(ctx, request.query));
      return reply.type('application/geo+json').header('content-disposition', 'attachment; filename="sozialraeume.geojson"').send(collection);
    },
  });

  app.get('/api/social-spaces/locate', {
    config: { access: socialSpacesPolicy.locatePoint },
    schema: { tags, summary: 'In welchem Sozialraum liegt ein Punkt?', querystring: locateQuery, response: { 200: locateResult } },
    handler: (request) => inTransaction(database, request, (ctx) => locatePoint(ctx, request.query)),
  });

  app.get('/api/social-spaces/:id', {
    config: { access: socialSpacesPolicy.readSpace },
    schema: { tags, summary: 'Ein Sozialraum (öffentlich)', params: uuidParam, response: { 200: socialSpace } },
    handler: (request) => inTransaction(database, request, (ctx) => readSpace(ctx, request.params)),
  });

  app.post('/api/social-spaces', {
    config: { access: socialSpacesPolicy.createSpace },
    schema: { tags, summary: 'Sozialraum anlegen', body: createSpaceBody, response: { 201: socialSpace } },
    handler: async (request, reply) => reply.code(201).send(await inTransaction(database, request, (ctx) => createSpace(ctx, request.body))),
  });

  app.patch('/api/social-spaces/:id', {
    config: { access: socialSpacesPolicy.updateSpace },
    schema: { tags, summary: 'Sozialraum ändern', params: uuidParam, body: updateSpaceBody, response: { 200: socialSpace } },
    handler: (request) => inTransaction(database, request, (ctx) => updateSpace(ctx, { ...request.body, id: request.params.id })),
  });

  app.delete('/api/social-spaces/:id', {
    config: { access: socialSpacesPolicy.deleteSpace },
    schema: { tags, summary: 'Sozialraum löschen (nur wenn nichts an ihm hängt)', params: uuidParam, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await inTransaction(database, request, (ctx) => deleteSpace(ctx, request.params));
      return reply.code(204).send(null);
    },
  });

  app.post('/api/social-spaces/import', {
    config: { access: socialSpacesPolicy.importSpaces },
    bodyLimit: IMPORT_LIMIT,
    schema: {
      tags,
      summary: 'Sozialräume aus GeoJSON importieren (alles oder nichts)',
      description: 'Neues Kürzel legt an, bekanntes Kürzel aktualisiert Name und Grenze. crs EPSG:4326/CRS84 wird als Länge/Breite gelesen.',
      body: importSpacesBody,
      response: { 200: importResult },
    },
    handler: (request) => inTransaction(database, request, (ctx) => importSpaces(ctx, request.body)),
  });
}

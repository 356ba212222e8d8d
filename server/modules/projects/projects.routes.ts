import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { uuidParam } from '../../../common/api/common';
import {
  attachment,
  attachmentParams,
  createProjectBody,
  projectDetail,
  projectsQuery,
  projectStatusBody,
  projectSummary,
  updateProjectBody,
  uploadQuery,
  yearNoteBody,
  yearParams,
} from '../../../common/api/projects';
import { z } from 'zod';
import { attachmentMaxBytes } from '../../../common/project-terms';
import type { Ctx } from '../../platform/context';
import { downloadDisposition } from '../../platform/files';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { changeProjectStatus, createProject, deleteProject, updateProject, writeYearNote } from './manage-projects';
import { addAttachment, deleteAttachment, readAttachment } from './project-attachments';
import { projectsPolicy } from './projects.policy';
import { listProjects, readProject } from './read-projects';

/** A stored file as a download: never shown inline, never sniffed, in a sandbox if a browser opens it anyway. */
export function sendFile(reply: FastifyReply, file: { fileName: string; mediaType: string; content: Buffer }) {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', downloadDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "sandbox; default-src 'none'")
    .header('cache-control', 'private, no-store')
    .send(file.content);
}

export function projectsRoutes(app: App, { database }: ModuleDeps): void {
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>) => inTransaction(database, request, useCase);
  const tags = ['Projekte'];

  app.get('/api/projects', {
    config: { access: projectsPolicy.listProjects },
    schema: { tags, summary: 'Projekte und Maßnahmen, gefiltert nach Status, Sozialraum, Initiative, Thema, Jahr, Text oder Bedarf', querystring: projectsQuery, response: { 200: z.array(projectSummary) } },
    handler: (request) => run(request, (ctx) => listProjects(ctx, request.query)),
  });
  app.post('/api/projects', {
    config: { access: projectsPolicy.createProject },
    schema: { tags, summary: 'Projekt anlegen (beginnt als Idee); verknüpfte Bedarfe gelten als im Projekt aufgegriffen', body: createProjectBody, response: { 201: projectDetail } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => createProject(ctx, request.body))),
  });
  app.get('/api/projects/:id', {
    config: { access: projectsPolicy.readProject },
    schema: { tags, summary: 'Ein Projekt mit Bedarfen, Partnern, Personen, Reichweite, Erfolgen und Schwierigkeiten je Jahr, Anlagen und Verlauf', params: uuidParam, response: { 200: projectDetail } },
    handler: (request) => run(request, (ctx) => readProject(ctx, request.params)),
  });
  app.patch('/api/projects/:id', {
    config: { access: projectsPolicy.updateProject },
    schema: { tags, summary: 'Projekt ändern (needIds und reach ersetzen die bisherigen Listen)', params: uuidParam, body: updateProjectBody, response: { 200: projectDetail } },
    handler: (request) => run(request, (ctx) => updateProject(ctx, { ...request.body, id: request.params.id })),
  });
  app.post('/api/projects/:id/status', {
    config: { access: projectsPolicy.changeStatus },
    schema: { tags, summary: 'Status ändern: Idee → geplant → läuft → abgeschlossen, oder eingestellt (mit Begründung)', params: uuidParam, body: projectStatusBody, response: { 200: projectDetail } },
    handler: (request) => run(request, (ctx) => changeProjectStatus(ctx, { ...request.body, id: request.params.id })),
  });
  app.put('/api/projects/:id/years/:year', {
    config: { access: projectsPolicy.writeYearNote },
    schema: { tags, summary: 'Erfolge und Schwierigkeiten eines Jahres (für den Jahresbericht)', params: yearParams, body: yearNoteBody, response: { 200: projectDetail } },
    handler: (request) => run(request, (ctx) => writeYearNote(ctx, { ...request.body, id: request.params.id, year: Number(request.params.year) })),
  });
  app.delete('/api/projects/:id', {
    config: { access: projectsPolicy.deleteProject },
    schema: { tags, summary: 'Projekt löschen (nur ohne Mittelbindungen und Buchungen; sonst einstellen)', params: uuidParam, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await run(request, (ctx) => deleteProject(ctx, request.params));
      return reply.code(204).send(null);
    },
  });

  app.get('/api/projects/:id/attachments/:attachmentId', {
    config: { access: projectsPolicy.readAttachment },
    schema: { tags, summary: 'Anlage herunterladen', params: attachmentParams, produces: ['application/octet-stream'] },
    handler: async (request, reply) => sendFile(reply, await run(request, (ctx) => readAttachment(ctx, request.params))),
  });
  app.delete('/api/projects/:id/attachments/:attachmentId', {
    config: { access: projectsPolicy.deleteAttachment },
    schema: { tags, summary: 'Anlage entfernen', params: attachmentParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await run(request, (ctx) => deleteAttachment(ctx, request.params));
      return reply.code(204).send(null);
    },
  });
  // The file comes as the raw body with its own content type; only this route takes raw bytes.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: attachmentMaxBytes + 1024 }, (_request, body, done) => done(null, body));
    scope.withTypeProvider<ZodTypeProvider>().post('/api/projects/:id/attachments', {
      config: { access: projectsPolicy.addAttachment },
      bodyLimit: attachmentMaxBytes + 1024,
      schema: {
        tags,
        summary: 'Anlage hochladen: die Datei als Rohdaten, der Name in ?name= (PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, Text; höchstens 10 MB)',
        params: uuidParam,
        querystring: uploadQuery,
        consumes: ['application/octet-stream', 'application/pdf', 'image/png', 'image/jpeg'],
        response: { 201: attachment },
      },
      handler: async (request, reply) => {
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        return reply.code(201).send(await run(request, (ctx) => addAttachment(ctx, { id: request.params.id, fileName: request.query.name, bytes })));
      },
    });
  });
}

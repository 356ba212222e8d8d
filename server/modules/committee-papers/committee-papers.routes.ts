import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { uuidParam } from '../../../common/api/common';
import {
  committee,
  committeeMeeting,
  committeeMeetingsQuery,
  paper,
  paperSummary,
  updateCommittee as updateCommitteeBody,
  updateCommitteeMeeting as updateCommitteeMeetingBody,
  updatePaper as updatePaperBody,
  writeCommittee,
  writeCommitteeMeeting,
  writePaper,
} from '../../../common/api/committee-papers';
import type { Ctx } from '../../platform/context';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { authorize, officeOf } from '../../platform/auth/policy';
import { committeePapersPolicy } from './committee-papers.policy';
import { createCommitteeMeeting, listCommitteeMeetings, updateCommitteeMeeting } from './manage-committee-meetings';
import { createCommittee, listCommittees, updateCommittee } from './manage-committees';
import { createPaper, deletePaper, publishPaper, updatePaper } from './manage-papers';
import { keepPaperFiles, paperWithReport, renderPublicFiles } from './paper-export';
import { listPapers, readPaper } from './read-papers';

export function committeePapersRoutes(app: App, { database }: ModuleDeps): void {
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>) => inTransaction(database, request, useCase);
  const tags = ['Gremien und Vorlagen'];

  app.get('/api/committees', {
    config: { access: committeePapersPolicy.listCommittees },
    schema: { tags, summary: 'Gremien (z. B. Jugendhilfeausschuss) und Verwaltungsbereiche (z. B. Fachbereich Jugend) des Jugendamts', response: { 200: z.array(committee) } },
    handler: (request) => run(request, (ctx) => listCommittees(ctx)),
  });
  app.post('/api/committees', {
    config: { access: committeePapersPolicy.createCommittee },
    schema: { tags, summary: 'Gremium oder Verwaltungsbereich anlegen (Namen sind im Jugendamt eindeutig)', body: writeCommittee, response: { 201: committee } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => createCommittee(ctx, request.body))),
  });
  app.patch('/api/committees/:id', {
    config: { access: committeePapersPolicy.updateCommittee },
    schema: {
      tags,
      summary: 'Gremium oder Verwaltungsbereich ändern; die Art nur, solange nichts dagegen spricht (Zuständigkeit für Vorlagen, Sitzungen, Beratungen)',
      params: uuidParam,
      body: updateCommitteeBody,
      response: { 200: committee },
    },
    handler: (request) => run(request, (ctx) => updateCommittee(ctx, { ...request.body, id: request.params.id })),
  });

  app.get('/api/committee-meetings', {
    config: { access: committeePapersPolicy.listMeetings },
    schema: { tags, summary: 'Sitzungen der Gremien, die neuesten zuerst; mit committeeId nur die eines Gremiums', querystring: committeeMeetingsQuery, response: { 200: z.array(committeeMeeting) } },
    handler: (request) => run(request, (ctx) => listCommitteeMeetings(ctx, request.query)),
  });
  app.post('/api/committee-meetings', {
    config: { access: committeePapersPolicy.createMeeting },
    schema: { tags, summary: 'Sitzung eines Gremiums anlegen', body: writeCommitteeMeeting, response: { 201: committeeMeeting } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => createCommitteeMeeting(ctx, request.body))),
  });
  app.patch('/api/committee-meetings/:id', {
    config: { access: committeePapersPolicy.updateMeeting },
    schema: {
      tags,
      summary: 'Sitzung ändern; das Gremium nur, solange keine Vorlage die Sitzung in ihrer Beratungsfolge nennt',
      params: uuidParam,
      body: updateCommitteeMeetingBody,
      response: { 200: committeeMeeting },
    },
    handler: (request) => run(request, (ctx) => updateCommitteeMeeting(ctx, { ...request.body, id: request.params.id })),
  });

  app.get('/api/papers', {
    config: { access: committeePapersPolicy.listPapers },
    schema: { tags, summary: 'Vorlagen des Jugendamts, die neuesten zuerst (Entwürfe und veröffentlichte)', response: { 200: z.array(paperSummary) } },
    handler: (request) => run(request, (ctx) => listPapers(ctx)),
  });
  app.post('/api/papers', {
    config: { access: committeePapersPolicy.createPaper },
    schema: {
      tags,
      summary: 'Vorlage als Entwurf anlegen (ohne resolutionTemplate gilt der Standard-Beschlussvorschlag)',
      description: 'Im Beschlussvorschlag sind nur die Platzhalter aus resolutionPlaceholders erlaubt, z. B. {jahr} und {betrag_pro_sozialraum}.',
      body: writePaper,
      response: { 201: paper },
    },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => createPaper(ctx, request.body))),
  });
  app.get('/api/papers/:id', {
    config: { access: committeePapersPolicy.readPaper },
    schema: { tags, summary: 'Eine Vorlage mit Zuständigkeit, Bezügen und Beratungsfolge', params: uuidParam, response: { 200: paper } },
    handler: (request) => run(request, (ctx) => readPaper(ctx, request.params.id)),
  });
  app.patch('/api/papers/:id', {
    config: { access: committeePapersPolicy.updatePaper },
    schema: {
      tags,
      summary: 'Entwurf ändern (relatedPaperIds und consultations ersetzen die bisherigen); eine veröffentlichte Vorlage ergibt 409',
      params: uuidParam,
      body: updatePaperBody,
      response: { 200: paper },
    },
    handler: (request) => run(request, (ctx) => updatePaper(ctx, { ...request.body, id: request.params.id })),
  });
  app.post('/api/papers/:id/publish', {
    config: { access: committeePapersPolicy.publishPaper },
    schema: {
      tags,
      summary: 'Vorlage veröffentlichen (braucht eine Beratungsfolge); danach ist sie über OParl öffentlich und unveränderlich, ihre PDF-Dateien (Vorlage und Bericht) werden mit den Zahlen von jetzt festgehalten',
      params: uuidParam,
      response: { 200: paper },
    },
    handler: async (request) => {
      // The files are rendered from the data as it is now, outside a transaction; publishing and keeping them is one.
      const { paper: draft, report } = await run(request, (ctx) => {
        authorize(ctx.actor, committeePapersPolicy.publishPaper);
        return paperWithReport(ctx, request.params.id);
      });
      const files = await renderPublicFiles(draft, report);
      return run(request, async (ctx) => {
        const published = await publishPaper(ctx, request.params);
        await keepPaperFiles(ctx, { id: published.id, officeId: officeOf(ctx.actor) }, files);
        return published;
      });
    },
  });
  app.delete('/api/papers/:id', {
    config: { access: committeePapersPolicy.deletePaper },
    schema: { tags, summary: 'Entwurf löschen (nicht, wenn eine andere Vorlage sich auf ihn bezieht); eine veröffentlichte Vorlage ergibt 409', params: uuidParam, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await run(request, (ctx) => deletePaper(ctx, request.params));
      return reply.code(204).send(null);
    },
  });
}

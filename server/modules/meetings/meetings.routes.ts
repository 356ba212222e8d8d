import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { uuidParam } from '../../../common/api/common';
import {
  agendaItemBody,
  calendarFeed,
  calendarQuery,
  createCalendarFeedBody,
  createdCalendarFeed,
  createMeetingBody,
  decisionBody,
  decisionDoneBody,
  invitation,
  meetingDetail,
  meetingsQuery,
  meetingStateBody,
  meetingSummary,
  organizerSuggestion,
  organizerSuggestionQuery,
  updateMeetingBody,
  meetingTask,
  meetingTasksQuery,
} from '../../../common/api/meetings';
import type { Ctx } from '../../platform/context';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { addAgendaItem, removeAgendaItem, replaceAgendaItem } from './agenda';
import { createCalendarFeed, listCalendarFeeds, readCalendar, revokeCalendarFeed } from './calendar-feeds';
import { addDecision, listMeetingTasks, markDecisionDone } from './decisions';
import { readInvitation, sendInvitation } from './invitation';
import { changeMeetingState, createMeeting, deleteMeeting, updateMeeting } from './manage-meetings';
import { meetingsPolicy } from './meetings.policy';
import { suggestOrganizers } from './organizer-suggestion';
import { listMeetings, readMeeting } from './read-meetings';

const itemParams = z.strictObject({ id: z.uuid(), itemId: z.uuid() });
const decisionParams = z.strictObject({ id: z.uuid(), decisionId: z.uuid() });

export function meetingsRoutes(app: App, { database, settings }: ModuleDeps): void {
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>) => inTransaction(database, request, useCase);
  const tags = ['Netzwerktreffen'];

  app.get('/api/meetings', {
    config: { access: meetingsPolicy.listMeetings },
    schema: { tags, summary: 'Netzwerktreffen, gefiltert nach Sozialraum, Status und Zeitraum (Tage in Berlin)', querystring: meetingsQuery, response: { 200: z.array(meetingSummary) } },
    handler: (request) => run(request, (ctx) => listMeetings(ctx, request.query)),
  });
  app.post('/api/meetings', {
    config: { access: meetingsPolicy.createMeeting },
    schema: {
      tags,
      summary: 'Netzwerktreffen anlegen (geplant); invitedOrganizationTypes lädt alle Organisationen dieser Arten in den Sozialräumen des Treffens ein',
      body: createMeetingBody,
      response: { 201: meetingDetail },
    },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => createMeeting(ctx, request.body))),
  });
  // Before /api/meetings/:id, so that the word is not read as an id.
  app.get('/api/meetings/organizer-suggestion', {
    config: { access: meetingsPolicy.suggestOrganizers },
    schema: {
      tags,
      summary: 'Wer das nächste Treffen organisieren sollte: das Team des Sozialraums an dem Tag, wer am längsten nicht und am seltensten organisiert hat zuerst',
      querystring: organizerSuggestionQuery,
      response: { 200: z.array(organizerSuggestion) },
    },
    handler: (request) => run(request, (ctx) => suggestOrganizers(ctx, request.query)),
  });
  app.get('/api/meetings/:id', {
    config: { access: meetingsPolicy.readMeeting },
    schema: { tags, summary: 'Ein Netzwerktreffen mit Einladungen, Teilnahme, Tagesordnung, Protokoll und Beschlüssen', params: uuidParam, response: { 200: meetingDetail } },
    handler: (request) => run(request, (ctx) => readMeeting(ctx, request.params)),
  });
  app.patch('/api/meetings/:id', {
    config: { access: meetingsPolicy.updateMeeting },
    schema: {
      tags,
      summary: 'Netzwerktreffen ändern (attendance ersetzt die Teilnahme; Zeit, Ort oder Titel zu ändern erhöht die Fassung für Kalender)',
      params: uuidParam,
      body: updateMeetingBody,
      response: { 200: meetingDetail },
    },
    handler: (request) => run(request, (ctx) => updateMeeting(ctx, { ...request.body, id: request.params.id })),
  });
  app.post('/api/meetings/:id/state', {
    config: { access: meetingsPolicy.changeState },
    schema: { tags, summary: 'Status ändern: geplant → eingeladen → stattgefunden, oder abgesagt (mit Begründung)', params: uuidParam, body: meetingStateBody, response: { 200: meetingDetail } },
    handler: (request) => run(request, (ctx) => changeMeetingState(ctx, { ...request.body, id: request.params.id })),
  });
  app.delete('/api/meetings/:id', {
    config: { access: meetingsPolicy.deleteMeeting },
    schema: { tags, summary: 'Geplantes Netzwerktreffen löschen (sonst absagen)', params: uuidParam, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await run(request, (ctx) => deleteMeeting(ctx, request.params));
      return reply.code(204).send(null);
    },
  });

  app.post('/api/meetings/:id/agenda', {
    config: { access: meetingsPolicy.writeAgenda },
    schema: { tags, summary: 'Tagesordnungspunkt anfügen (mit Bedarfen, Angeboten und Projekten)', params: uuidParam, body: agendaItemBody, response: { 201: meetingDetail } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => addAgendaItem(ctx, { ...request.body, meetingId: request.params.id }))),
  });
  app.put('/api/meetings/:id/agenda/:itemId', {
    config: { access: meetingsPolicy.writeAgenda },
    schema: { tags, summary: 'Tagesordnungspunkt ersetzen', params: itemParams, body: agendaItemBody, response: { 200: meetingDetail } },
    handler: (request) => run(request, (ctx) => replaceAgendaItem(ctx, { ...request.body, meetingId: request.params.id, itemId: request.params.itemId })),
  });
  app.delete('/api/meetings/:id/agenda/:itemId', {
    config: { access: meetingsPolicy.writeAgenda },
    schema: { tags, summary: 'Tagesordnungspunkt entfernen', params: itemParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await run(request, (ctx) => removeAgendaItem(ctx, { meetingId: request.params.id, itemId: request.params.itemId }));
      return reply.code(204).send(null);
    },
  });

  app.post('/api/meetings/:id/decisions', {
    config: { access: meetingsPolicy.writeDecision },
    schema: {
      tags,
      summary: 'Beschluss festhalten: Beschluss, Aufgabe (mit verantwortlicher Person und Termin) oder Projektentwurf (legt ein Projekt als Idee an)',
      params: uuidParam,
      body: decisionBody,
      response: { 201: meetingDetail },
    },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => addDecision(ctx, { ...request.body, meetingId: request.params.id }))),
  });
  app.post('/api/meetings/:id/decisions/:decisionId/done', {
    config: { access: meetingsPolicy.writeDecision },
    schema: { tags, summary: 'Aufgabe als erledigt markieren (doneOn: null öffnet sie wieder)', params: decisionParams, body: decisionDoneBody, response: { 200: meetingDetail } },
    handler: (request) => run(request, (ctx) => markDecisionDone(ctx, { meetingId: request.params.id, decisionId: request.params.decisionId, doneOn: request.body.doneOn })),
  });
  app.get('/api/meeting-tasks', {
    config: { access: meetingsPolicy.listTasks },
    schema: { tags, summary: 'Aufgaben aus Netzwerktreffen (mine=true: die eigenen), offene zuerst nach Termin', querystring: meetingTasksQuery, response: { 200: z.array(meetingTask) } },
    handler: (request) => run(request, (ctx) => listMeetingTasks(ctx, request.query)),
  });

  app.get('/api/meetings/:id/invitation', {
    config: { access: meetingsPolicy.readInvitation },
    schema: { tags, summary: 'Einladungstext zum Kopieren, mit den Adressen der eingeladenen Organisationen', params: uuidParam, response: { 200: invitation } },
    handler: (request) => run(request, (ctx) => readInvitation(ctx, request.params, settings.smtp)),
  });
  app.post('/api/meetings/:id/invitation/send', {
    config: { access: meetingsPolicy.sendInvitation },
    schema: { tags, summary: 'Einladung per E-Mail versenden (nur mit eingerichtetem Mailserver); ein geplantes Treffen gilt dann als eingeladen', params: uuidParam, response: { 200: invitation } },
    handler: (request) => run(request, (ctx) => sendInvitation(ctx, request.params, settings.smtp)),
  });

  app.post('/api/calendar-feeds', {
    config: { access: meetingsPolicy.createCalendarFeed },
    schema: {
      tags,
      summary: 'Kalender-Abonnement anlegen (Sozialraum oder eigene Termine); die Adresse mit dem geheimen Schlüssel steht nur in dieser Antwort',
      body: createCalendarFeedBody,
      response: { 201: createdCalendarFeed },
    },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => createCalendarFeed(ctx, request.body, settings.publicUrl))),
  });
  app.get('/api/calendar-feeds', {
    config: { access: meetingsPolicy.listCalendarFeeds },
    schema: { tags, summary: 'Die eigenen Kalender-Abonnements', response: { 200: z.array(calendarFeed) } },
    handler: (request) => run(request, (ctx) => listCalendarFeeds(ctx)),
  });
  app.delete('/api/calendar-feeds/:id', {
    config: { access: meetingsPolicy.revokeCalendarFeed },
    schema: { tags, summary: 'Kalender-Abonnement widerrufen (die Adresse antwortet danach nicht mehr)', params: uuidParam, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await run(request, (ctx) => revokeCalendarFeed(ctx, request.params));
      return reply.code(204).send(null);
    },
  });
  app.get('/api/calendar.ics', {
    config: { access: meetingsPolicy.calendar },
    schema: {
      tags,
      summary: 'Netzwerktreffen als iCalendar (RFC 5545) für Kalenderprogramme; geöffnet durch den geheimen Schlüssel in der Adresse',
      querystring: calendarQuery,
      produces: ['text/calendar'],
    },
    handler: async (request, reply) => {
      const calendar = await run(request, (ctx) => readCalendar(ctx, request.query, settings.publicUrl));
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="netzwerktreffen.ics"')
        .header('cache-control', 'private, no-store')
        .header('referrer-policy', 'no-referrer')
        .send(calendar.body);
    },
  });
}

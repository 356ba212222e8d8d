import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { uuidParam } from '../../../common/api/common';
import {
  correctGapBody,
  createNeedBody,
  gapSummary,
  gapSummaryQuery,
  needDetail,
  mySpaces as mySpacesSchema,
  needListQuery,
  needPage,
  needStatusBody,
  offerSuggestions,
  offerSuggestionsQuery,
  privacyCheckBody,
  privacyCheckResult,
  publicNeedBody,
  publicNeedReceipt,
  recomputeGapsBody,
  recomputeGapsResult,
  referralBody,
  reviewNeedBody,
  updateNeedBody,
} from '../../../common/api/needs';
import { checkPrivacy } from '../../../common/privacy';
import { authorize } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { createRateLimiter } from '../../platform/http/rate-limit';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { confirmGap, correctGap, gapSummaryCsv, gapSummary as readGapSummary, recomputeGaps } from './gap-analysis';
import { changeNeedStatus, referNeed, reviewNeed } from './need-status';
import { needsPolicy } from './needs.policy';
import { listNeeds, mySpaces, readNeed, suggestOffers } from './read-needs';
import { createNeed, deleteNeed, submitPublicNeed, updateNeed } from './record-need';

/** Anonymous callers only: signed-in staff are not limited. The key (the client address) lives in memory for one window. */
export const PRIVACY_CHECKS_PER_MINUTE = 60;
export const PUBLIC_NEEDS_PER_TEN_MINUTES = 10;

export function needsRoutes(app: App, { database }: ModuleDeps): void {
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>) => inTransaction(database, request, useCase);
  const checkLimiter = createRateLimiter({ limit: PRIVACY_CHECKS_PER_MINUTE, windowMs: 60_000, message: 'Zu viele Prüfungen in kurzer Zeit. Bitte einen Moment warten.' });
  const submitLimiter = createRateLimiter({
    limit: PUBLIC_NEEDS_PER_TEN_MINUTES,
    windowMs: 600_000,
    message: 'Zu viele Einsendungen in kurzer Zeit. Bitte versuchen Sie es in einigen Minuten erneut.',
  });
  const tags = ['Bedarfe'];
  const gapTags = ['Lücken'];
  const noContent = { 204: z.null() };

  app.post('/api/privacy/check', {
    config: { access: needsPolicy.checkPrivacy },
    schema: {
      tags: ['Datenschutz'],
      summary: 'Text auf personenbezogene Daten prüfen (öffentlich; ohne Anmeldung höchstens 60 Prüfungen pro Minute)',
      description:
        'Findet E-Mail-Adressen, Telefonnummern, Geburtsdaten, Anschriften mit Hausnummer, Personennamen und Aktenzeichen. ' +
        '`start`/`end` sind Positionen im Text (JavaScript-Zeichenindizes, Ende exklusiv). Dieselbe Prüfung lehnt beim Speichern eines Bedarfs ab.',
      body: privacyCheckBody,
      response: { 200: privacyCheckResult },
    },
    handler: async (request) => {
      authorize(request.actor, needsPolicy.checkPrivacy);
      if (request.actor.kind === 'public') checkLimiter.hit(request.actor.clientIp);
      return checkPrivacy(request.body.text);
    },
  });

  app.post('/api/public/needs', {
    config: { access: needsPolicy.submitPublicNeed },
    schema: {
      tags,
      summary: 'Bedarf anonym melden (öffentliches Formular „Was fehlt Ihnen in Ihrem Stadtteil?“)',
      description:
        'Speichert keine IP-Adresse und keine Kennung. Texte mit personenbezogenen Daten werden mit 422 PERSONAL_DATA_REJECTED abgelehnt. ' +
        'Der Eintrag zählt erst, wenn ein Teammitglied ihn geprüft hat. Höchstens 10 Einsendungen in 10 Minuten je Absender.',
      body: publicNeedBody,
      response: { 201: publicNeedReceipt },
    },
    handler: async (request, reply) => {
      if (request.actor.kind === 'public') submitLimiter.hit(request.actor.clientIp);
      const receipt = await run(request, (ctx) => submitPublicNeed(ctx, request.body));
      return reply.code(201).send(receipt);
    },
  });

  app.get('/api/needs', {
    config: { access: needsPolicy.listNeeds },
    schema: { tags, summary: 'Bedarfe der eigenen Sozialräume (Leitung: alle), mit Filtern', querystring: needListQuery, response: { 200: needPage } },
    handler: (request) => run(request, (ctx) => listNeeds(ctx, request.query)),
  });
  app.post('/api/needs', {
    config: { access: needsPolicy.createNeed },
    schema: {
      tags,
      summary: 'Bedarf erfassen (Hausbesuch mit den drei Fragen, Fallabschluss, Beteiligung, Netzwerktreffen, Sonstiges)',
      description: 'Freitexte laufen durch die Datenschutzprüfung: personenbezogene Daten führen zu 422 PERSONAL_DATA_REJECTED, gespeichert wird nichts.',
      body: createNeedBody,
      response: { 201: needDetail },
    },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => createNeed(ctx, request.body))),
  });
  app.get('/api/needs/my-spaces', {
    config: { access: needsPolicy.listNeeds },
    schema: { tags, summary: 'Sozialräume, in denen ich Bedarfe erfasse (Leitung: alle; sonst die, in deren Team ich heute bin)', response: { 200: mySpacesSchema } },
    handler: (request) => run(request, (ctx) => mySpaces(ctx)),
  });
  app.get('/api/needs/offer-suggestions', {
    config: { access: needsPolicy.suggestOffers },
    schema: { tags, summary: 'Angebote, die zu einem Bedarf passen könnten (Thema, Alter, Sozialraum, Wörter)', querystring: offerSuggestionsQuery, response: { 200: offerSuggestions } },
    handler: (request) => run(request, (ctx) => suggestOffers(ctx, request.query)),
  });
  app.get('/api/needs/:id', {
    config: { access: needsPolicy.readNeed },
    schema: { tags, summary: 'Ein Bedarf mit Lücken, Verlauf und Vermittlungen', params: uuidParam, response: { 200: needDetail } },
    handler: (request) => run(request, (ctx) => readNeed(ctx, request.params)),
  });
  app.patch('/api/needs/:id', {
    config: { access: needsPolicy.updateNeed },
    schema: { tags, summary: 'Bedarf ändern', params: uuidParam, body: updateNeedBody, response: { 200: needDetail } },
    handler: (request) => run(request, (ctx) => updateNeed(ctx, { ...request.body, id: request.params.id })),
  });
  app.delete('/api/needs/:id', {
    config: { access: needsPolicy.deleteNeed },
    schema: { tags, summary: 'Bedarf löschen (Leitung; z. B. ein irrtümlich angelegter Eintrag)', params: uuidParam, response: noContent },
    handler: async (request, reply) => {
      await run(request, (ctx) => deleteNeed(ctx, request.params));
      return reply.code(204).send(null);
    },
  });
  app.post('/api/needs/:id/review', {
    config: { access: needsPolicy.reviewNeed },
    schema: { tags, summary: 'Eintrag aus dem Online-Formular annehmen (mit Themen) oder ablehnen', params: uuidParam, body: reviewNeedBody, response: { 200: needDetail } },
    handler: (request) => run(request, (ctx) => reviewNeed(ctx, { ...request.body, id: request.params.id })),
  });
  app.post('/api/needs/:id/status', {
    config: { access: needsPolicy.changeNeedStatus },
    schema: { tags, summary: 'Status setzen: offen, vermittelt (mit Angeboten), von Projekt aufgegriffen, abgeschlossen', params: uuidParam, body: needStatusBody, response: { 200: needDetail } },
    handler: (request) => run(request, (ctx) => changeNeedStatus(ctx, { ...request.body, id: request.params.id })),
  });
  app.post('/api/needs/:id/referrals', {
    config: { access: needsPolicy.referNeed },
    schema: { tags, summary: 'An ein bestehendes Angebot vermitteln (wird als Verbindung zwischen Organisationen gezählt)', params: uuidParam, body: referralBody, response: { 200: needDetail } },
    handler: (request) => run(request, (ctx) => referNeed(ctx, { ...request.body, id: request.params.id })),
  });

  app.get('/api/gaps/summary', {
    config: { access: needsPolicy.readGapSummary },
    schema: {
      tags: gapTags,
      summary: 'Lückenanalyse: Sozialräume × Themen, je Art (fehlt, unbekannt, passt nicht) und Stimme; nur Summen',
      querystring: gapSummaryQuery,
      response: { 200: gapSummary },
    },
    handler: (request) => run(request, (ctx) => readGapSummary(ctx, request.query)),
  });
  app.get('/api/gaps/summary.csv', {
    config: { access: needsPolicy.readGapSummary },
    schema: { tags: gapTags, summary: 'Lückenanalyse als CSV für Excel (Semikolon, UTF-8 mit BOM)', querystring: gapSummaryQuery, produces: ['text/csv'] },
    handler: async (request, reply) => {
      const csv = await run(request, (ctx) => gapSummaryCsv(ctx, request.query));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="lueckenanalyse.csv"')
        .header('cache-control', 'no-store')
        .send(csv);
    },
  });
  app.post('/api/gaps/recompute', {
    config: { access: needsPolicy.recomputeGaps },
    schema: { tags: gapTags, summary: 'Offene, nicht bestätigte Lücken gegen die heutigen Angebote neu bestimmen', body: recomputeGapsBody, response: { 200: recomputeGapsResult } },
    handler: (request) => run(request, (ctx) => recomputeGaps(ctx, request.body)),
  });
  app.post('/api/gaps/:id/correct', {
    config: { access: needsPolicy.correctGap },
    schema: { tags: gapTags, summary: 'Art einer Lücke und passende Angebote von Hand korrigieren (mit Begründung)', params: uuidParam, body: correctGapBody, response: { 200: needDetail } },
    handler: (request) => run(request, (ctx) => correctGap(ctx, { ...request.body, id: request.params.id })),
  });
  app.post('/api/gaps/:id/confirm', {
    config: { access: needsPolicy.confirmGap },
    schema: { tags: gapTags, summary: 'Berechnete Lücke bestätigen', params: uuidParam, response: { 200: needDetail } },
    handler: (request) => run(request, (ctx) => confirmGap(ctx, request.params)),
  });
}

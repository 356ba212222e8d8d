import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { uuidParam } from '../../../common/api/common';
import {
  contract,
  createContractBody,
  createMembershipBody,
  createNetworkModelBody,
  createOrganizationBody,
  createOrganizationTypeBody,
  createPositionBody,
  networkCheck,
  networkModelPeriod,
  onDateQuery,
  organization,
  organizationQuery,
  organizationTypeEntry,
  position,
  positionMinimum,
  setMinimumsBody,
  spaceFigures,
  teamMembership,
  updateMembershipBody,
  updateOrganizationBody,
} from '../../../common/api/network';
import { officeQuery } from '../../../common/api/social-spaces';
import { networkModels } from '../../../common/social-space-terms';
import type { Ctx } from '../../platform/context';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { addContract, addPosition, listContracts, removeContract, removePosition } from './contracts';
import { checkNetwork, listNetworkModels, removeNetworkModel, setNetworkModel, setPositionMinimums, spaceFiguresOf } from './network-model';
import { networkPolicy } from './network.policy';
import { createOrganization, createOrganizationType, deleteOrganization, exportOrganizationsHsds, listOrganizations, listOrganizationTypes, readOrganization, updateOrganization } from './organizations';
import { addTeamMember, changeTeamMember, listTeam, removeTeamMember } from './team';

const spaceParam = z.strictObject({ spaceId: z.uuid() });

export function networkRoutes(app: App, { database }: ModuleDeps): void {
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>) => inTransaction(database, request, useCase);
  const noContent = { 204: z.null() };

  // ---- organisations ----
  const orgTags = ['Organisationen'];
  app.get('/api/organizations', {
    config: { access: networkPolicy.listOrganizations },
    schema: { tags: orgTags, summary: 'Organisationen (öffentliche Angaben)', querystring: organizationQuery, response: { 200: z.array(organization) } },
    handler: (request) => run(request, (ctx) => listOrganizations(ctx, request.query)),
  });
  app.get('/api/organizations/hsds', {
    config: { access: networkPolicy.listOrganizations },
    schema: {
      tags: orgTags,
      summary: 'Organisationen als Open Referral HSDS 3.0 (organization)',
      querystring: officeQuery,
      response: { 200: z.array(z.record(z.string(), z.unknown())) },
    },
    handler: async (request, reply) => {
      const records = await run(request, (ctx) => exportOrganizationsHsds(ctx, request.query));
      return reply.header('content-disposition', 'attachment; filename="organisationen-hsds.json"').send(records);
    },
  });
  app.get('/api/organizations/:id', {
    config: { access: networkPolicy.readOrganization },
    schema: { tags: orgTags, summary: 'Eine Organisation', params: uuidParam, response: { 200: organization } },
    handler: (request) => run(request, (ctx) => readOrganization(ctx, request.params)),
  });
  app.post('/api/organizations', {
    config: { access: networkPolicy.createOrganization },
    schema: { tags: orgTags, summary: 'Organisation anlegen', body: createOrganizationBody, response: { 201: organization } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => createOrganization(ctx, request.body))),
  });
  app.patch('/api/organizations/:id', {
    config: { access: networkPolicy.updateOrganization },
    schema: { tags: orgTags, summary: 'Organisation ändern (Träger-Redaktion: nur die eigene)', params: uuidParam, body: updateOrganizationBody, response: { 200: organization } },
    handler: (request) => run(request, (ctx) => updateOrganization(ctx, { ...request.body, id: request.params.id })),
  });
  app.delete('/api/organizations/:id', {
    config: { access: networkPolicy.deleteOrganization },
    schema: { tags: orgTags, summary: 'Organisation löschen', params: uuidParam, response: noContent },
    handler: async (request, reply) => {
      await run(request, (ctx) => deleteOrganization(ctx, request.params));
      return reply.code(204).send(null);
    },
  });
  app.get('/api/organization-types', {
    config: { access: networkPolicy.listOrganizationTypes },
    schema: { tags: orgTags, summary: 'Arten von Organisationen', querystring: officeQuery, response: { 200: z.array(organizationTypeEntry) } },
    handler: (request) => run(request, (ctx) => listOrganizationTypes(ctx, request.query)),
  });
  app.post('/api/organization-types', {
    config: { access: networkPolicy.createOrganizationType },
    schema: { tags: orgTags, summary: 'Weitere Art von Organisation anlegen', body: createOrganizationTypeBody, response: { 201: organizationTypeEntry } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => createOrganizationType(ctx, request.body))),
  });

  // ---- team ----
  const teamTags = ['Sozialraumteams'];
  app.get('/api/social-spaces/:spaceId/team', {
    config: { access: networkPolicy.readTeam },
    schema: { tags: teamTags, summary: 'Team eines Sozialraums (Leitung, oder wer selbst im Team ist)', params: spaceParam, response: { 200: z.array(teamMembership) } },
    handler: (request) => run(request, (ctx) => listTeam(ctx, request.params)),
  });
  app.post('/api/team-memberships', {
    config: { access: networkPolicy.manageTeam },
    schema: { tags: teamTags, summary: 'Person ins Team aufnehmen', body: createMembershipBody, response: { 201: teamMembership } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => addTeamMember(ctx, request.body))),
  });
  app.patch('/api/team-memberships/:id', {
    config: { access: networkPolicy.manageTeam },
    schema: { tags: teamTags, summary: 'Teammitgliedschaft ändern (z. B. beenden)', params: uuidParam, body: updateMembershipBody, response: { 200: teamMembership } },
    handler: (request) => run(request, (ctx) => changeTeamMember(ctx, { ...request.body, id: request.params.id })),
  });
  app.delete('/api/team-memberships/:id', {
    config: { access: networkPolicy.manageTeam },
    schema: { tags: teamTags, summary: 'Fehlerhaft erfasste Teammitgliedschaft löschen', params: uuidParam, response: noContent },
    handler: async (request, reply) => {
      await run(request, (ctx) => removeTeamMember(ctx, request.params));
      return reply.code(204).send(null);
    },
  });

  // ---- contracts and positions ----
  const contractTags = ['Verträge und Stellen'];
  app.get('/api/social-spaces/:spaceId/contracts', {
    config: { access: networkPolicy.readContracts },
    schema: {
      tags: contractTags,
      summary: 'Verträge und Stellen eines Sozialraums',
      params: spaceParam,
      response: { 200: z.object({ contracts: z.array(contract), positions: z.array(position) }) },
    },
    handler: (request) => run(request, (ctx) => listContracts(ctx, request.params)),
  });
  app.post('/api/contracts', {
    config: { access: networkPolicy.manageContracts },
    schema: { tags: contractTags, summary: 'Vertrag anlegen (Überschneidungen nach Organisationsmodell geprüft)', body: createContractBody, response: { 201: contract } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => addContract(ctx, request.body))),
  });
  app.delete('/api/contracts/:id', {
    config: { access: networkPolicy.manageContracts },
    schema: { tags: contractTags, summary: 'Vertrag löschen', params: uuidParam, response: noContent },
    handler: async (request, reply) => {
      await run(request, (ctx) => removeContract(ctx, request.params));
      return reply.code(204).send(null);
    },
  });
  app.post('/api/positions', {
    config: { access: networkPolicy.manageContracts },
    schema: { tags: contractTags, summary: 'Geförderte Stelle anlegen', body: createPositionBody, response: { 201: position } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => addPosition(ctx, request.body))),
  });
  app.delete('/api/positions/:id', {
    config: { access: networkPolicy.manageContracts },
    schema: { tags: contractTags, summary: 'Stelle löschen', params: uuidParam, response: noContent },
    handler: async (request, reply) => {
      await run(request, (ctx) => removePosition(ctx, request.params));
      return reply.code(204).send(null);
    },
  });

  // ---- network model ----
  const modelTags = ['Organisationsmodell'];
  app.get('/api/network-model', {
    config: { access: networkPolicy.readNetworkModel },
    schema: {
      tags: modelTags,
      summary: 'Organisationsmodell mit Verlauf, und Mindeststellen',
      response: { 200: z.object({ periods: z.array(networkModelPeriod), current: z.enum(networkModels).nullable(), minimums: z.array(positionMinimum) }) },
    },
    handler: (request) => run(request, listNetworkModels),
  });
  app.post('/api/network-model', {
    config: { access: networkPolicy.manageNetworkModel },
    schema: { tags: modelTags, summary: 'Organisationsmodell ab einem Datum festlegen', body: createNetworkModelBody, response: { 201: networkModelPeriod } },
    handler: async (request, reply) => reply.code(201).send(await run(request, (ctx) => setNetworkModel(ctx, request.body))),
  });
  app.delete('/api/network-model/:id', {
    config: { access: networkPolicy.manageNetworkModel },
    schema: { tags: modelTags, summary: 'Falsch erfassten Eintrag des Organisationsmodells löschen', params: uuidParam, response: noContent },
    handler: async (request, reply) => {
      await run(request, (ctx) => removeNetworkModel(ctx, request.params));
      return reply.code(204).send(null);
    },
  });
  app.put('/api/network-model/minimums', {
    config: { access: networkPolicy.manageNetworkModel },
    schema: { tags: modelTags, summary: 'Mindeststellen je Sozialraum festlegen', body: setMinimumsBody, response: { 200: z.array(positionMinimum) } },
    handler: (request) => run(request, (ctx) => setPositionMinimums(ctx, request.body)),
  });
  app.get('/api/network-model/check', {
    config: { access: networkPolicy.readNetworkModel },
    schema: { tags: modelTags, summary: 'Was das geltende Modell verlangt und was fehlt', querystring: onDateQuery, response: { 200: networkCheck } },
    handler: (request) => run(request, (ctx) => checkNetwork(ctx, request.query)),
  });
  app.get('/api/social-spaces/figures', {
    config: { access: networkPolicy.readFigures },
    schema: { tags: ['Sozialräume'], summary: 'Kennzahlen je Sozialraum (ohne Personen)', querystring: onDateQuery, response: { 200: z.array(spaceFigures) } },
    handler: (request) => run(request, (ctx) => spaceFiguresOf(ctx, request.query)),
  });
}

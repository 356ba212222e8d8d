import type { FastifyRequest } from 'fastify';
import { contributionWeightsBody, manyShoulders, networkGraph, networkQuery, periodQuery } from '../../../common/api/network-analysis';
import type { Ctx } from '../../platform/context';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { readContributionWeights, updateContributionWeights } from './contribution-weights';
import { readManyShoulders } from './many-shoulders';
import { networkAnalysisPolicy } from './network-analysis.policy';
import { exportNetworkCsv, exportNetworkGraphml } from './network-export';
import { readNetwork } from './network-graph';

const fileName = (query: { from: string; to: string }, extension: string) => `netzwerk-${query.from}-${query.to}.${extension}`;

export function networkAnalysisRoutes(app: App, { database }: ModuleDeps): void {
  const run = <T>(request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>) => inTransaction(database, request, useCase);
  const tags = ['Netzwerkarbeit'];

  app.get('/api/network-analysis/many-shoulders', {
    config: { access: networkAnalysisPolicy.readManyShoulders },
    schema: {
      tags,
      summary: 'Wer die Netzwerkarbeit eines Sozialraums trägt: je Person (nur für das Team des Sozialraums und die Leitung), je Organisationsart, Anteil der aktivsten Person und Gini-Koeffizient',
      querystring: periodQuery,
      response: { 200: manyShoulders },
    },
    handler: (request) => run(request, (ctx) => readManyShoulders(ctx, request.query)),
  });
  app.get('/api/network-analysis/weights', {
    config: { access: networkAnalysisPolicy.readWeights },
    schema: { tags, summary: 'Gewichte der Beiträge zur Netzwerkarbeit (Treffen organisiert, Projekt getragen, Tagesordnungspunkt, Bedarf)', response: { 200: contributionWeightsBody } },
    handler: (request) => run(request, (ctx) => readContributionWeights(ctx)),
  });
  app.put('/api/network-analysis/weights', {
    config: { access: networkAnalysisPolicy.updateWeights },
    schema: { tags, summary: 'Gewichte der Beiträge ändern', body: contributionWeightsBody, response: { 200: contributionWeightsBody } },
    handler: (request) => run(request, (ctx) => updateContributionWeights(ctx, request.body)),
  });
  app.get('/api/network-analysis/network', {
    config: { access: networkAnalysisPolicy.readNetwork },
    schema: {
      tags,
      summary: 'Netzwerk der Organisationen: Verbindungen aus gemeinsamen Treffen, Projekten, Verträgen und Vermittlungen, mit Dichte, Grad, isolierten Organisationen und fehlenden Organisationsarten',
      querystring: networkQuery,
      response: { 200: networkGraph },
    },
    handler: (request) => run(request, (ctx) => readNetwork(ctx, request.query)),
  });
  app.get('/api/network-analysis/network.graphml', {
    config: { access: networkAnalysisPolicy.exportNetwork },
    schema: { tags, summary: 'Das Netzwerk als GraphML (für Gephi, yEd, Cytoscape)', querystring: networkQuery, produces: ['application/graphml+xml'] },
    handler: async (request, reply) => {
      const xml = await run(request, (ctx) => exportNetworkGraphml(ctx, request.query));
      return reply
        .header('content-type', 'application/graphml+xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(request.query, 'graphml')}"`)
        .header('cache-control', 'no-store')
        .send(xml);
    },
  });
  app.get('/api/network-analysis/network.csv', {
    config: { access: networkAnalysisPolicy.exportNetwork },
    schema: { tags, summary: 'Die Verbindungen des Netzwerks als CSV für Excel (Semikolon, UTF-8 mit BOM)', querystring: networkQuery, produces: ['text/csv'] },
    handler: async (request, reply) => {
      const csv = await run(request, (ctx) => exportNetworkCsv(ctx, request.query));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(request.query, 'csv')}"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  });
}

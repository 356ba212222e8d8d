import { z } from 'zod';
import { officeSettings, publicOffice, updateOfficeBody } from '../../../common/api/offices';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { listOffices, readOfficeSettings, updateOfficeSettings } from './offices';
import { officesPolicy } from './offices.policy';

const tags = ['Jugendamt'];

export function officesRoutes(app: App, { database }: ModuleDeps): void {
  app.get('/api/offices', {
    config: { access: officesPolicy.listOffices },
    schema: { tags, summary: 'Jugendämter dieser Installation (öffentlich)', response: { 200: z.array(publicOffice) } },
    handler: (request) => inTransaction(database, request, listOffices),
  });
  app.get('/api/office', {
    config: { access: officesPolicy.readSettings },
    schema: { tags, summary: 'Einstellungen des eigenen Jugendamts', response: { 200: officeSettings } },
    handler: (request) => inTransaction(database, request, readOfficeSettings),
  });
  app.patch('/api/office', {
    config: { access: officesPolicy.updateSettings },
    schema: { tags, summary: 'Name und Region des Jugendamts ändern', body: updateOfficeBody, response: { 200: officeSettings } },
    handler: (request) => inTransaction(database, request, (ctx) => updateOfficeSettings(ctx, request.body)),
  });
}

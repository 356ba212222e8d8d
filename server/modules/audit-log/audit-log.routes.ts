import { auditPage, auditQuery } from '../../../common/api/audit';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { auditLogPolicy } from './audit-log.policy';
import { listAuditEntries } from './list-audit-entries';

// Read only, by design: no route changes or deletes an audit entry.
export function auditLogRoutes(app: App, { database }: ModuleDeps): void {
  app.get('/api/audit', {
    config: { access: auditLogPolicy.listEntries },
    schema: { tags: ['Protokoll'], summary: 'Änderungsprotokoll lesen und filtern', querystring: auditQuery, response: { 200: auditPage } },
    handler: (request) => inTransaction(database, request, (ctx) => listAuditEntries(ctx, request.query)),
  });
}

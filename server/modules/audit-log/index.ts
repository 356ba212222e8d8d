import type { AppModule } from '../../platform/module';
import { auditLogRoutes } from './audit-log.routes';

export const auditLogModule: AppModule = { name: 'audit-log', routes: auditLogRoutes };

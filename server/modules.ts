import { accountsModule } from './modules/accounts';
import { auditLogModule } from './modules/audit-log';
import { officesModule } from './modules/offices';
import { operationsModule } from './modules/operations';
import { socialSpacesModule } from './modules/social-spaces';
import type { AppModule } from './platform/module';

// Listed by hand, in order: routes are registered and demo data seeded in this order.
export const modules: AppModule[] = [accountsModule, officesModule, socialSpacesModule, auditLogModule, operationsModule];

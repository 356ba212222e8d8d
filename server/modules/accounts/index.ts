import type { AppModule } from '../../platform/module';
import { seedAccounts } from './accounts.demo';
import { accountsRoutes } from './accounts.routes';

export { DEMO_PASSWORD } from './accounts.demo';
export { createUser } from './create-user';
export { listUsers } from './list-users';

export const accountsModule: AppModule = { name: 'accounts', routes: accountsRoutes, seedDemo: seedAccounts };

import type { AppModule } from '../../platform/module';
import { operationsRoutes } from './operations.routes';

export const operationsModule: AppModule = { name: 'operations', routes: operationsRoutes };

import type { AppModule } from '../../platform/module';
import { servicesRoutes } from './services.routes';
import { ensureDefaultTaxonomy } from './topics';

export { reindexServices } from './reindex-services';
export { ensureDefaultTaxonomy } from './topics';

export const servicesModule: AppModule = {
  name: 'services',
  routes: servicesRoutes,
  setUpOffice: async (ctx) => {
    await ensureDefaultTaxonomy(ctx.tx, ctx.officeId);
  },
};

import type { AppModule } from '../../platform/module';
import { hsdsImportRoutes } from './hsds-import.routes';
import { hsdsRoutes } from './hsds.routes';
import { seedServices } from './services.demo';
import { servicesRoutes } from './services.routes';
import { spreadsheetRoutes } from './spreadsheet.routes';
import { ensureDefaultTaxonomy } from './topics';

export { createService, updateService } from './manage-services';
export { exportHsdsJson, exportHsdsTabular } from './hsds-files';
export { importHsds } from './hsds-import';
export { reindexServices } from './reindex-services';
export { servicesReport, type OfferCounts, type ServicesFigures } from './services.report';
export { offersInSpaces, offersMatchingText, serviceReferences, topicTerms, type OfferTraits, type ServiceReference, type TopicTerm } from './offer-matching';
export { defaultTopicIdByCode, ensureDefaultTaxonomy } from './topics';

export const servicesModule: AppModule = {
  name: 'services',
  routes: (app, deps) => {
    servicesRoutes(app, deps);
    hsdsRoutes(app, deps);
    spreadsheetRoutes(app, deps);
    hsdsImportRoutes(app, deps);
  },
  setUpOffice: async (ctx) => {
    await ensureDefaultTaxonomy(ctx.tx, ctx.officeId);
  },
  seedDemo: seedServices,
};

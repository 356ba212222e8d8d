import type { AppModule } from '../../platform/module';
import { seedOffice } from './offices.demo';
import { officesRoutes } from './offices.routes';

export { officeForReading, officeRegion } from './offices';
export { GERMANY_REGION } from './region';

export const officesModule: AppModule = { name: 'offices', routes: officesRoutes, seedDemo: seedOffice };

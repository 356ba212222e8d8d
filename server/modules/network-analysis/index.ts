import type { AppModule } from '../../platform/module';
import { networkAnalysisRoutes } from './network-analysis.routes';

export { networkAnalysisReport, type NetworkFigures, type SpaceShoulders } from './network-analysis.report';

export const networkAnalysisModule: AppModule = { name: 'network-analysis', routes: networkAnalysisRoutes };

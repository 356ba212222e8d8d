import type { AppModule } from '../../platform/module';
import { networkAnalysisRoutes } from './network-analysis.routes';

export const networkAnalysisModule: AppModule = { name: 'network-analysis', routes: networkAnalysisRoutes };

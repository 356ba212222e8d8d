import type { AppModule } from '../../platform/module';
import { annualReportRoutes } from './annual-report.routes';

export const annualReportModule: AppModule = { name: 'annual-report', routes: annualReportRoutes };

export { buildAnnualReport } from './build-report';
export { renderAnnualReport, reportFileBase, type ReportExportFormat } from './export-report';
export { reportDocument } from './report-document';
import type { AppModule } from '../../platform/module';
import { seedAnnualReport } from './annual-report.demo';
import { annualReportRoutes } from './annual-report.routes';

export const annualReportModule: AppModule = { name: 'annual-report', routes: annualReportRoutes, seedDemo: seedAnnualReport };

import type { AppModule } from '../../platform/module';
import { seedCaseConsultations } from './case-consultations.demo';
import { caseConsultationsRoutes } from './case-consultations.routes';

export { caseConsultationsReport, type ConsultationFigures } from './case-consultations.report';

export const caseConsultationsModule: AppModule = { name: 'case-consultations', routes: caseConsultationsRoutes, seedDemo: seedCaseConsultations };

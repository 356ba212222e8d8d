import type { AppModule } from '../../platform/module';
import { seedCaseConsultations } from './case-consultations.demo';
import { caseConsultationsRoutes } from './case-consultations.routes';

export const caseConsultationsModule: AppModule = { name: 'case-consultations', routes: caseConsultationsRoutes, seedDemo: seedCaseConsultations };

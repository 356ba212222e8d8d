import { accountsModule } from './modules/accounts';
import { annualReportModule } from './modules/annual-report';
import { auditLogModule } from './modules/audit-log';
import { budgetModule } from './modules/budget';
import { caseConsultationsModule } from './modules/case-consultations';
import { committeePapersModule } from './modules/committee-papers';
import { meetingsModule } from './modules/meetings';
import { networkAnalysisModule } from './modules/network-analysis';
import { needsModule } from './modules/needs';
import { officesModule } from './modules/offices';
import { operationsModule } from './modules/operations';
import { projectsModule } from './modules/projects';
import { servicesModule } from './modules/services';
import { socialSpacesModule } from './modules/social-spaces';
import type { AppModule } from './platform/module';

// Listed by hand, in order: routes are registered and demo data seeded in this order.
export const modules: AppModule[] = [accountsModule, officesModule, socialSpacesModule, servicesModule, needsModule, projectsModule, budgetModule, meetingsModule, caseConsultationsModule, networkAnalysisModule, annualReportModule, committeePapersModule, auditLogModule, operationsModule];

/** Runs every module's set-up for a new office, in module order, in the caller's transaction. */
export async function setUpOffice(ctx: Parameters<NonNullable<AppModule['setUpOffice']>>[0]): Promise<void> {
  for (const module of modules) if (module.setUpOffice) await module.setUpOffice(ctx);
}

import type { AppModule } from '../../platform/module';
import { seedNeeds } from './needs.demo';
import { needsRoutes } from './needs.routes';

export { demoNeedCandidates, linkDemoNeeds } from './needs-demo-links';
export { needsRecordedByUser, referralsInPeriod } from './needs.figures';
export { needsReport, type NeedsFigures } from './needs.report';
export { linkNeedsToProject, needCountsOfProjects, needsByIds, needsOfProject, projectIdsOfNeed, type ProjectNeedRow } from './project-links';

export const needsModule: AppModule = { name: 'needs', routes: needsRoutes, seedDemo: seedNeeds };

import type { AppModule } from '../../platform/module';
import { seedProjects } from './projects.demo';
import { projectsRoutes } from './projects.routes';

export { createProject } from './manage-projects';
export { projectsActiveInPeriod, type ProjectFigure } from './projects.figures';
export { projectRefs, type ProjectRow } from './projects.queries';
export { projectsReport, type ProjectCounts, type ProjectsFigures, type ProjectStory } from './projects.report';
export { sendFile } from './projects.routes';

export const projectsModule: AppModule = { name: 'projects', routes: projectsRoutes, seedDemo: seedProjects };

import type { AppModule } from '../../platform/module';
import { seedCommitteePapers } from './committee-papers.demo';
import { committeePapersRoutes } from './committee-papers.routes';
import { oparlRoutes } from './oparl.routes';
import { paperExportRoutes } from './paper-export.routes';

export { committeePapersPolicy } from './committee-papers.policy';
export {
  oparlPaper,
  oparlPaperForReport,
  oparlUrls,
  paperFileName,
  paperOfFile,
  type OparlFile,
  type OparlObject,
  type OparlPaper,
  type PaperFileKind,
} from './oparl';
export { paperForReport, readPaper } from './read-papers';

export const committeePapersModule: AppModule = {
  name: 'committee-papers',
  routes: (app, deps) => {
    committeePapersRoutes(app, deps);
    oparlRoutes(app, deps);
    paperExportRoutes(app, deps);
  },
  seedDemo: seedCommitteePapers,
};

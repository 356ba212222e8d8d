import type { AppModule } from '../../platform/module';
import { seedSocialSpaces } from './social-spaces.demo';
import { socialSpacesRoutes } from './social-spaces.routes';

export { buildSpaceIndex, containsPoint, type Boundary } from './geometry';
export { importSpaces } from './import-spaces';
export { createSpace } from './manage-spaces';
export { spacesOfOffice, type SpaceRow } from './social-spaces.queries';

export const socialSpacesModule: AppModule = { name: 'social-spaces', routes: socialSpacesRoutes, seedDemo: seedSocialSpaces };

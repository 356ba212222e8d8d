import type { AppModule } from '../../platform/module';
import { seedSocialSpaces } from './social-spaces.demo';
import { seedNetwork } from './network.demo';
import { networkRoutes } from './network.routes';
import { socialSpacesRoutes } from './social-spaces.routes';

export { buildSpaceIndex, containsPoint, type Boundary } from './geometry';
export { importSpaces } from './import-spaces';
export { createSpace } from './manage-spaces';
export { spacesOfOffice, type SpaceRow } from './social-spaces.queries';

export { activeOn, modelOn } from './network.rules';
export { contractsInPeriod, membershipsInPeriod, organizationsWithSpaces, type MembershipFigure } from './network.figures';
export { findOrganizations as organizationsOfOffice } from './network.queries';
export { findOrganization as findOrganizationRow, modelPeriods, membershipsOfOffice, membershipsOfSpace, organizationNames, spacesOfUser, teamOrganizationOf } from './network.queries';
export { derivedUuid, toHsdsOrganization } from './organization.hsds';
export { createOrganization } from './organizations';

export const socialSpacesModule: AppModule = {
  name: 'social-spaces',
  routes: (app, deps) => {
    socialSpacesRoutes(app, deps);
    networkRoutes(app, deps);
  },
  seedDemo: async (ctx) => {
    await seedSocialSpaces(ctx);
    await seedNetwork(ctx);
  },
};

import type { AccountRole } from '../../../common/roles';

// Kept beside the feature's paths: the router, the navigation and the pages take them from here.

/** Who reads committees, their meetings and the papers: committeePapersPolicy's readers. */
export const paperReaderRoles: readonly AccountRole[] = ['admin', 'head_of_department', 'team_member', 'committee'];

/** Who creates, changes, publishes and deletes them: committeePapersPolicy's managers. */
export const paperManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

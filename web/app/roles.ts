import type { AccountRole } from '../../common/roles';

/** Who manages social spaces: the same roles as the server's socialSpacesPolicy (create, update, delete, import). */
export const spaceManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

/** Who manages the network of actors (organisations, teams, contracts, positions): the server's networkPolicy managers. */
export const networkManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

/** Who edits offers (each within their own part, the server decides which): the server's servicesPolicy editors. */
export const serviceEditorRoles: readonly AccountRole[] = ['admin', 'head_of_department', 'team_member', 'provider_editor'];

/** Who edits every offer of the office and may delete offers. */
export const serviceManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

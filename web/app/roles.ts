import type { AccountRole } from '../../common/roles';

/** Who manages social spaces: the same roles as the server's socialSpacesPolicy (create, update, delete, import). */
export const spaceManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

/** Who manages the network of actors (organisations, teams, contracts, positions): the server's networkPolicy managers. */
export const networkManagerRoles: readonly AccountRole[] = ['admin', 'head_of_department'];

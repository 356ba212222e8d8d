import { allowPublic, allowRoles } from '../../platform/auth/policy';

// The public sees space names and boundaries; admins and heads of department manage spaces.
export const socialSpacesPolicy = {
  listSpaces: allowPublic('socialSpaces.listSpaces'),
  readSpace: allowPublic('socialSpaces.readSpace'),
  exportSpaces: allowPublic('socialSpaces.exportSpaces'),
  locatePoint: allowPublic('socialSpaces.locatePoint'),
  createSpace: allowRoles('socialSpaces.createSpace', ['admin', 'head_of_department']),
  updateSpace: allowRoles<{ officeId: string }>('socialSpaces.updateSpace', ['admin', 'head_of_department']),
  deleteSpace: allowRoles<{ officeId: string }>('socialSpaces.deleteSpace', ['admin', 'head_of_department']),
  importSpaces: allowRoles('socialSpaces.importSpaces', ['admin', 'head_of_department']),
} as const;

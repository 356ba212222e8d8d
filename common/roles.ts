// Account roles say what a user may do in the system (GLOSSARY: "Kontorolle").
// Team roles (what someone does in a social space) are a different list and live with the social spaces.
export const accountRoles = ['admin', 'head_of_department', 'team_member', 'provider_editor', 'committee'] as const;
export type AccountRole = (typeof accountRoles)[number];

export const accountRoleLabels: Record<AccountRole, string> = {
  admin: 'Administration',
  head_of_department: 'Fachbereichsleitung',
  team_member: 'Sozialraumteam',
  provider_editor: 'Träger-Redaktion',
  committee: 'Jugendhilfeausschuss',
};

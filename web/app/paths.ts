// Every address of the web app in one place; pages and links use these, never string literals.
export const paths = {
  start: '/',
  signIn: '/anmelden',
  myAccount: '/konto',
  socialSpaces: '/sozialraeume',
  socialSpace: (id: string) => `/sozialraeume/${encodeURIComponent(id)}`,
  manageSocialSpaces: '/admin/sozialraeume',
  organizations: '/organisationen',
  organization: (id: string) => `/organisationen/${encodeURIComponent(id)}`,
  newOrganization: '/admin/organisationen/neu',
  network: '/netzwerk',
  users: '/admin/konten',
  newUser: '/admin/konten/neu',
  user: (id: string) => `/admin/konten/${encodeURIComponent(id)}`,
  audit: '/admin/protokoll',
  auditOf: (entity: string, entityId: string) =>
    `/admin/protokoll?${new URLSearchParams({ entity, entityId }).toString()}`,
  apiDocs: '/api/docs',
  backup: '/api/admin/backup',
} as const;

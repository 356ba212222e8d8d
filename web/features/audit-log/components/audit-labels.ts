// German names for the entity and action codes the server writes. Modules add theirs here as they arrive;
// an unknown code is shown as it is.
export const entityLabels: Record<string, string> = {
  user: 'Konto',
  session: 'Sitzung',
  database: 'Datenbank',
  office: 'Jugendamt',
  social_space: 'Sozialraum',
  organization: 'Organisation',
  organization_type: 'Art der Organisation',
  team_membership: 'Teammitgliedschaft',
  contract: 'Vertrag',
  position: 'Stelle',
  network_model: 'Organisationsmodell',
  position_minimums: 'Mindeststellen',
};

export const actionLabels: Record<string, string> = {
  create: 'angelegt',
  update: 'geändert',
  delete: 'gelöscht',
  import: 'importiert',
  deactivate: 'deaktiviert',
  reactivate: 'reaktiviert',
  change_password: 'Passwort geändert',
  reset_password: 'Passwort neu erzeugt',
  login: 'angemeldet',
  logout: 'abgemeldet',
  lock: 'gesperrt',
  backup: 'Sicherung heruntergeladen',
};

export const entityLabel = (code: string): string => entityLabels[code] ?? code;
export const actionLabel = (code: string): string => actionLabels[code] ?? code;

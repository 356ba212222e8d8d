import { z } from 'zod';
import { isoDate } from './fields';
import { updateFields } from './common';
import { contractKinds, networkModels, positionKinds, teamRoles } from '../social-space-terms';

const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

// ---- organisations (HSDS "organization" plus our type, address, point, spaces, parent) ----

export const organization = z
  .object({
    id: z.uuid(),
    officeId: z.uuid(),
    name: z.string(),
    alternateName: z.string().nullable(),
    type: z.string(),
    typeLabel: z.string(),
    description: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    address: z.object({ street: z.string().nullable(), postalCode: z.string().nullable(), city: z.string().nullable() }),
    point: z.tuple([z.number(), z.number()]).nullable().describe('[Länge, Breite]'),
    parentId: z.uuid().nullable(),
    spaceIds: z.array(z.uuid()),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof organization>;

const organizationFields = {
  name: z.string().trim().min(1, { error: 'Bitte einen Namen angeben.' }).max(300),
  alternateName: optionalText(300),
  type: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, { error: 'Unbekannte Art der Organisation.' }),
  description: z.string().max(5000).default(''),
  email: z.email({ error: 'Bitte eine gültige (dienstliche) E-Mail-Adresse angeben.' }).max(200).nullable().default(null),
  phone: z.string().trim().regex(/^[+0-9 ()/-]{3,40}$/, { error: 'Telefonnummer: nur Ziffern, Leerzeichen und + ( ) / -.' }).nullable().default(null),
  website: z.url({ protocol: /^https?$/, error: 'Bitte eine Webadresse mit http:// oder https:// angeben.' }).max(500).nullable().default(null),
  street: optionalText(200),
  postalCode: z.string().trim().regex(/^[0-9]{5}$/, { error: 'Postleitzahl: fünf Ziffern.' }).nullable().default(null),
  city: optionalText(120),
  point: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).nullable().default(null),
  parentId: z.uuid().nullable().default(null),
  spaceIds: z.array(z.uuid()).max(200).default([]),
};
export const createOrganizationBody = z.strictObject(organizationFields);
export type CreateOrganizationBody = z.infer<typeof createOrganizationBody>;
export const updateOrganizationBody = z.strictObject(updateFields(organizationFields));
export type UpdateOrganizationBody = z.infer<typeof updateOrganizationBody>;

export const organizationQuery = z.strictObject({
  office: z.string().max(60).optional(),
  type: z.string().max(60).optional(),
  spaceId: z.uuid().optional(),
  q: z.string().max(200).optional(),
});

export const organizationTypeEntry = z.object({ code: z.string(), label: z.string(), builtIn: z.boolean() }).meta({ id: 'OrganizationType' });
export const createOrganizationTypeBody = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, { error: 'Kürzel: Kleinbuchstaben, Ziffern und _, z. B. music_school.' }),
  label: z.string().trim().min(1).max(120),
});

// ---- team ----

const period = {
  validFrom: isoDate,
  validTo: isoDate.nullable().default(null),
};
const fte = z.number().gt(0, { error: 'Stellenanteil größer als 0.' }).max(1, { error: 'Stellenanteil höchstens 1 (volle Stelle).' });

export const teamMembership = z
  .object({
    id: z.uuid(),
    spaceId: z.uuid(),
    organizationId: z.uuid().nullable(),
    organizationName: z.string().nullable(),
    userId: z.uuid().nullable(),
    personName: z.string(),
    teamRole: z.enum(teamRoles),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    fte: z.number().nullable(),
  })
  .meta({ id: 'TeamMembership' });
export type TeamMembership = z.infer<typeof teamMembership>;

export const createMembershipBody = z.strictObject({
  spaceId: z.uuid(),
  organizationId: z.uuid().nullable().default(null),
  userId: z.uuid().nullable().default(null),
  personName: z.string().trim().min(1, { error: 'Bitte den Namen der Fachkraft angeben.' }).max(200),
  teamRole: z.enum(teamRoles, { error: `Unbekannte Rolle im Team; erlaubt: ${teamRoles.join(', ')}.` }),
  ...period,
  fte: fte.nullable().default(null),
});
export type CreateMembershipBody = z.infer<typeof createMembershipBody>;
export const updateMembershipBody = z.strictObject({
  organizationId: z.uuid().nullable().optional(),
  userId: z.uuid().nullable().optional(),
  personName: z.string().trim().min(1).max(200).optional(),
  teamRole: z.enum(teamRoles).optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.nullable().optional(),
  fte: fte.nullable().optional(),
});
export type UpdateMembershipBody = z.infer<typeof updateMembershipBody>;

export const onDateQuery = z.strictObject({ date: isoDate.optional().describe('Stichtag; ohne Angabe heute') });

// ---- contracts and positions ----

export const contract = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    spaceId: z.uuid(),
    kind: z.enum(contractKinds),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    note: z.string(),
  })
  .meta({ id: 'Contract' });
export type Contract = z.infer<typeof contract>;
export const createContractBody = z.strictObject({
  organizationId: z.uuid(),
  spaceId: z.uuid(),
  kind: z.enum(contractKinds, { error: 'Art des Vertrags: outpatient (ambulant) oder residential (stationär).' }),
  ...period,
  note: z.string().max(2000).default(''),
});
export type CreateContractBody = z.infer<typeof createContractBody>;

export const position = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    spaceId: z.uuid(),
    kind: z.enum(positionKinds),
    fte: z.number(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
  })
  .meta({ id: 'Position' });
export type Position = z.infer<typeof position>;
export const createPositionBody = z.strictObject({
  organizationId: z.uuid(),
  spaceId: z.uuid(),
  kind: z.enum(positionKinds),
  fte: z.number().gt(0).max(10),
  ...period,
});
export type CreatePositionBody = z.infer<typeof createPositionBody>;

// ---- network model ----

export const networkModelPeriod = z
  .object({ id: z.uuid(), model: z.enum(networkModels), validFrom: z.string(), note: z.string() })
  .meta({ id: 'NetworkModelPeriod' });
export const createNetworkModelBody = z.strictObject({
  model: z.enum(networkModels, { error: 'Organisationsmodell: networker, team oder single_provider.' }),
  validFrom: isoDate,
  note: z.string().max(2000).default(''),
});
export const positionMinimum = z.object({ kind: z.enum(positionKinds), minimumFte: z.number() }).meta({ id: 'PositionMinimum' });
export const setMinimumsBody = z.strictObject({ minimums: z.array(z.strictObject({ kind: z.enum(positionKinds), minimumFte: z.number().min(0).max(10) })).max(20) });

export const finding = z.object({ level: z.enum(['ok', 'warning', 'missing']), code: z.string(), message: z.string() });
export const networkCheck = z
  .object({
    date: z.string(),
    model: z.enum(networkModels).nullable(),
    modelFindings: z.array(finding),
    spaces: z.array(z.object({ spaceId: z.uuid(), spaceName: z.string(), findings: z.array(finding) })),
  })
  .meta({ id: 'NetworkCheck' });
export type NetworkCheck = z.infer<typeof networkCheck>;

/** What committee members and everyone signed in may read: counts, no people. */
export const spaceFigures = z
  .object({
    spaceId: z.uuid(),
    teamMembers: z.number().int(),
    teamFte: z.number(),
    organizations: z.number().int(),
    contracts: z.number().int(),
    positionsFte: z.number(),
  })
  .meta({ id: 'SpaceFigures' });

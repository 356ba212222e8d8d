import { z } from 'zod';
import { updateFields } from './common';
import { lowThresholdTraits, serviceSorts, serviceStatuses, targetGroups, weekdays } from '../service-terms';

const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT angeben.' });
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
const clock = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'Uhrzeit im Format HH:MM angeben.' });
const point = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).describe('[Länge, Breite]');

/** A query parameter that may be repeated or comma-separated: `?traits=a&traits=b` or `?traits=a,b`. */
const listParam = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(50))
    .optional();

// ---- topics (taxonomy terms of the office's own taxonomy) ----

export const topic = z
  .object({
    id: z.uuid(),
    taxonomyId: z.uuid().nullable(),
    parentId: z.uuid().nullable(),
    code: z.string().nullable(),
    name: z.string(),
    description: z.string(),
    sortOrder: z.number().int(),
    serviceCount: z.number().int(),
  })
  .meta({ id: 'Topic' });
export type Topic = z.infer<typeof topic>;

const topicFields = {
  name: z.string().trim().min(1, { error: 'Bitte einen Namen angeben.' }).max(120),
  code: z.string().trim().regex(/^[a-z0-9_-]{2,60}$/, { error: 'Kürzel: 2–60 Kleinbuchstaben, Ziffern, _ oder -.' }).nullable().default(null),
  description: z.string().max(1000).default(''),
  parentId: z.uuid().nullable().default(null),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
};
export const createTopicBody = z.strictObject(topicFields);
export type CreateTopicBody = z.infer<typeof createTopicBody>;
export const updateTopicBody = z.strictObject(updateFields(topicFields));
export type UpdateTopicBody = z.infer<typeof updateTopicBody>;

// ---- offers ----

export const serviceSchedule = z.object({
  id: z.uuid(),
  days: z.array(z.enum(weekdays)),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  description: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});

export const serviceLocation = z.object({
  id: z.uuid(),
  serviceAtLocationId: z.uuid(),
  name: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  point: point.nullable(),
  spaceId: z.uuid().nullable(),
  spaceSetByHand: z.boolean(),
  /** Opening times of the offer at this place (HSDS service_at_location schedules, e.g. from an import); read-only here. */
  schedules: z.array(serviceSchedule),
});



export const servicePhone = z.object({ id: z.uuid(), number: z.string(), description: z.string().nullable() });

export const serviceDetail = z
  .object({
    id: z.uuid(),
    officeId: z.uuid(),
    organization: z.object({ id: z.uuid(), name: z.string(), website: z.string().nullable() }),
    name: z.string(),
    alternateName: z.string().nullable(),
    description: z.string(),
    url: z.string().nullable(),
    email: z.string().nullable(),
    status: z.enum(serviceStatuses),
    minimumAge: z.number().int().nullable(),
    maximumAge: z.number().int().nullable(),
    targetGroups: z.array(z.string()),
    traits: z.array(z.string()),
    languages: z.array(z.string()),
    keywords: z.array(z.string()),
    topics: z.array(z.object({ id: z.uuid(), name: z.string() })),
    spaceIds: z.array(z.uuid()),
    spacesSetByHand: z.boolean(),
    locations: z.array(serviceLocation),
    schedules: z.array(serviceSchedule),
    phones: z.array(servicePhone),
    feesDescription: z.string().nullable(),
    applicationProcess: z.string().nullable(),
    eligibilityDescription: z.string().nullable(),
    alert: z.string().nullable(),
    assuredDate: z.string().nullable(),
    assurerEmail: z.string().nullable(),
    stale: z.boolean(),
    canEdit: z.boolean(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Service' });
export type ServiceDetail = z.infer<typeof serviceDetail>;

export const serviceSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    description: z.string(),
    status: z.enum(serviceStatuses),
    topics: z.array(z.object({ id: z.uuid(), name: z.string() })),
    spaceIds: z.array(z.uuid()),
    traits: z.array(z.string()),
    languages: z.array(z.string()),
    minimumAge: z.number().int().nullable(),
    maximumAge: z.number().int().nullable(),
    point: point.nullable(),
    address: z.string().nullable(),
    assuredDate: z.string().nullable(),
    stale: z.boolean(),
    distanceMeters: z.number().int().nullable(),
    rank: z.number().nullable(),
  })
  .meta({ id: 'ServiceSummary' });
export type ServiceSummary = z.infer<typeof serviceSummary>;

const locationInput = z.strictObject({
  id: z.uuid().optional(),
  name: optionalText(200),
  street: optionalText(200),
  postalCode: z.string().trim().regex(/^[0-9]{5}$/, { error: 'Postleitzahl: fünf Ziffern.' }).nullable().default(null),
  city: optionalText(120),
  point: point.nullable().default(null),
  /** Set the social space by hand; null = from the point. */
  spaceId: z.uuid().nullable().default(null),
});

const scheduleInput = z
  .strictObject({
    days: z.array(z.enum(weekdays, { error: 'Wochentag: MO, TU, WE, TH, FR, SA oder SU.' })).min(1, { error: 'Mindestens einen Wochentag wählen.' }).max(7),
    opensAt: clock.nullable().default(null),
    closesAt: clock.nullable().default(null),
    description: optionalText(500),
    validFrom: isoDate.nullable().default(null),
    validTo: isoDate.nullable().default(null),
  })
  .refine((s) => s.opensAt === null || s.closesAt === null || s.opensAt < s.closesAt, { error: 'Die Endzeit muss nach der Anfangszeit liegen.', path: ['closesAt'] });

const serviceFields = {
  organizationId: z.uuid({ error: 'Bitte die Organisation wählen.' }),
  name: z.string().trim().min(1, { error: 'Bitte einen Namen angeben.' }).max(300),
  alternateName: optionalText(300),
  description: z.string().trim().max(10_000).default(''),
  url: z.url({ protocol: /^https?$/, error: 'Bitte eine Webadresse mit http:// oder https:// angeben.' }).max(500).nullable().default(null),
  email: z.email({ error: 'Bitte eine gültige (dienstliche) E-Mail-Adresse angeben.' }).max(200).nullable().default(null),
  status: z.enum(serviceStatuses, { error: 'Status: active, inactive, defunct oder temporarily closed.' }).default('active'),
  minimumAge: z.number().int().min(0, { error: 'Alter ab 0.' }).max(120).nullable().default(null),
  maximumAge: z.number().int().min(0).max(120, { error: 'Alter bis höchstens 120.' }).nullable().default(null),
  targetGroups: z.array(z.enum(targetGroups)).max(20).default([]),
  traits: z.array(z.enum(lowThresholdTraits)).max(20).default([]),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, { error: 'Sprache als ISO-Kürzel, z. B. de, tr, ar.' })).max(40).default([]),
  keywords: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  topicIds: z.array(z.uuid()).max(30).default([]),
  /** Spaces set by hand; null = from the locations' points. */
  spaceIds: z.array(z.uuid()).max(50).nullable().default(null),
  locations: z.array(locationInput).max(20).default([]),
  schedules: z.array(scheduleInput).max(30).default([]),
  phones: z.array(z.strictObject({ number: z.string().trim().regex(/^[+0-9 ()/-]{3,40}$/, { error: 'Telefonnummer: nur Ziffern, Leerzeichen und + ( ) / -.' }), description: optionalText(200) })).max(10).default([]),
  feesDescription: optionalText(2000),
  applicationProcess: optionalText(2000),
  eligibilityDescription: optionalText(2000),
  alert: optionalText(1000),
};
const ageOrder = (s: { minimumAge?: number | null | undefined; maximumAge?: number | null | undefined }) =>
  s.minimumAge === null || s.minimumAge === undefined || s.maximumAge === null || s.maximumAge === undefined || s.minimumAge <= s.maximumAge;

export const createServiceBody = z.strictObject(serviceFields).refine(ageOrder, { error: 'Das Höchstalter liegt unter dem Mindestalter.', path: ['maximumAge'] });
export type CreateServiceBody = z.infer<typeof createServiceBody>;
export const updateServiceBody = z
  .strictObject(updateFields(serviceFields))
  .refine(ageOrder, { error: 'Das Höchstalter liegt unter dem Mindestalter.', path: ['maximumAge'] });
export type UpdateServiceBody = z.infer<typeof updateServiceBody>;

// ---- search: one query shape behind the public map, the staff lists and the API ----

export const serviceSearchQuery = z.strictObject({
  office: z.string().max(60).optional(),
  q: z.string().trim().max(200).optional(),
  spaceId: listParam(z.uuid({ error: 'Sozialraum: ungültige Kennung.' })),
  topic: listParam(z.uuid({ error: 'Thema: ungültige Kennung.' })),
  organizationId: z.uuid().optional(),
  age: z.coerce.number().int().min(0).max(120, { error: 'Alter: 0 bis 120.' }).optional(),
  traits: listParam(z.enum(lowThresholdTraits, { error: 'Unbekanntes Merkmal.' })),
  language: listParam(z.string().regex(/^[a-z]{2,3}$/, { error: 'Sprache als ISO-Kürzel, z. B. tr.' })),
  targetGroup: listParam(z.enum(targetGroups, { error: 'Unbekannte Zielgruppe.' })),
  openDay: z.enum(weekdays, { error: 'Wochentag: MO, TU, WE, TH, FR, SA oder SU.' }).optional(),
  openTime: clock.optional(),
  near: z
    .string()
    .regex(/^-?[0-9.]+,-?[0-9.]+$/, { error: 'Ort als „Länge,Breite“ angeben, z. B. 10.0,53.7.' })
    .transform((s) => s.split(',').map(Number) as [number, number])
    .pipe(point)
    .optional(),
  radius: z.coerce.number().int().min(50).max(100_000, { error: 'Umkreis: 50 m bis 100 km.' }).optional(),
  status: z.enum([...serviceStatuses, 'all'] as const, { error: 'Unbekannter Status.' }).optional(),
  stale: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(serviceSorts, { error: 'Sortierung: relevance, distance, name oder assured.' }).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(100, { error: 'Höchstens 100 je Seite.' }).default(20),
});
export type ServiceSearchQuery = z.infer<typeof serviceSearchQuery>;

export const serviceSearchResult = z
  .object({
    items: z.array(serviceSummary),
    /** Offers found; counted up to a cap (see totalCapped) so that broad words stay fast. */
    total: z.number().int(),
    /** True when more offers match than `total` says ("mehr als 500"). */
    totalCapped: z.boolean(),
    page: z.number().int(),
    perPage: z.number().int(),
    /** Words the search also looked for because the query's word was not found (typo tolerance). */
    corrections: z.array(z.object({ term: z.string(), alternatives: z.array(z.string()) })),
  })
  .meta({ id: 'ServiceSearchResult' });
export type ServiceSearchResult = z.infer<typeof serviceSearchResult>;

export const mapQuery = serviceSearchQuery.omit({ sort: true, page: true, perPage: true }).extend({
  bbox: z
    .string()
    .regex(/^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$/, { error: 'bbox als „minLon,minLat,maxLon,maxLat“ angeben.' })
    .transform((s) => s.split(',').map(Number) as [number, number, number, number])
    .refine(([a, b, c, d]) => a < c && b < d && a >= -180 && c <= 180 && b >= -90 && d <= 90, { error: 'bbox: ungültiger Ausschnitt.' }),
  zoom: z.coerce.number().int().min(0).max(22, { error: 'zoom: 0 bis 22.' }),
});
export type MapQuery = z.infer<typeof mapQuery>;

export const mapFeatureCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
        properties: z.union([
          z.object({ kind: z.literal('cluster'), count: z.number().int(), bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]) }),
          z.object({ kind: z.literal('point'), id: z.uuid(), name: z.string(), organizationName: z.string() }),
        ]),
      }),
    ),
    total: z.number().int(),
  })
  .meta({ id: 'ServiceMap' });
export type MapFeatureCollection = z.infer<typeof mapFeatureCollection>;

// ---- keeping offers current ----

export const staleOverview = z.object({
  staleAfterMonths: z.number().int(),
  organizations: z.array(
    z.object({
      organizationId: z.uuid(),
      organizationName: z.string(),
      total: z.number().int(),
      stale: z.array(z.object({ id: z.uuid(), name: z.string(), assuredDate: z.string().nullable() })),
    }),
  ),
});
export type StaleOverview = z.infer<typeof staleOverview>;

export const serviceSettingsBody = z.strictObject({ staleAfterMonths: z.number().int().min(1, { error: 'Mindestens 1 Monat.' }).max(60, { error: 'Höchstens 60 Monate.' }) });
export const serviceSettingsSchema = z.object({ staleAfterMonths: z.number().int() });

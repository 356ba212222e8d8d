import { z } from 'zod';

/**
 * The public Open Referral HSDS 3.0 API under /hsds: each operation takes exactly the query parameters that the
 * standard's openapi.json gives it, plus `office` (our one addition, see docs/decisions/0003-hsds-api.md): the office's
 * code, needed only where one installation serves several offices.
 */

/** A boolean in the query string ("true"/"false"), documented as boolean as the standard has it. */
const boolParam = (name: string) =>
  z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean({ error: `${name}: true oder false angeben.` })).optional();

const office = z.string().max(60).optional().describe('Kürzel des Jugendamts; nur nötig, wenn die Installation mehreren Jugendämtern dient (keine HSDS-Angabe).');
const search = z.string().trim().max(200).optional().describe('Volltextsuche');
const page = z.coerce.number({ error: 'page: eine ganze Zahl ab 1 angeben.' }).int().min(1, { error: 'page: ab 1.' }).max(100_000).default(1).describe('Seite, ab 1');
const perPage = z.coerce
  .number({ error: 'per_page: eine ganze Zahl angeben.' })
  .int()
  .min(1, { error: 'per_page: mindestens 1.' })
  .max(10_000, { error: 'per_page: höchstens 10.000.' })
  .default(20)
  .describe('Einträge je Seite (höchstens 100; mit minimal=true höchstens 10.000)');
const format = z.enum(['json'], { error: 'format: nur „json“ wird unterstützt.' }).optional().describe('Antwortformat; nur json');
// Ids from other HSDS publishers need not carry RFC 9562 version bits: any 8-4-4-4-12 hex id is accepted.
const uuidFilter = (name: string, what: string) => z.guid({ error: `${name}: ungültige Kennung.` }).optional().describe(what);
const modifiedAfter = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/, {
    error: 'modified_after: Datum (JJJJ-MM-TT, UTC) oder Zeitpunkt mit Zeitzone (z. B. 2025-01-31T12:00:00Z) angeben.',
  })
  .refine((v) => !Number.isNaN(Date.parse(v)), { error: 'modified_after: kein gültiges Datum.' })
  .optional()
  .describe('Nur Einträge, die zu diesem Zeitpunkt oder später geändert wurden');

/** per_page above 100 only for `minimal` lists (the standard: "aim to return all services within one call"). */
const pageLimit = (q: { per_page: number; minimal?: boolean | undefined }) => q.per_page <= 100 || q.minimal === true;
const pageLimitError = { error: 'per_page: höchstens 100 je Seite (mit minimal=true bis 10.000).', path: ['per_page'] };

export const hsdsServicesQuery = z
  .strictObject({
    office,
    search,
    page,
    per_page: perPage,
    format,
    taxonomy_term_id: uuidFilter('taxonomy_term_id', 'Nur Angebote mit diesem Begriff (auch über Unterthemen)'),
    taxonomy_id: uuidFilter('taxonomy_id', 'Nur Angebote mit einem Begriff dieser Taxonomie'),
    organization_id: uuidFilter('organization_id', 'Nur Angebote dieser Organisation'),
    modified_after: modifiedAfter,
    minimal: boolParam('minimal').describe('Nur id, name, status und last_modified'),
    full: boolParam('full').describe('Vollständig verschachtelte Angebote'),
  })
  .refine(pageLimit, pageLimitError);
export type HsdsServicesQuery = z.infer<typeof hsdsServicesQuery>;

export const hsdsOrganizationsQuery = z
  .strictObject({
    office,
    search,
    full_service: boolParam('full_service').describe('Verschachtelte Organisationen mit vollständigen Angeboten'),
    full: boolParam('full').describe('Verschachtelte Organisationen'),
    page,
    per_page: perPage,
    format,
  })
  .refine(pageLimit, pageLimitError);
export type HsdsOrganizationsQuery = z.infer<typeof hsdsOrganizationsQuery>;

export const hsdsOrganizationQuery = z.strictObject({ full_service: boolParam('full_service').describe('Angebote vollständig verschachtelt') });
export type HsdsOrganizationQuery = z.infer<typeof hsdsOrganizationQuery>;

export const hsdsServiceAtLocationsQuery = z
  .strictObject({
    office,
    search,
    taxonomy_term_id: uuidFilter('taxonomy_term_id', 'Nur Angebote mit diesem Begriff (auch über Unterthemen)'),
    taxonomy_id: uuidFilter('taxonomy_id', 'Nur Angebote mit einem Begriff dieser Taxonomie'),
    organization_id: uuidFilter('organization_id', 'Nur Angebote dieser Organisation'),
    modified_after: modifiedAfter,
    full: boolParam('full').describe('Vollständig verschachtelt'),
    page,
    per_page: perPage,
    format,
    postcode: z.string().trim().regex(/^[0-9A-Za-z -]{2,12}$/, { error: 'postcode: ungültige Postleitzahl.' }).optional().describe('Postleitzahl des Standorts'),
    proximity: z
      .string()
      .regex(/^[0-9]{1,6}$/, { error: 'proximity: Umkreis in Metern angeben (ganze Zahl).' })
      .transform(Number)
      .pipe(z.number().min(1, { error: 'proximity: mindestens 1 m.' }).max(100_000, { error: 'proximity: höchstens 100 km.' }))
      .optional()
      .describe('Umkreis in Metern um den Mittelpunkt der Postleitzahl (mit postcode)'),
  })
  .refine((q) => q.per_page <= 100, pageLimitError)
  .refine((q) => q.proximity === undefined || q.postcode !== undefined, { error: 'proximity: nur zusammen mit postcode.', path: ['proximity'] });
export type HsdsServiceAtLocationsQuery = z.infer<typeof hsdsServiceAtLocationsQuery>;

export const hsdsTaxonomiesQuery = z.strictObject({ office, search, page, per_page: perPage, format }).refine((q) => q.per_page <= 100, pageLimitError);
export type HsdsTaxonomiesQuery = z.infer<typeof hsdsTaxonomiesQuery>;

export const hsdsTaxonomyTermsQuery = z
  .strictObject({
    office,
    search,
    page,
    per_page: perPage,
    format,
    taxonomy_id: uuidFilter('taxonomy_id', 'Nur Begriffe dieser Taxonomie'),
    top_only: boolParam('top_only').describe('Nur Begriffe ohne Oberbegriff'),
    parent_id: uuidFilter('parent_id', 'Nur Unterbegriffe dieses Begriffs'),
  })
  .refine((q) => q.per_page <= 100, pageLimitError);
export type HsdsTaxonomyTermsQuery = z.infer<typeof hsdsTaxonomyTermsQuery>;

/** HSDS ids are strings; one that is no UUID cannot exist here and is answered with 404, not 400. */
export const hsdsIdParam = z.strictObject({ id: z.string().max(200) });

// ---- responses: documented loosely; the records follow the official JSON schemas, not ours ----

export const hsdsRecord = z
  .looseObject({ id: z.uuid() })
  .describe('Ein Datensatz nach Open Referral HSDS 3.0 (https://docs.openreferral.org/en/v3.0/), gültig gegen das offizielle Schema seiner Art')
  .meta({ id: 'HsdsRecord' });

export const hsdsPage = z
  .object({
    total_items: z.number().int(),
    total_pages: z.number().int(),
    page_number: z.number().int(),
    size: z.number().int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(hsdsRecord),
  })
  .describe('Eine Seite nach HSDS 3.0 („Page“)')
  .meta({ id: 'HsdsPage' });
export type HsdsPage = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: Record<string, unknown>[] };

export const hsdsRoot = z
  .object({ version: z.string(), profile: z.url().optional(), openapi_url: z.url() })
  .describe('Angaben zu dieser HSDS-Schnittstelle')
  .meta({ id: 'HsdsRoot' });
export type HsdsRoot = z.infer<typeof hsdsRoot>;

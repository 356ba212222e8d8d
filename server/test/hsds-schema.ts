import fs from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Validation against the official Open Referral HSDS 3.0 schemas in `test-data/hsds-3.0/schema/`, for tests only.
 *
 * The schema files declare no `$schema`; the OpenAPI document that ties them together declares
 * `jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema`, so they are read as draft 2020-12 (which also
 * keeps the `title`/`description` that sit beside a `$ref`). Every file is registered under the address the OpenAPI
 * document uses for it, so that its relative `$ref`s ("phone.json") and the document's own references resolve to the
 * local copies and nothing is fetched.
 */
export type HsdsItemKind = 'service' | 'organization' | 'service_at_location' | 'taxonomy' | 'taxonomy_term';
export type HsdsKind = HsdsItemKind | 'page';

const schemaDir = new URL('../../test-data/hsds-3.0/schema/', import.meta.url);
const officialBase = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
const openapiId = `${officialBase}openapi.json`;

/** A single record: the compiled (fully inlined) schema where upstream publishes one. */
const itemSchemaFile: Record<HsdsItemKind, string> = {
  service: 'compiled/service.json',
  organization: 'compiled/organization.json',
  service_at_location: 'compiled/service_at_location.json',
  taxonomy: 'taxonomy.json',
  taxonomy_term: 'taxonomy_term.json',
};

/** The list operation of each kind in the OpenAPI document; its 200 response is the paginated page. */
const listPath: Record<HsdsItemKind, string> = {
  service: '/services',
  organization: '/organizations',
  service_at_location: '/service_at_locations',
  taxonomy: '/taxonomies',
  taxonomy_term: '/taxonomy_terms',
};

/**
 * Keywords the schema files carry for Frictionless Data packages and the spec's own tooling. Declaring them keeps
 * Ajv's strict mode on, so anything else unknown (a typo in a schema) still fails instead of being ignored.
 */
const annotationKeywords = ['name', 'path', 'datapackage_metadata', 'datapackage_type', 'constraints', 'core', 'tabular_required', 'example'];

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

function readJson(relativePath: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(new URL(relativePath, schemaDir), 'utf8')) as Record<string, unknown>;
}

function schemaFiles(folder: '' | 'compiled/'): string[] {
  return fs
    .readdirSync(new URL(folder || '.', schemaDir))
    .filter((name) => name.endsWith('.json') && name !== 'openapi.json')
    .map((name) => `${folder}${name}`);
}

function instance(): Ajv2020 {
  if (ajv) return ajv;
  // Schemas are only added here; each is compiled on its first use (a compiled service schema takes about a second).
  // strictTypes is off because the OpenAPI list responses put `properties` beside an `allOf` that holds the
  // `type: object`; that is correct JSON Schema, only not what Ajv's strict mode wants to see.
  const created = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  // Full mode: "uri" must have a scheme, "date-time" a time zone (RFC 3339), "email" a dotted domain.
  addFormats(created, { mode: 'full' });
  for (const keyword of annotationKeywords) created.addKeyword(keyword);
  for (const file of [...schemaFiles(''), ...schemaFiles('compiled/')]) {
    // compiled/tabular.json still points at "funding.json" etc. beside itself, which upstream does not publish;
    // it is never compiled here, so the dangling references do no harm.
    created.addSchema({ ...readJson(file), $id: `${officialBase}${file}` });
  }
  // Ajv compiles a whole document before it resolves a pointer into it, and the OpenAPI document is no schema; so only
  // its component schemas are registered, as $defs under the document's address.
  created.addSchema({ $id: openapiId, $defs: openapiDocument().components.schemas });
  ajv = created;
  return created;
}

type OpenapiDocument = { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
let openapi: OpenapiDocument | undefined;

function openapiDocument(): OpenapiDocument {
  openapi ??= readJson('openapi.json') as OpenapiDocument;
  return openapi;
}

/** A schema from inside the OpenAPI document, its "#/components/schemas/X" pointed at the registered $defs. */
function fromOpenapi(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fromOpenapi);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')
        ? [key, `${openapiId}#/$defs/${value.slice('#/components/schemas/'.length)}`]
        : [key, fromOpenapi(value)],
    ),
  );
}

function validatorFor(key: string, schema: () => object | string): ValidateFunction {
  const cached = validators.get(key);
  if (cached) return cached;
  const source = schema();
  const validator = typeof source === 'string' ? instance().getSchema(source) : instance().compile(source);
  if (!validator) throw new Error(`HSDS schema ${String(source)} not found`);
  validators.set(key, validator);
  return validator;
}

function pathParts(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** ["contents", "0", "phones", "1"] → "contents[0].phones[1]". */
function readablePath(parts: string[]): string {
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

/** The offending value, looked up by path: Ajv keeps it only with `verbose`, which also copies schemas into every error. */
function valueAt(root: unknown, parts: string[]): unknown {
  return parts.reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), root);
}

function describeError(error: ErrorObject, root: unknown): string {
  const params = error.params as Record<string, unknown>;
  const parts = pathParts(error.instancePath);
  if (error.keyword === 'required') parts.push(String(params.missingProperty));
  let message = error.message ?? error.keyword;
  if (error.keyword === 'enum') message += ` (${(params.allowedValues as unknown[]).map(String).join(', ')})`;
  if (error.keyword === 'format' || error.keyword === 'type') message += `, got ${JSON.stringify(valueAt(root, parts))}`;
  return `${readablePath(parts) || '(root)'}: ${message}`;
}

function run(validator: ValidateFunction, value: unknown): string[] {
  if (validator(value)) return [];
  return [...new Set((validator.errors ?? []).map((error) => describeError(error, value)))];
}

/**
 * Errors of `value` against the official HSDS 3.0 schema of `kind`, one readable line each ("status: must be equal to
 * one of the allowed values (active, …)", "phones[0].number: must have required property 'number'"); [] when valid.
 * 'page' is the paginated list envelope (`components.schemas.Page` of the OpenAPI document plus `contents` as an
 * array), without looking at the items; use `validateHsdsPage` for those.
 */
export function validateHsds(kind: HsdsKind, value: unknown): string[] {
  if (kind === 'page') {
    return run(
      validatorFor('page', () => ({ $ref: `${openapiId}#/$defs/Page`, properties: { contents: { type: 'array' } } })),
      value,
    );
  }
  return run(
    validatorFor(kind, () => `${officialBase}${itemSchemaFile[kind]}`),
    value,
  );
}

/**
 * Errors of a paginated list response of `kind`. First the 200 response schema of the list operation in the OpenAPI
 * document: the Page envelope, and every item of `contents` against the item schema named there, which for services,
 * organizations and service-at-locations is the flat `compiled/*_list.json`. Then every item once more against the
 * single-record schema of `validateHsds`, because the flat list schemas do not look into nested members (a list item
 * that carries `phones` must carry valid ones). Item errors start with "contents[i]".
 */
export function validateHsdsPage(kind: HsdsItemKind, value: unknown): string[] {
  const envelope = run(
    validatorFor(`page:${kind}`, () => {
      const operation = openapiDocument().paths[listPath[kind]]?.get as { responses: Record<string, { content: Record<string, { schema: object }> }> } | undefined;
      const response = operation?.responses['200']?.content['application/json']?.schema;
      if (!response) throw new Error(`no 200 response for GET ${listPath[kind]} in the HSDS OpenAPI document`);
      return fromOpenapi(response) as object;
    }),
    value,
  );
  const contents = value !== null && typeof value === 'object' ? (value as { contents?: unknown }).contents : undefined;
  const items = Array.isArray(contents)
    ? contents.flatMap((item: unknown, index) =>
        validateHsds(kind, item).map((line) => (line.startsWith('(root):') ? `contents[${index}]${line.slice('(root)'.length)}` : `contents[${index}].${line}`)),
      )
    : [];
  return [...new Set([...envelope, ...items])];
}

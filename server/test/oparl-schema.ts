import fs from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Validation against the official OParl 1.1 schemas in `test-data/oparl-1.1/schema/` (copied from the standard with its licence), for tests only.
 *
 * The schemas name nested objects with their own keyword `"schema": "File.json"` (FINDINGS.md), which no JSON-Schema
 * validator knows: left alone, an embedded File or Consultation would pass unchecked. Every such keyword is turned
 * into `$ref` to the local copy (registered under https://schema.oparl.org/1.1/<Name>.json, so nothing is fetched).
 * One `"schema": "Organization"` (Body.mainOrganization) sits on a URL string beside `references`: it only names the
 * referenced type, so it is dropped. The documentation keywords (`references`, `backreference`, `cardinality`) are
 * declared, which keeps Ajv's strict mode on for everything else. The format `url` is an absolute http(s) URL.
 */
export type OparlType = 'System' | 'Body' | 'Organization' | 'Meeting' | 'Paper' | 'File' | 'Consultation' | 'Location' | 'LegislativeTerm' | 'Person' | 'Membership' | 'AgendaItem';

const schemaDir = new URL('../../test-data/oparl-1.1/schema/', import.meta.url);
const base = 'https://schema.oparl.org/1.1/';

let ajv: Ajv2020 | undefined;
const validators = new Map<OparlType, ValidateFunction>();

/** The schema with every `"schema": "X.json"` as `$ref: "X.json"`. */
export function resolveSchemaKeyword(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(resolveSchemaKeyword);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'schema' && typeof value === 'string') {
      if (value.endsWith('.json')) out.$ref = value;
      continue;
    }
    out[key] = resolveSchemaKeyword(value);
  }
  return out;
}

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

function instance(): Ajv2020 {
  if (ajv) return ajv;
  // strictTypes off: the schemas put `items` beside `type: "string"` on external lists (a URL whose list holds objects).
  // unicodeRegExp off: the type patterns escape ":" ("^https\\:\\/\\/schema…"), which the `u` flag refuses.
  const created = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, unicodeRegExp: false });
  addFormats(created, { mode: 'full' });
  created.addFormat('url', { type: 'string', validate: isHttpUrl });
  for (const keyword of ['references', 'backreference', 'cardinality']) created.addKeyword(keyword);
  for (const file of fs.readdirSync(schemaDir).filter((name) => name.endsWith('.json'))) {
    const schema = JSON.parse(fs.readFileSync(new URL(file, schemaDir), 'utf8')) as Record<string, unknown>;
    created.addSchema({ ...(resolveSchemaKeyword(schema) as Record<string, unknown>), $id: `${base}${file}` });
  }
  ajv = created;
  return created;
}

export function oparlValidator(type: OparlType): ValidateFunction {
  const known = validators.get(type);
  if (known) return known;
  const validate = instance().getSchema(`${base}${type}.json`);
  if (!validate) throw new Error(`Kein OParl-Schema für ${type}`);
  validators.set(type, validate);
  return validate;
}

const describe = (errors: ErrorObject[] | null | undefined) => (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());

/** The validation errors of an object against the OParl schema of its type (empty when it is valid). */
export function oparlErrors(type: OparlType, value: unknown): string[] {
  const validate = oparlValidator(type);
  return validate(value) ? [] : describe(validate.errors);
}

/** A list page (data, pagination, links; OParl has no schema file for it) and each object in it. */
export function oparlListErrors(type: OparlType, value: unknown): string[] {
  const page = value as { data?: unknown; pagination?: unknown; links?: { next?: unknown } };
  const errors: string[] = [];
  if (!Array.isArray(page.data)) errors.push('/data fehlt oder ist keine Liste');
  if (typeof page.pagination !== 'object' || page.pagination === null) errors.push('/pagination fehlt');
  if (typeof page.links !== 'object' || page.links === null) errors.push('/links fehlt');
  if (Array.isArray(page.data)) page.data.forEach((item, i) => errors.push(...oparlErrors(type, item).map((e) => `/data/${i}${e}`)));
  return errors;
}

import type { z } from 'zod';
import { createServiceBody, updateServiceBody, type CreateServiceBody } from '../../../common/api/services';
import type { SheetImportError, SheetImportResult } from '../../../common/api/service-spreadsheet';
import { actorLabel } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { DomainError, invalidField } from '../../platform/http/errors';
import { createService, updateService } from './manage-services';
import { servicesPolicy } from './services.policy';
import { recordMetadata, type ServiceRow, updateServiceRow } from './services.queries';
import { todayInBerlin } from './services.rules';
import {
  type Cell,
  cellText,
  type Column,
  type ColumnKey,
  columns,
  fold,
  loadLookups,
  offerRow,
  readSheetFile,
  type SheetFormat,
  type SheetLookups,
  type SheetOffer,
  toSheetOffer,
} from './spreadsheet';
import { type SheetLocation, offersForSheet } from './spreadsheet.queries';

// Import of the office spreadsheet: a row with an ID changes that offer (only the cells that differ from what an
// export would show), a row without creates one. Writes go through createService/updateService, so every row is
// validated, checked against the policy and audited like a form. All or nothing by default; a dry run does the same
// work in a savepoint that is rolled back.

export type SheetImportInput = { format: SheetFormat; content: Buffer | string; dryRun: boolean; skipInvalid: boolean };

const MAX_ROWS = 10_000;
const byKey = new Map(columns.map((c) => [c.key, c]));
const headerOf = (key: ColumnKey) => byKey.get(key)?.header ?? key;

/** HSDS/API field names → the column that holds them, for messages of the schema and the use cases. */
const fieldColumns: Record<string, ColumnKey> = {
  name: 'name',
  organizationId: 'organization',
  description: 'description',
  topicIds: 'topics',
  minimumAge: 'minimumAge',
  maximumAge: 'maximumAge',
  targetGroups: 'targetGroups',
  traits: 'traits',
  languages: 'languages',
  keywords: 'keywords',
  schedules: 'schedules',
  phones: 'phones',
  email: 'email',
  url: 'url',
  status: 'status',
  feesDescription: 'fees',
  applicationProcess: 'application',
  locations: 'street',
  spaceIds: 'latitude',
};
const locationColumns: Record<string, ColumnKey> = { name: 'locationName', street: 'street', postalCode: 'postalCode', city: 'city' };

function columnOfPath(path: readonly PropertyKey[]): ColumnKey | null {
  const [field, , sub, index] = path;
  if (field === 'locations' && typeof sub === 'string') {
    if (sub === 'point') return index === 1 ? 'latitude' : 'longitude';
    return locationColumns[sub] ?? 'street';
  }
  return typeof field === 'string' ? (fieldColumns[field] ?? null) : null;
}

type RowError = { column: ColumnKey | null; message: string };
type Plan = { row: number; cells: Map<ColumnKey, Cell>; id: string | null };
type Current = { row: ServiceRow; locations: SheetLocation[] };
type Outcome = { action: 'create' | 'update' | 'unchanged' | 'invalid'; id: string | null; name: string; changes: ColumnKey[]; errors: RowError[] };

class DryRunRollback extends Error {}

const sortedArrayKeys = new Set<keyof SheetOffer>(['topicIds', 'targetGroups', 'traits', 'languages', 'keywords']);
function sameValue(a: Partial<SheetOffer>, b: Partial<SheetOffer>): boolean {
  const normal = (value: Partial<SheetOffer>) =>
    JSON.stringify(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) && sortedArrayKeys.has(k as keyof SheetOffer) ? [...(v as string[])].sort() : v]));
  return normal(a) === normal(b);
}

/** Reads the header row: which column of the file is which of ours. */
function mapHeader(header: Cell[]): { columnAt: (Column | null)[]; warnings: string[] } {
  const warnings: string[] = [];
  const seen = new Set<ColumnKey>();
  const columnAt = header.map((cell, index) => {
    const text = cellText(cell).replace(/\s*\*$/, '');
    if (text === '') return null;
    const key = fold(text);
    const column = columns.find((c) => fold(c.header) === key || c.aliases.includes(key));
    if (!column) {
      warnings.push(`Spalte „${text}“ ist unbekannt und wird nicht eingelesen.`);
      return null;
    }
    if (seen.has(column.key)) throw invalidField('content', `Die Spalte „${column.header}“ kommt zweimal vor (Spalte ${index + 1}).`);
    seen.add(column.key);
    return column;
  });
  if (!seen.has('name')) throw invalidField('content', 'Die Spalte „Name“ fehlt in der Kopfzeile; bitte die Vorlage verwenden.');
  return { columnAt, warnings };
}

function currentLocationsInput(locations: readonly SheetLocation[]): CreateServiceBody['locations'] {
  return locations.map((l) => ({
    id: l.id,
    name: l.name,
    street: l.street,
    postalCode: l.postalCode,
    city: l.city,
    point: l.longitude !== null && l.latitude !== null ? ([l.longitude, l.latitude] as [number, number]) : null,
    spaceId: l.spaceSetByHand ? l.spaceId : null,
  }));
}

const locationKeys: ColumnKey[] = ['locationName', 'street', 'postalCode', 'city', 'latitude', 'longitude'];

/** The first location as the merged sheet values give it; null when every address cell is empty. */
function firstLocation(values: Partial<SheetOffer>, base: SheetOffer | null, errors: RowError[]) {
  const get = <K extends keyof SheetOffer>(key: K): SheetOffer[K] | null => (key in values ? (values[key] as SheetOffer[K]) : (base?.[key] ?? null));
  const latitude = get('latitude');
  const longitude = get('longitude');
  if ((latitude === null) !== (longitude === null)) {
    errors.push({ column: latitude === null ? 'latitude' : 'longitude', message: 'Breitengrad und Längengrad gehören zusammen: beide angeben oder beide leer lassen.' });
  }
  const location = {
    name: get('locationName'),
    street: get('street'),
    postalCode: get('postalCode'),
    city: get('city'),
    point: latitude !== null && longitude !== null ? ([longitude, latitude] as [number, number]) : null,
  };
  return Object.values(location).every((v) => v === null) ? null : location;
}

const schedulesInput = (schedules: SheetOffer['schedules']) =>
  schedules.map((s) => ({ days: s.days, opensAt: s.opensAt, closesAt: s.closesAt, description: s.description, validFrom: s.validFrom, validTo: s.validTo }));

function zodErrors(error: z.ZodError): RowError[] {
  return error.issues.map((issue) => ({ column: columnOfPath(issue.path), message: issue.message }));
}

async function setAssuredDate(ctx: Ctx, officeId: string, id: string, date: string, before: string | null) {
  await updateServiceRow(ctx.tx, id, {
    assuredDate: date,
    assurerEmail: ctx.actor.kind === 'user' ? ctx.actor.email : null,
    assuredByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
  });
  await recordMetadata(ctx.tx, [
    {
      officeId,
      resourceId: id,
      resourceType: 'service',
      lastActionDate: todayInBerlin(),
      lastActionType: 'verify',
      fieldName: 'assured_date',
      previousValue: before ?? '',
      replacementValue: date,
      updatedBy: actorLabel(ctx.actor),
    },
  ]);
  await recordAudit(ctx, { officeId, action: 'verify', entity: 'service', entityId: id, before: { assuredDate: before }, after: { assuredDate: date, source: 'Tabellenimport' } });
}

/** One row: compare, validate, write through the use case. Runs in its own savepoint, so a failed row leaves no trace. */
async function importRow(ctx: Ctx, officeId: string, plan: Plan, lookups: SheetLookups, current: Current | undefined): Promise<Outcome> {
  const errors: RowError[] = [];
  const name = cellText(plan.cells.get('name') ?? null) || cellText(current ? current.row.name : null);
  const invalid = (): Outcome => ({ action: 'invalid', id: plan.id, name, changes: [], errors });
  if (plan.id && !current) {
    errors.push({ column: 'id', message: 'Ein Angebot mit dieser ID gibt es in diesem Jugendamt nicht; für ein neues Angebot die Spalte leer lassen.' });
    return invalid();
  }
  const base = current ? toSheetOffer(current.row, current.locations) : null;
  const baseCells = base ? offerRow(base, lookups) : null;
  const values: Partial<SheetOffer> = {};
  const changes: ColumnKey[] = [];
  for (const [key, cell] of plan.cells) {
    if (key === 'id') continue;
    const column = byKey.get(key);
    if (!column) continue;
    const before = baseCells ? (baseCells[columns.indexOf(column)] ?? null) : null;
    if (baseCells && cellText(cell) === cellText(before)) continue;
    // An empty "zuletzt geprüft" is no statement: a confirmation is not taken back by a blank cell.
    if (key === 'assuredDate' && cellText(cell) === '') continue;
    const parsed = column.parse(cell, lookups);
    if (!parsed.ok) {
      errors.push({ column: key, message: parsed.message });
      continue;
    }
    if (baseCells) {
      const was = column.parse(before, lookups);
      if (was.ok && sameValue(was.value, parsed.value)) continue;
    }
    Object.assign(values, parsed.value);
    changes.push(key);
  }

  if (!current) {
    if (!plan.cells.has('name') || !values.name) errors.push({ column: 'name', message: 'Bitte einen Namen angeben.' });
    if (!values.organizationId) errors.push({ column: 'organization', message: 'Bitte die Organisation angeben (Name oder ID).' });
    const location = firstLocation(values, null, errors);
    if (errors.length) return invalid();
    const parsed = createServiceBody.safeParse({
      organizationId: values.organizationId,
      name: values.name,
      description: values.description ?? '',
      url: values.url ?? null,
      email: values.email ?? null,
      status: values.status ?? 'active',
      minimumAge: values.minimumAge ?? null,
      maximumAge: values.maximumAge ?? null,
      targetGroups: values.targetGroups ?? [],
      traits: values.traits ?? [],
      languages: values.languages ?? [],
      keywords: values.keywords ?? [],
      topicIds: values.topicIds ?? [],
      locations: location ? [{ ...location, spaceId: null }] : [],
      schedules: schedulesInput(values.schedules ?? []),
      phones: (values.phones ?? []).map((number) => ({ number, description: null })),
      feesDescription: values.fees ?? null,
      applicationProcess: values.application ?? null,
    });
    if (!parsed.success) {
      errors.push(...zodErrors(parsed.error));
      return invalid();
    }
    const created = await createService(ctx, parsed.data);
    if (values.assuredDate) await setAssuredDate(ctx, officeId, created.id, values.assuredDate, null);
    return { action: 'create', id: created.id, name: created.name, changes, errors };
  }

  if (errors.length) return invalid();
  if (changes.length === 0) return { action: 'unchanged', id: current.row.id, name, changes, errors };
  // Checked by the API schema below, like a form's body.
  const patch: Record<string, unknown> = {};
  const has = (key: ColumnKey) => changes.includes(key);
  if (has('name')) patch.name = values.name;
  if (has('organization')) {
    if (!values.organizationId) errors.push({ column: 'organization', message: 'Die Organisation darf nicht leer sein.' });
    else patch.organizationId = values.organizationId;
  }
  if (has('description')) patch.description = values.description ?? '';
  if (has('topics')) patch.topicIds = values.topicIds ?? [];
  if (has('minimumAge')) patch.minimumAge = values.minimumAge ?? null;
  if (has('maximumAge')) patch.maximumAge = values.maximumAge ?? null;
  if (has('targetGroups')) patch.targetGroups = values.targetGroups ?? [];
  if (has('traits')) patch.traits = values.traits ?? [];
  if (has('languages')) patch.languages = values.languages ?? [];
  if (has('keywords')) patch.keywords = values.keywords ?? [];
  if (has('schedules')) patch.schedules = schedulesInput(values.schedules ?? []);
  if (has('phones')) {
    // Keep the notes of numbers that stay ("auch per Messenger").
    const notes = new Map((Array.isArray(current.row.hsds.phones) ? (current.row.hsds.phones as Record<string, unknown>[]) : []).map((p) => [p.number, p.description]));
    patch.phones = (values.phones ?? []).map((number) => {
      const note = notes.get(number);
      return { number, description: typeof note === 'string' ? note : null };
    });
  }
  if (has('email')) patch.email = values.email ?? null;
  if (has('url')) patch.url = values.url ?? null;
  if (has('fees')) patch.feesDescription = values.fees ?? null;
  if (has('application')) patch.applicationProcess = values.application ?? null;
  if (has('status')) patch.status = values.status ?? 'active';
  if (locationKeys.some(has)) {
    const [first, ...others] = currentLocationsInput(current.locations);
    const location = firstLocation(values, base, errors);
    patch.locations = location ? [{ ...(first ?? { spaceId: null }), ...location }, ...others] : others;
  }
  if (errors.length) return invalid();
  const onlyAssured = changes.every((c) => c === 'assuredDate');
  if (!onlyAssured) {
    const parsed = updateServiceBody.safeParse(patch);
    if (!parsed.success) {
      errors.push(...zodErrors(parsed.error));
      return invalid();
    }
    await updateService(ctx, { ...parsed.data, id: current.row.id });
  }
  if (has('assuredDate') && values.assuredDate) await setAssuredDate(ctx, officeId, current.row.id, values.assuredDate, current.row.assuredDate);
  return { action: 'update', id: current.row.id, name: values.name ?? name, changes, errors };
}

const errorPlace = (row: number | null, column: string | null) => `${row === null ? 'Datei' : `Zeile ${row}`}${column ? `, Spalte „${column}“` : ''}`;
const errorText = (row: number | null, column: string | null, message: string) => `${errorPlace(row, column)}: ${message}`;

export async function importServiceSheet(ctx: Ctx, input: SheetImportInput): Promise<SheetImportResult> {
  authorize(ctx.actor, servicesPolicy.importExport);
  const officeId = officeOf(ctx.actor);
  let table: Cell[][];
  try {
    table = readSheetFile(input.format, input.content);
  } catch (error) {
    throw invalidField('content', `Die Datei lässt sich nicht lesen: ${(error as Error).message}`);
  }
  const headerIndex = table.findIndex((row) => row.some((c) => cellText(c) !== ''));
  if (headerIndex < 0) throw invalidField('content', 'Die Datei enthält keine Zeilen.');
  const { columnAt, warnings } = mapHeader(table[headerIndex] ?? []);
  const lookups = await loadLookups(ctx.tx, officeId);

  const fileErrors: SheetImportError[] = [];
  const plans: Plan[] = [];
  const idColumn = byKey.get('id');
  const seenIds = new Map<string, number>();
  for (let index = headerIndex + 1; index < table.length; index++) {
    const cells = table[index] ?? [];
    const filled = cells.map((c, i) => [i, cellText(c)] as const).filter(([, text]) => text !== '');
    if (filled.length === 0) continue;
    // "# …" lines are notes (the CSV template has some).
    if (filled.length === 1 && filled[0]?.[1].startsWith('#')) continue;
    const row = index + 1;
    const map = new Map<ColumnKey, Cell>();
    columnAt.forEach((column, i) => {
      if (column) map.set(column.key, cells[i] ?? null);
    });
    let id: string | null = null;
    if (idColumn && map.has('id')) {
      const parsed = idColumn.parse(map.get('id') ?? null, lookups);
      if (!parsed.ok) fileErrors.push({ row, column: idColumn.header, message: parsed.message, text: errorText(row, idColumn.header, parsed.message) });
      else id = parsed.value.id ?? null;
    }
    if (id) {
      const first = seenIds.get(id);
      if (first !== undefined) {
        const message = `dieselbe ID wie Zeile ${first}; jedes Angebot nur einmal aufführen.`;
        fileErrors.push({ row, column: 'ID', message, text: errorText(row, 'ID', message) });
        continue;
      }
      seenIds.set(id, row);
    }
    plans.push({ row, cells: map, id });
  }
  if (plans.length > MAX_ROWS) throw invalidField('content', `Höchstens ${MAX_ROWS} Zeilen je Datei; bitte aufteilen.`);
  const badIdRows = new Set(fileErrors.map((e) => e.row));

  const existing = await offersForSheet(ctx.tx, officeId, [...seenIds.keys()]);
  const currentById = new Map<string, Current>(existing.rows.map((row) => [row.id, { row, locations: existing.locations.get(row.id) ?? [] }]));

  const run = async (runCtx: Ctx): Promise<Outcome[]> => {
    const outcomes: Outcome[] = [];
    for (const plan of plans) {
      if (badIdRows.has(plan.row)) {
        outcomes.push({ action: 'invalid', id: null, name: cellText(plan.cells.get('name') ?? null), changes: [], errors: [] });
        continue;
      }
      try {
        outcomes.push(
          // A savepoint per row: a use case that fails halfway (e.g. after its first statement) leaves nothing behind.
          await runCtx.tx.transaction((sp) => importRow({ ...runCtx, tx: sp }, officeId, plan, lookups, plan.id ? currentById.get(plan.id) : undefined)),
        );
      } catch (error) {
        if (error instanceof DomainError) {
          const fields = error.fieldErrors?.length ? error.fieldErrors : [{ field: '', message: error.detail ?? error.message }];
          outcomes.push({
            action: 'invalid',
            id: plan.id,
            name: cellText(plan.cells.get('name') ?? null),
            changes: [],
            errors: fields.map((f) => ({ column: fieldColumns[f.field] ?? null, message: f.message })),
          });
        } else throw error;
      }
    }
    return outcomes;
  };

  let outcomes: Outcome[] = [];
  if (input.dryRun) {
    try {
      await ctx.tx.transaction(async (sp) => {
        outcomes = await run({ ...ctx, tx: sp });
        throw new DryRunRollback();
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
    }
  } else outcomes = await run(ctx);

  const errors: SheetImportError[] = [...fileErrors];
  outcomes.forEach((outcome, i) => {
    const row = plans[i]?.row ?? null;
    for (const e of outcome.errors) {
      const column = e.column ? headerOf(e.column) : null;
      errors.push({ row, column, message: e.message, text: errorText(row, column, e.message) });
    }
  });
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const count = (action: Outcome['action']) => outcomes.filter((o) => o.action === action).length;
  const result: SheetImportResult = {
    format: input.format,
    dryRun: input.dryRun,
    stored: false,
    rows: plans.length,
    created: count('create'),
    changed: count('update'),
    unchanged: count('unchanged'),
    invalid: count('invalid'),
    errors,
    warnings,
    items: outcomes.map((o, i) => ({ row: plans[i]?.row ?? 0, action: o.action, id: o.id, name: o.name, changes: o.changes.map(headerOf) })),
  };
  if (input.dryRun) return result;
  if (errors.length > 0 && !input.skipInvalid) {
    const shown = errors.slice(0, 5).map((e) => e.text).join(' ');
    throw new DomainError(
      'INVALID_INPUT',
      `Import abgebrochen, nichts gespeichert: ${errors.length} Fehler. ${shown}${errors.length > 5 ? ' …' : ''}`,
      errors.map((e) => ({ field: errorPlace(e.row, e.column), message: e.message })),
    );
  }
  result.stored = result.created + result.changed > 0;
  await recordAudit(ctx, {
    officeId,
    action: 'import',
    entity: 'service_sheet',
    after: { format: input.format, rows: result.rows, created: result.created, changed: result.changed, unchanged: result.unchanged, invalid: result.invalid, skipInvalid: input.skipInvalid },
  });
  return result;
}

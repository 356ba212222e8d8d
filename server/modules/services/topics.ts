import { sql } from 'drizzle-orm';
import type { CreateTopicBody, Topic, UpdateTopicBody } from '../../../common/api/services';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { type Db, queryRows } from '../../platform/db/database';
import { DomainError, invalidField, notFound } from '../../platform/http/errors';
import { officeForReading } from '../offices';
import { reindexServices } from './reindex-services';
import { servicesPolicy } from './services.policy';
import { deleteTermRow, findTerm, insertTaxonomy, insertTerm, ownTaxonomy, servicesWithTopic, type TermRow, termsOfOffice, topicUsage, updateTermRow } from './services.queries';

/** The German default topics for families and youth; needs use the same taxonomy. Admins edit them. */
export const defaultTopics: { code: string; name: string; description: string; children?: { code: string; name: string }[] }[] = [
  { code: 'beratung', name: 'Beratung', description: 'Beratung für Kinder, Jugendliche, Eltern und Familien', children: [
    { code: 'erziehungsberatung', name: 'Erziehungsberatung' },
    { code: 'schuldnerberatung', name: 'Schulden und Geld' },
    { code: 'trennung', name: 'Trennung und Scheidung' },
  ] },
  { code: 'fruehe-hilfen', name: 'Frühe Hilfen', description: 'Rund um Schwangerschaft, Geburt und die ersten drei Lebensjahre' },
  { code: 'eltern-familie', name: 'Eltern und Familie', description: 'Familienbildung, Elterncafés, Treffpunkte für Familien', children: [
    { code: 'familienbildung', name: 'Familienbildung' },
    { code: 'alleinerziehende', name: 'Alleinerziehende' },
  ] },
  { code: 'bildung', name: 'Bildung und Lernen', description: 'Lernförderung, Hausaufgabenhilfe, Übergang Schule–Beruf', children: [
    { code: 'hausaufgaben', name: 'Hausaufgabenhilfe' },
    { code: 'beruf', name: 'Ausbildung und Beruf' },
  ] },
  { code: 'freizeit-sport', name: 'Freizeit und Sport', description: 'Sport, Spiel, Kultur, Ferienangebote', children: [
    { code: 'sport', name: 'Sport' },
    { code: 'kultur', name: 'Kultur, Musik und Kreatives' },
    { code: 'ferien', name: 'Ferienangebote' },
  ] },
  { code: 'gesundheit', name: 'Gesundheit', description: 'Gesundheit, Ernährung, Bewegung' },
  { code: 'psychische-gesundheit', name: 'Psychische Gesundheit', description: 'Seelische Gesundheit von Kindern, Jugendlichen und Eltern' },
  { code: 'trauer', name: 'Trauer und Verlust', description: 'Begleitung für Kinder und Familien in Trauer' },
  { code: 'inklusion', name: 'Inklusion und Behinderung', description: 'Angebote für Kinder und Jugendliche mit und ohne Behinderung' },
  { code: 'sprache-integration', name: 'Sprache und Integration', description: 'Sprachkurse, Begleitung für zugewanderte Familien' },
  { code: 'kinderbetreuung', name: 'Kinderbetreuung', description: 'Kita, Tagespflege, Betreuung am Nachmittag' },
  { code: 'jugendarbeit', name: 'Offene Kinder- und Jugendarbeit', description: 'Jugendtreffs, Streetwork, Schulsozialarbeit', children: [
    { code: 'jugendtreff', name: 'Jugendtreffs' },
    { code: 'streetwork', name: 'Straßensozialarbeit' },
    { code: 'schulsozialarbeit', name: 'Schulsozialarbeit' },
  ] },
  { code: 'sucht', name: 'Sucht', description: 'Suchtberatung und Prävention' },
  { code: 'gewaltschutz', name: 'Schutz vor Gewalt', description: 'Kinderschutz, Schutz vor häuslicher und sexualisierter Gewalt' },
  { code: 'finanzielle-hilfen', name: 'Finanzielle Hilfen', description: 'Bildung und Teilhabe, Unterhaltsvorschuss, Stiftungen' },
  { code: 'wohnen', name: 'Wohnen', description: 'Wohnungsnot, Wohnungssuche, Nachbarschaft' },
];

/** Creates the office's own topic taxonomy once (first start, demo, tests). Returns the taxonomy id. */
export async function ensureDefaultTaxonomy(tx: Db, officeId: string): Promise<string> {
  const existing = await ownTaxonomy(tx, officeId);
  if (existing) return existing.id;
  const taxonomy = await insertTaxonomy(tx, {
    officeId,
    name: 'Themen',
    description: 'Themen der Angebote und Bedarfe für Familien, Kinder und Jugendliche',
    version: '1',
    hsds: { sozialraum_default: 'true' },
  });
  let order = 0;
  for (const top of defaultTopics) {
    const parent = await insertTerm(tx, { officeId, taxonomyId: taxonomy.id, code: top.code, name: top.name, description: top.description, isTopic: true, sortOrder: (order += 10), language: 'de' });
    for (const child of top.children ?? []) {
      await insertTerm(tx, { officeId, taxonomyId: taxonomy.id, parentId: parent.id, code: child.code, name: child.name, isTopic: true, sortOrder: (order += 10), language: 'de' });
    }
  }
  return taxonomy.id;
}

/**
 * The office's default topics by their code (for the demo seeds, which name topics by code): a function from code to
 * id that throws for a code the taxonomy does not have.
 */
export async function defaultTopicIdByCode(tx: Db, officeId: string): Promise<(code: string) => string> {
  const rows = await queryRows<{ id: string; code: string }>(
    tx,
    sql`select t.id, t.code from taxonomy_terms t join taxonomies x on x.id = t.taxonomy_id
        where t.office_id = ${officeId} and t.is_topic and t.code is not null and x.hsds ->> 'sozialraum_default' = 'true'`,
  );
  const ids = new Map(rows.map((t) => [t.code, t.id]));
  return (code) => {
    const id = ids.get(code);
    if (!id) throw new Error(`demo topic "${code}" missing`);
    return id;
  };
}

const present = (row: TermRow, usage: Map<string, number>): Topic => ({
  id: row.id,
  taxonomyId: row.taxonomyId,
  parentId: row.parentId,
  code: row.code,
  name: row.name,
  description: row.description,
  sortOrder: row.sortOrder,
  serviceCount: usage.get(row.id) ?? 0,
});

export async function listTopics(ctx: Ctx, input: { office?: string | undefined }): Promise<Topic[]> {
  authorize(ctx.actor, servicesPolicy.listTopics);
  const office = await officeForReading(ctx.tx, ctx.actor, input.office);
  const usage = await topicUsage(ctx.tx, office.id);
  return (await termsOfOffice(ctx.tx, office.id)).filter((t) => t.isTopic).map((t) => present(t, usage));
}

async function checkParent(tx: Db, officeId: string, parentId: string | null | undefined, selfId?: string) {
  if (!parentId) return;
  if (parentId === selfId) throw invalidField('parentId', 'Ein Thema kann nicht sein eigenes Oberthema sein.');
  let cursor = await findTerm(tx, parentId);
  if (!cursor || cursor.officeId !== officeId || !cursor.isTopic) throw invalidField('parentId', 'Das Oberthema gibt es nicht.');
  for (let depth = 0; cursor?.parentId && depth < 20; depth++) {
    if (cursor.parentId === selfId) throw invalidField('parentId', 'Das ergäbe einen Kreis von Oberthemen.');
    cursor = await findTerm(tx, cursor.parentId);
  }
}

export async function createTopic(ctx: Ctx, input: CreateTopicBody): Promise<Topic> {
  authorize(ctx.actor, servicesPolicy.manageTopics);
  const officeId = officeOf(ctx.actor);
  await checkParent(ctx.tx, officeId, input.parentId);
  const taxonomyId = await ensureDefaultTaxonomy(ctx.tx, officeId);
  const row = await insertTerm(ctx.tx, { officeId, taxonomyId, ...input, isTopic: true, language: 'de' });
  await recordAudit(ctx, { officeId, action: 'create', entity: 'topic', entityId: row.id, after: input });
  return present(row, new Map());
}

export async function updateTopic(ctx: Ctx, input: UpdateTopicBody & { id: string }): Promise<Topic> {
  authorize(ctx.actor, servicesPolicy.manageTopics);
  const before = await findTerm(ctx.tx, input.id);
  if (!before || !before.isTopic) throw notFound('Das Thema');
  authorize(ctx.actor, servicesPolicy.manageTopics, before);
  await checkParent(ctx.tx, before.officeId, input.parentId, before.id);
  const { id, ...values } = input;
  const row = await updateTermRow(ctx.tx, id, values);
  // Names and the hierarchy feed the search index and the topic filter of every offer under this topic.
  if (input.name !== undefined || input.parentId !== undefined) await reindexServices(ctx.tx, row.officeId, await servicesWithTopic(ctx.tx, row.officeId, row.id));
  await recordAudit(ctx, { officeId: row.officeId, action: 'update', entity: 'topic', entityId: row.id, before: { name: before.name, parentId: before.parentId, code: before.code }, after: values });
  return present(row, await topicUsage(ctx.tx, row.officeId));
}

export async function deleteTopic(ctx: Ctx, input: { id: string }): Promise<void> {
  authorize(ctx.actor, servicesPolicy.manageTopics);
  const row = await findTerm(ctx.tx, input.id);
  if (!row || !row.isTopic) throw notFound('Das Thema');
  authorize(ctx.actor, servicesPolicy.manageTopics, row);
  const used = await servicesWithTopic(ctx.tx, row.officeId, row.id);
  if (used.length > 0) throw new DomainError('CONFLICT', `„${row.name}“ ist noch ${used.length} Angebot(en) zugeordnet (auch über Unterthemen) und kann nicht gelöscht werden.`);
  const children = (await termsOfOffice(ctx.tx, row.officeId)).filter((t) => t.parentId === row.id);
  if (children.length > 0) throw new DomainError('CONFLICT', `„${row.name}“ hat noch Unterthemen.`);
  await deleteTermRow(ctx.tx, row.id);
  await recordAudit(ctx, { officeId: row.officeId, action: 'delete', entity: 'topic', entityId: row.id, before: { name: row.name, code: row.code } });
}

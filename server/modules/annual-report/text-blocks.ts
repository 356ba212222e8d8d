import { reportTextKeyLabels, type ReportTextKey, type TextBlock } from '../../../common/api/annual-report';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import { todayInBerlin } from '../../platform/calendar';
import type { Ctx } from '../../platform/context';
import { DomainError, invalidField } from '../../platform/http/errors';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { spacesOfOffice, spacesOfUser } from '../social-spaces';
import { annualReportPolicy } from './annual-report.policy';
import { insertTextVersion, latestVersion, settingsOf, textVersions, upsertSettings } from './annual-report.queries';

type Scope = { year: number; spaceId?: string | undefined };

const present = (row: { key: string; version: number; text: string; writtenAt: Date; writtenByName: string | null }): TextBlock => ({
  key: row.key as ReportTextKey,
  title: reportTextKeyLabels[row.key as ReportTextKey],
  version: row.version,
  text: row.text,
  writtenByName: row.writtenByName,
  writtenAt: row.writtenAt.toISOString(),
});

async function checkSpace(ctx: Ctx, officeId: string, spaceId: string | undefined) {
  if (spaceId && !(await spacesOfOffice(ctx.tx, officeId)).some((s) => s.id === spaceId)) throw invalidField('spaceId', 'Diesen Sozialraum gibt es in diesem Jugendamt nicht.');
}

/** The newest version of each text block of a year (for one space, or the office-wide ones). */
export async function readTextBlocks(ctx: Ctx, input: Scope): Promise<TextBlock[]> {
  authorize(ctx.actor, annualReportPolicy.readReport);
  const officeId = officeOf(ctx.actor);
  await checkSpace(ctx, officeId, input.spaceId);
  const rows = await textVersions(ctx.tx, officeId, input.year, input.spaceId ?? null);
  const newest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!newest.has(row.key)) newest.set(row.key, row);
  return [...newest.values()].map(present);
}

/** Every version of one text block, newest first: nothing a writer saved is ever lost. */
export async function readTextVersions(ctx: Ctx, input: Scope & { key: ReportTextKey }): Promise<TextBlock[]> {
  authorize(ctx.actor, annualReportPolicy.readReport);
  const officeId = officeOf(ctx.actor);
  await checkSpace(ctx, officeId, input.spaceId);
  return (await textVersions(ctx.tx, officeId, input.year, input.spaceId ?? null, input.key)).map(present);
}

/**
 * Saves a text block as a new version. A writer who started from an older version than the newest gets 409 and
 * loses nothing (both texts stay: theirs in the browser, the other in the history).
 */
export async function writeTextBlock(ctx: Ctx, input: Scope & { key: ReportTextKey; text: string; baseVersion: number }): Promise<TextBlock> {
  const officeId = officeOf(ctx.actor);
  const spaceId = input.spaceId ?? null;
  const actorSpaceIds = ctx.actor.kind === 'user' ? await spacesOfUser(ctx.tx, ctx.actor.userId, todayInBerlin()) : [];
  authorize(ctx.actor, annualReportPolicy.writeText, { officeId, spaceId, actorSpaceIds });
  await checkSpace(ctx, officeId, input.spaceId);
  // Committee papers are public: the same guard as for needs keeps families out of the report's own words.
  assertNoPersonalData({ text: input.text });
  const latest = await latestVersion(ctx.tx, officeId, input.year, spaceId, input.key);
  if (input.baseVersion !== latest) {
    throw new DomainError('CONFLICT', `Inzwischen hat jemand anderes „${reportTextKeyLabels[input.key]}“ geändert (Version ${latest}). Bitte die neue Fassung ansehen und Ihre Änderung darauf aufbauen.`);
  }
  let row;
  try {
    row = await insertTextVersion(ctx.tx, { officeId, year: input.year, spaceId, key: input.key, version: latest + 1, text: input.text, writtenByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null });
  } catch (error) {
    const e = error as { code?: unknown; cause?: { code?: unknown } };
    if (String(e.cause?.code ?? e.code) === '23505') throw new DomainError('CONFLICT', 'Gleichzeitig hat jemand anderes diesen Text gespeichert. Bitte neu laden.');
    throw error;
  }
  await recordAudit(ctx, { officeId, action: 'write_text', entity: 'annual_report', entityId: `${input.year}/${spaceId ?? 'office'}/${input.key}`, after: { version: row.version, text: row.text } });
  const [view] = await textVersions(ctx.tx, officeId, input.year, spaceId, input.key);
  if (!view) throw new Error('text block missing after insert');
  return present(view);
}

export async function readReportSettings(ctx: Ctx): Promise<{ suppressionThreshold: number }> {
  authorize(ctx.actor, annualReportPolicy.readSettings);
  return { suppressionThreshold: (await settingsOf(ctx.tx, officeOf(ctx.actor)))?.suppressionThreshold ?? 5 };
}

export async function updateReportSettings(ctx: Ctx, input: { suppressionThreshold: number }): Promise<{ suppressionThreshold: number }> {
  authorize(ctx.actor, annualReportPolicy.manageSettings);
  const officeId = officeOf(ctx.actor);
  const before = await readReportSettings(ctx);
  await upsertSettings(ctx.tx, officeId, input.suppressionThreshold);
  await recordAudit(ctx, { officeId, action: 'update', entity: 'report_settings', entityId: officeId, before, after: input });
  return { suppressionThreshold: input.suppressionThreshold };
}

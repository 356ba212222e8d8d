import type { Actor } from '../../platform/auth/actor';
import { todayInBerlin } from '../../platform/calendar';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { invalidField, notFound } from '../../platform/http/errors';
import { needsByIds } from '../needs';
import { topicTerms } from '../services';
import { findOrganizationRow, membershipsOfOffice, spacesOfOffice, spacesOfUser } from '../social-spaces';
import { type ProjectTarget, seesAllSpaces } from './projects.policy';
import { findProjectForUpdate, type ProjectRow } from './projects.queries';

export const userIdOf = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** The spaces where a non-manager is on the team today (empty for managers and the public). */
export async function actorSpaces(tx: Db, actor: Actor): Promise<string[]> {
  if (actor.kind !== 'user' || seesAllSpaces(actor)) return [];
  return spacesOfUser(tx, actor.userId, todayInBerlin());
}

export async function projectTarget(tx: Db, actor: Actor, project: Pick<ProjectRow, 'officeId' | 'spaceIds'>): Promise<ProjectTarget> {
  return { officeId: project.officeId, spaceIds: project.spaceIds, actorSpaceIds: await actorSpaces(tx, actor) };
}

/** The project, locked for the write, or 404 (also for another office's project: its existence does not leak). */
export async function projectForUpdate(ctx: Ctx, id: string): Promise<ProjectRow> {
  const project = await findProjectForUpdate(ctx.tx, id);
  if (!project || (ctx.actor.kind !== 'system' && ctx.actor.kind !== 'public' && project.officeId !== ctx.actor.officeId)) throw notFound('Das Projekt');
  return project;
}

type References = {
  spaceIds?: readonly string[] | undefined;
  topicIds?: readonly string[] | undefined;
  partnerOrganizationIds?: readonly string[] | undefined;
  carrierMembershipIds?: readonly string[] | undefined;
  needIds?: readonly string[] | undefined;
  reach?: readonly { year: number; ageBand: string }[] | undefined;
};

/**
 * Everything a project names must belong to the office, and people and needs to the project's own spaces; the
 * first field that does not is named in the error.
 */
export async function checkProjectReferences(tx: Db, officeId: string, spaceIds: readonly string[], input: References): Promise<void> {
  if (input.spaceIds) {
    const known = new Set((await spacesOfOffice(tx, officeId)).map((s) => s.id));
    if (input.spaceIds.some((id) => !known.has(id))) throw invalidField('spaceIds', 'Mindestens einen der Sozialräume gibt es in diesem Jugendamt nicht.');
    if (new Set(input.spaceIds).size !== input.spaceIds.length) throw invalidField('spaceIds', 'Jeden Sozialraum bitte nur einmal wählen.');
  }
  if (input.topicIds?.length) {
    const topics = new Set((await topicTerms(tx, officeId)).map((t) => t.id));
    if (input.topicIds.some((id) => !topics.has(id))) throw invalidField('topicIds', 'Mindestens ein Thema gibt es nicht.');
  }
  for (const id of new Set(input.partnerOrganizationIds ?? [])) {
    const organization = await findOrganizationRow(tx, id);
    if (!organization || organization.officeId !== officeId) throw invalidField('partnerOrganizationIds', 'Mindestens eine Partnerorganisation gibt es nicht.');
  }
  if (input.carrierMembershipIds?.length) {
    const memberships = new Map((await membershipsOfOffice(tx, officeId)).map((m) => [m.id, m]));
    for (const id of input.carrierMembershipIds) {
      const membership = memberships.get(id);
      if (!membership) throw invalidField('carrierMembershipIds', 'Mindestens eine der Personen gibt es nicht.');
      if (!spaceIds.includes(membership.spaceId)) throw invalidField('carrierMembershipIds', `${membership.personName} ist in keinem Team der Sozialräume dieses Projekts.`);
    }
  }
  if (input.needIds?.length) {
    const found = await needsByIds(tx, input.needIds);
    for (const id of input.needIds) {
      const need = found.find((n) => n.id === id);
      if (!need || need.officeId !== officeId) throw invalidField('needIds', 'Mindestens einen der Bedarfe gibt es nicht.');
      if (need.reviewState !== 'accepted') throw invalidField('needIds', 'Einträge aus dem Online-Formular bitte zuerst prüfen und annehmen.');
      if (!spaceIds.includes(need.spaceId)) throw invalidField('needIds', 'Mindestens ein Bedarf liegt in keinem der Sozialräume dieses Projekts.');
    }
  }
  if (input.reach) {
    const keys = input.reach.map((r) => `${r.year}/${r.ageBand}`);
    if (new Set(keys).size !== keys.length) throw invalidField('reach', 'Jede Altersgruppe bitte nur einmal je Jahr angeben.');
  }
}

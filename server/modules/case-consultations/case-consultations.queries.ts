import { and, asc, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { type Db, firstRow, oneRow } from '../../platform/db/database';
import { caseConsultations, consultationCases, consultationSettings } from './case-consultations.tables';

export type ConsultationRow = typeof caseConsultations.$inferSelect;
export type ConsultationValues = typeof caseConsultations.$inferInsert;
export type ConsultationCaseRow = typeof consultationCases.$inferSelect;
export type CaseValues = { helpType: string; lowThresholdOfferFound: boolean; note: string };

export const findConsultation = async (tx: Db, id: string) => firstRow(await tx.select().from(caseConsultations).where(eq(caseConsultations.id, id)));
export const findConsultationForUpdate = async (tx: Db, id: string) =>
  firstRow(await tx.select().from(caseConsultations).where(eq(caseConsultations.id, id)).for('update'));
export const insertConsultation = async (tx: Db, values: ConsultationValues) => oneRow(await tx.insert(caseConsultations).values(values).returning());
export const updateConsultationRow = async (tx: Db, id: string, values: Partial<ConsultationValues>) =>
  oneRow(await tx.update(caseConsultations).set({ ...values, updatedAt: new Date() }).where(eq(caseConsultations.id, id)).returning());
export const deleteConsultationRow = (tx: Db, id: string) => tx.delete(caseConsultations).where(eq(caseConsultations.id, id));

export type ConsultationFilter = { spaceIds?: readonly string[] | undefined; from?: string | undefined; to?: string | undefined };

/** The office's consultations, newest first. */
export function listConsultationRows(tx: Db, officeId: string, f: ConsultationFilter) {
  const where: SQL[] = [eq(caseConsultations.officeId, officeId)];
  if (f.spaceIds) where.push(f.spaceIds.length ? inArray(caseConsultations.spaceId, [...f.spaceIds]) : eq(caseConsultations.id, '00000000-0000-0000-0000-000000000000'));
  if (f.from) where.push(gte(caseConsultations.heldOn, f.from));
  if (f.to) where.push(lte(caseConsultations.heldOn, f.to));
  return tx
    .select()
    .from(caseConsultations)
    .where(and(...where))
    .orderBy(desc(caseConsultations.heldOn), desc(caseConsultations.createdAt));
}

/** The cases of the given consultations, by consultation, in their order. */
export async function casesOf(tx: Db, consultationIds: readonly string[]): Promise<Map<string, ConsultationCaseRow[]>> {
  const byConsultation = new Map<string, ConsultationCaseRow[]>();
  if (!consultationIds.length) return byConsultation;
  const rows = await tx
    .select()
    .from(consultationCases)
    .where(inArray(consultationCases.consultationId, [...consultationIds]))
    .orderBy(asc(consultationCases.consultationId), asc(consultationCases.position));
  for (const row of rows) byConsultation.set(row.consultationId, [...(byConsultation.get(row.consultationId) ?? []), row]);
  return byConsultation;
}

export async function replaceCases(tx: Db, consultationId: string, cases: readonly CaseValues[]) {
  await tx.delete(consultationCases).where(eq(consultationCases.consultationId, consultationId));
  if (cases.length) await tx.insert(consultationCases).values(cases.map((c, i) => ({ ...c, consultationId, position: i + 1 })));
}

export const findSettings = async (tx: Db, officeId: string) => firstRow(await tx.select().from(consultationSettings).where(eq(consultationSettings.officeId, officeId)));
export async function upsertSettings(tx: Db, officeId: string, requiredRoles: string[]) {
  return oneRow(
    await tx
      .insert(consultationSettings)
      .values({ officeId, requiredRoles })
      .onConflictDoUpdate({ target: consultationSettings.officeId, set: { requiredRoles, updatedAt: new Date() } })
      .returning(),
  );
}

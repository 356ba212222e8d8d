import type { DemoContext } from '../../platform/module';
import { updateOfficeRow } from './offices.queries';

/** Norderstedt and its surroundings. */
export const DEMO_REGION: [number, number, number, number] = [9.85, 53.6, 10.15, 53.8];

export async function seedOffice(ctx: DemoContext): Promise<void> {
  await updateOfficeRow(ctx.tx, ctx.officeId, { region: DEMO_REGION });
}

import type { DemoContext } from '../../platform/module';

/** Demo consultations: monthly per space from the first demo year (written by the demo work of issue 7). */
export async function seedCaseConsultations(ctx: DemoContext): Promise<void> {
  void ctx;
}

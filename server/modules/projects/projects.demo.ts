import type { DemoContext } from '../../platform/module';

/** Demo projects: written by the demo helper (see budget.demo.ts for the money). */
export async function seedProjects(ctx: DemoContext): Promise<void> {
  void ctx;
}

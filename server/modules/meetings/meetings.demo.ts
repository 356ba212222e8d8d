import type { DemoContext } from '../../platform/module';

/** Demo network meetings: quarterly per space from the first demo year (written by the demo work of issue 7). */
export async function seedMeetings(ctx: DemoContext): Promise<void> {
  void ctx;
}

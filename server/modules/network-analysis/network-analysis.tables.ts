import { jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ContributionKind } from '../../../common/meeting-terms';
import { offices } from '../../platform/db/platform.tables';

/** How much each kind of contribution counts in the "many shoulders" view (defaults in common/meeting-terms.ts). */
export const contributionWeights = pgTable('contribution_weights', {
  officeId: uuid('office_id').primaryKey().references(() => offices.id),
  weights: jsonb('weights').$type<Record<ContributionKind, number>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

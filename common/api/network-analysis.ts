import { z } from 'zod';
import { isoDate } from './fields';
import { contributionKinds, tieKinds } from '../meeting-terms';


// "Many shoulders" (who carried the network work) and the network of organisations.

export const periodQuery = z.strictObject({ spaceId: z.uuid(), from: isoDate, to: isoDate });

const counts = z.object(Object.fromEntries(contributionKinds.map((k) => [k, z.number().int()])) as Record<(typeof contributionKinds)[number], z.ZodNumber>);

export const contributor = z
  .object({
    membershipId: z.uuid(),
    name: z.string(),
    teamRole: z.string(),
    organizationName: z.string().nullable(),
    organizationType: z.string().nullable(),
    counts,
    /** The weighted sum of the counts. */
    score: z.number(),
    /** Share of all scores in the space and period, 0..1. */
    share: z.number(),
  })
  .meta({ id: 'Contributor' });

export const manyShoulders = z
  .object({
    spaceId: z.uuid(),
    from: isoDate,
    to: isoDate,
    weights: counts,
    contributors: z.array(contributor),
    byOrganizationType: z.array(z.object({ organizationType: z.string().nullable(), score: z.number(), share: z.number(), people: z.number().int() })),
    total: z.number(),
    /** Share of the largest contributor, 0..1. */
    topShare: z.number(),
    /** Gini coefficient of the scores of everyone on the team, 0 (all equal) .. 1 (one carries all). */
    gini: z.number(),
    /** Plain German sentences that explain the figures. */
    explanation: z.array(z.string()),
    /** Set when one person carries more than half. */
    warning: z.string().nullable(),
  })
  .meta({ id: 'ManyShoulders' });
export type ManyShoulders = z.infer<typeof manyShoulders>;

export const contributionWeightsBody = z.strictObject(
  Object.fromEntries(contributionKinds.map((k) => [k, z.number({ error: 'Bitte eine Zahl angeben.' }).min(0).max(100)])) as Record<(typeof contributionKinds)[number], z.ZodNumber>,
);

export const networkQuery = z.strictObject({
  spaceId: z.uuid().optional(),
  from: isoDate,
  to: isoDate,
  /** Only organisations of these types (comma-separated). */
  types: z.string().max(500).optional(),
});

export const networkNode = z
  .object({ id: z.uuid(), name: z.string(), type: z.string(), degree: z.number().int(), weightedDegree: z.number() })
  .meta({ id: 'NetworkNode' });
export const networkTie = z
  .object({
    source: z.uuid(),
    target: z.uuid(),
    weight: z.number(),
    /** How many ties of each kind make up this one, and when the first and the last were. */
    kinds: z.object(Object.fromEntries(tieKinds.map((k) => [k, z.number().int()])) as Record<(typeof tieKinds)[number], z.ZodNumber>),
    firstOn: isoDate,
    lastOn: isoDate,
  })
  .meta({ id: 'NetworkTie' });
export const networkGraph = z
  .object({
    spaceId: z.uuid().nullable(),
    from: isoDate,
    to: isoDate,
    nodes: z.array(networkNode),
    ties: z.array(networkTie),
    density: z.number(),
    isolated: z.array(z.uuid()),
    /** Organisation types with no tie in the space, in plain German ("kein Sportverein beteiligt"). */
    missingTypes: z.array(z.object({ type: z.string(), message: z.string() })),
  })
  .meta({ id: 'NetworkGraph' });
export type NetworkGraph = z.infer<typeof networkGraph>;

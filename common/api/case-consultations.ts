import { z } from 'zod';
import { isoDate } from './fields';
import { helpTypes } from '../meeting-terms';


// Collegial case consultations (Kollegiale Beratung): cases are counted, never named. Every free text passes the
// privacy guard; participants are team roles (and, where known, team memberships), never families.

export const consultationCase = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    helpType: z.enum(helpTypes),
    /** Whether a low-threshold offer in the space was found for the case. */
    lowThresholdOfferFound: z.boolean(),
    note: z.string(),
  })
  .meta({ id: 'ConsultationCase' });

export const consultationParticipant = z
  .object({ teamRole: z.string(), membershipId: z.uuid().nullable(), name: z.string().nullable(), organizationName: z.string().nullable() })
  .meta({ id: 'ConsultationParticipant' });

export const caseConsultation = z
  .object({
    id: z.uuid(),
    spaceId: z.uuid(),
    heldOn: isoDate,
    participants: z.array(consultationParticipant),
    /** Required roles (settings, and the networker only where the network model on that day has one) not present. */
    missingRoles: z.array(z.string()),
    caseCount: z.number().int(),
    cases: z.array(consultationCase),
    note: z.string(),
    editable: z.boolean(),
  })
  .meta({ id: 'CaseConsultation' });
export type CaseConsultation = z.infer<typeof caseConsultation>;

export const consultationsQuery = z.strictObject({ spaceId: z.uuid().optional(), from: isoDate.optional(), to: isoDate.optional(), missingRole: z.string().optional() });

const caseInput = z.strictObject({
  helpType: z.enum(helpTypes, { error: 'Bitte die Hilfe wählen, die sich ergeben hat.' }),
  lowThresholdOfferFound: z.boolean().default(false),
  note: z.string().trim().max(500, { error: 'Höchstens 500 Zeichen.' }).default(''),
});
export const consultationBody = z
  .strictObject({
    spaceId: z.uuid(),
    heldOn: isoDate,
    participants: z
      .array(z.strictObject({ teamRole: z.string().min(1), membershipId: z.uuid().nullable().default(null) }))
      .min(1, { error: 'Bitte die Teilnehmenden nach Rolle angeben.' })
      .max(40),
    cases: z.array(caseInput).max(50, { error: 'Höchstens 50 Fälle je Beratung.' }).default([]),
    note: z.string().trim().max(2000).default(''),
  })
  .meta({ id: 'WriteCaseConsultation' });
export type ConsultationBody = z.input<typeof consultationBody>;
export type ConsultationInput = z.infer<typeof consultationBody>;

export const consultationSettings = z
  .object({ requiredRoles: z.array(z.string()).max(20) })
  .meta({ id: 'ConsultationSettings' });
export const consultationSettingsBody = z.strictObject({ requiredRoles: z.array(z.string().min(1)).max(20) });

/** Figures for the committee (and staff): counts only — no notes, no participants, no people. */
export const consultationsSummaryQuery = z.strictObject({ spaceId: z.uuid().optional(), from: isoDate.optional(), to: isoDate.optional() });
export const consultationsSummary = z
  .object({
    spaceId: z.uuid().nullable(),
    from: isoDate.nullable(),
    to: isoDate.nullable(),
    consultations: z.number().int(),
    cases: z.number().int(),
    /** Cases per help that resulted, every help type listed (0 included). */
    byHelpType: z.array(z.object({ helpType: z.enum(helpTypes), cases: z.number().int() })),
    lowThresholdOfferFound: z.number().int(),
    consultationsWithMissingRoles: z.number().int(),
    /** Consultations where the role was required but absent, per role (only roles missing at least once). */
    missingByRole: z.array(z.object({ teamRole: z.string(), consultations: z.number().int() })),
  })
  .meta({ id: 'CaseConsultationsSummary' });
export type ConsultationsSummary = z.infer<typeof consultationsSummary>;

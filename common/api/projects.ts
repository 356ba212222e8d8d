import { z } from 'zod';
import { freeText, isoDate, listParam, yearParam } from './fields';
import { updateFields } from './common';
import { ageBands, voices } from '../need-terms';
import { attachmentTypes, initiators, projectStatuses } from '../project-terms';

const year = yearParam;


// ---- projects ----

/** People reached in a year, as a count per age band: never a name. */
export const reachCount = z.object({ year: z.number().int().min(2000).max(2100), ageBand: z.enum(ageBands), count: z.number({ error: 'Bitte eine Anzahl angeben.' }).int({ error: 'Bitte eine ganze Zahl angeben.' }).min(0, { error: 'Die Anzahl kann nicht negativ sein.' }).max(100_000, { error: 'Höchstens 100.000.' }) }).meta({ id: 'ProjectReach' });
export type ReachCount = z.infer<typeof reachCount>;

export const projectCarrier = z
  .object({ membershipId: z.uuid(), spaceId: z.uuid(), name: z.string(), teamRole: z.string(), organizationName: z.string().nullable() }).meta({ id: 'ProjectCarrier' });
export const projectPartner = z.object({ id: z.uuid(), name: z.string(), type: z.string() }).meta({ id: 'ProjectPartner' });

export const projectSummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    spaceIds: z.array(z.uuid()),
    topicIds: z.array(z.uuid()),
    initiatedBy: z.enum(initiators),
    status: z.enum(projectStatuses),
    startsOn: isoDate.nullable(),
    endsOn: isoDate.nullable(),
    needCount: z.number().int(),
    /** How many of its needs the affected voiced; 0 with needs > 0 is the warning case. */
    affectedNeedCount: z.number().int(),
    carrierCount: z.number().int(),
    reachedTotal: z.number().int(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ProjectSummary' });
export type ProjectSummary = z.infer<typeof projectSummary>;

export const projectNeed = z
  .object({ id: z.uuid(), spaceId: z.uuid(), voice: z.enum(voices), recordedOn: isoDate, text: z.string(), status: z.string() })
  .meta({ id: 'ProjectNeed' });

export const yearNote = z
  .object({ year: z.number().int(), successes: z.string(), difficulties: z.string(), updatedAt: z.iso.datetime({ offset: true }) })
  .meta({ id: 'ProjectYearNote' });
export type YearNote = z.infer<typeof yearNote>;

export const attachment = z
  .object({ id: z.uuid(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int(), uploadedAt: z.iso.datetime({ offset: true }) })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof attachment>;

export const statusEvent = z
  .object({ status: z.enum(projectStatuses), on: isoDate, reason: z.string(), byName: z.string().nullable() })
  .meta({ id: 'ProjectStatusEvent' });

export const projectDetail = projectSummary
  .extend({
    description: z.string(),
    initiationNote: z.string(),
    statusReason: z.string(),
    partners: z.array(projectPartner),
    carriers: z.array(projectCarrier),
    needs: z.array(projectNeed),
    /** True when the project answers needs but none of them was voiced by the affected. */
    noAffectedVoice: z.boolean(),
    reach: z.array(reachCount),
    yearNotes: z.array(yearNote),
    attachments: z.array(attachment),
    history: z.array(statusEvent),
    /** May the reader change it (the UI hides the buttons otherwise; the server checks anyway). */
    editable: z.boolean(),
  })
  .meta({ id: 'ProjectDetail' });
export type ProjectDetail = z.infer<typeof projectDetail>;

export const projectsQuery = z.strictObject({
  status: listParam(z.enum(projectStatuses)),
  spaceId: z.uuid().optional(),
  initiatedBy: z.enum(initiators).optional(),
  topicId: z.uuid().optional(),
  /** Projects active in this year (started by its end, not ended before its start). */
  year: year.optional(),
  q: z.string().trim().max(200).optional(),
  needId: z.uuid().optional(),
});
export type ProjectsQuery = z.input<typeof projectsQuery>;

const projectFields = {
  title: z.string().trim().min(3, { error: 'Bitte einen Titel mit mindestens 3 Zeichen angeben.' }).max(200, { error: 'Höchstens 200 Zeichen.' }),
  description: freeText(5000).default(''),
  spaceIds: z.array(z.uuid()).min(1, { error: 'Bitte mindestens einen Sozialraum wählen.' }).max(50),
  topicIds: z.array(z.uuid()).max(20).default([]),
  initiatedBy: z.enum(initiators, { error: 'Bitte angeben, von wem die Initiative ausging.' }),
  initiationNote: freeText(500).default(''),
  startsOn: isoDate.nullable().default(null),
  endsOn: isoDate.nullable().default(null),
  needIds: z.array(z.uuid()).max(200).default([]),
  partnerOrganizationIds: z.array(z.uuid()).max(100).default([]),
  /** Team memberships of the people who carry it ("many shoulders"), in the project's spaces. */
  carrierMembershipIds: z.array(z.uuid()).max(50).default([]),
  reach: z.array(reachCount).max(500).default([]),
};
export const createProjectBody = z.strictObject(projectFields).meta({ id: 'CreateProject' });
export type CreateProjectBody = z.input<typeof createProjectBody>;
export type CreateProjectInput = z.infer<typeof createProjectBody>;
export const updateProjectBody = z.strictObject(updateFields(projectFields)).meta({ id: 'UpdateProject' });
export type UpdateProjectBody = z.infer<typeof updateProjectBody>;

export const projectStatusBody = z
  .strictObject({
    status: z.enum(projectStatuses, { error: 'Bitte einen Status wählen.' }),
    on: isoDate.optional(),
    reason: freeText(1000).default(''),
  })
  .meta({ id: 'ChangeProjectStatus' });
export type ProjectStatusBody = z.input<typeof projectStatusBody>;

export const yearNoteBody = z
  .strictObject({ successes: freeText(5000).default(''), difficulties: freeText(5000).default('') })
  .meta({ id: 'WriteProjectYearNote' });
export type YearNoteBody = z.input<typeof yearNoteBody>;
export const yearParams = z.strictObject({ id: z.uuid(), year });

export const attachmentParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });
export const uploadQuery = z.strictObject({ name: z.string().trim().min(1, { error: 'Bitte den Dateinamen angeben.' }).max(200) });
export const attachmentMediaTypes = Object.keys(attachmentTypes) as (keyof typeof attachmentTypes)[];


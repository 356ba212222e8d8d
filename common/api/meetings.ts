import { z } from 'zod';
import { freeText, isoDate, listParam } from './fields';
import { updateFields } from './common';
import { decisionKinds, meetingStates } from '../meeting-terms';

const dateTime = z.iso.datetime({ offset: true, error: 'Zeitpunkt mit Datum, Uhrzeit und Zeitzone angeben, z. B. 2026-03-04T16:00:00+01:00.' });


// ---- network meetings (Netzwerktreffen) ----

export const attendance = z
  .object({ organizationId: z.uuid(), organizationName: z.string(), organizationType: z.string(), headCount: z.number().int().min(1).max(500) })
  .meta({ id: 'MeetingAttendance' });

export const agendaItem = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    title: z.string(),
    notes: z.string(),
    /** The team membership of the person who brought the item in (counts for "many shoulders"). */
    broughtByMembershipId: z.uuid().nullable(),
    broughtByName: z.string().nullable(),
    needIds: z.array(z.uuid()),
    serviceIds: z.array(z.uuid()),
    projectIds: z.array(z.uuid()),
  })
  .meta({ id: 'AgendaItem' });
export type AgendaItem = z.infer<typeof agendaItem>;

export const meetingDecision = z
  .object({
    id: z.uuid(),
    agendaItemId: z.uuid().nullable(),
    kind: z.enum(decisionKinds),
    text: z.string(),
    ownerMembershipId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    dueOn: isoDate.nullable(),
    doneOn: isoDate.nullable(),
    /** For a project draft: the project it started (status idea). */
    projectId: z.uuid().nullable(),
  })
  .meta({ id: 'MeetingDecision' });
export type MeetingDecision = z.infer<typeof meetingDecision>;

export const meetingSummary = z
  .object({
    id: z.uuid(),
    spaceIds: z.array(z.uuid()),
    title: z.string(),
    startsAt: dateTime,
    endsAt: dateTime,
    place: z.string(),
    onlineUrl: z.string().nullable(),
    state: z.enum(meetingStates),
    organizers: z.array(z.object({ membershipId: z.uuid(), name: z.string() })),
    attendanceTotal: z.number().int(),
    organizationCount: z.number().int(),
  })
  .meta({ id: 'MeetingSummary' });
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const meetingDetail = meetingSummary
  .extend({
    invitedOrganizations: z.array(z.object({ id: z.uuid(), name: z.string(), type: z.string(), email: z.string().nullable() })),
    attendance: z.array(attendance),
    /** People who came but belong to no organisation listed (e.g. residents): a count, never names. */
    guestCount: z.number().int(),
    minutes: z.string(),
    cancelReason: z.string(),
    agenda: z.array(agendaItem),
    decisions: z.array(meetingDecision),
    editable: z.boolean(),
  })
  .meta({ id: 'MeetingDetail' });
export type MeetingDetail = z.infer<typeof meetingDetail>;

export const meetingsQuery = z.strictObject({
  spaceId: z.uuid().optional(),
  state: listParam(z.enum(meetingStates)),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

const meetingFields = {
  spaceIds: z.array(z.uuid()).min(1, { error: 'Bitte mindestens einen Sozialraum wählen.' }).max(20),
  title: z.string().trim().min(3, { error: 'Bitte einen Titel mit mindestens 3 Zeichen angeben.' }).max(200, { error: 'Höchstens 200 Zeichen.' }),
  startsAt: dateTime,
  endsAt: dateTime,
  place: freeText(300).default(''),
  onlineUrl: z.url({ protocol: /^https?$/, error: 'Bitte eine Adresse mit https:// angeben.' }).max(500).nullable().default(null),
  organizerMembershipIds: z.array(z.uuid()).min(1, { error: 'Bitte mindestens eine Person angeben, die das Treffen organisiert.' }).max(10),
  invitedOrganizationIds: z.array(z.uuid()).max(300).default([]),
  /** Invite every organisation of these types in the meeting's spaces (added to invitedOrganizationIds). */
  invitedOrganizationTypes: z.array(z.string()).max(20).default([]),
};
export const createMeetingBody = z.strictObject(meetingFields).meta({ id: 'CreateMeeting' });
export type CreateMeetingBody = z.input<typeof createMeetingBody>;
export type CreateMeetingInput = z.infer<typeof createMeetingBody>;
export const updateMeetingBody = z
  .strictObject({
    ...updateFields(meetingFields),
    minutes: freeText(20_000).optional(),
    guestCount: z.number().int().min(0).max(1000).optional(),
    attendance: z.array(z.object({ organizationId: z.uuid(), headCount: z.number().int({ error: 'Bitte eine ganze Zahl angeben.' }).min(1, { error: 'Mindestens 1.' }).max(500) })).max(300).optional(),
  })
  .meta({ id: 'UpdateMeeting' });
export type UpdateMeetingBody = z.infer<typeof updateMeetingBody>;

export const meetingStateBody = z
  .strictObject({ state: z.enum(meetingStates, { error: 'Bitte einen Status wählen.' }), reason: freeText(1000).default('') })
  .meta({ id: 'ChangeMeetingState' });

export const agendaItemBody = z
  .strictObject({
    title: z.string().trim().min(2, { error: 'Bitte einen Titel angeben.' }).max(300),
    notes: freeText(5000).default(''),
    broughtByMembershipId: z.uuid().nullable().default(null),
    needIds: z.array(z.uuid()).max(50).default([]),
    serviceIds: z.array(z.uuid()).max(50).default([]),
    projectIds: z.array(z.uuid()).max(50).default([]),
  })
  .meta({ id: 'WriteAgendaItem' });
export type AgendaItemBody = z.input<typeof agendaItemBody>;

export const decisionBody = z
  .strictObject({
    agendaItemId: z.uuid().nullable().default(null),
    kind: z.enum(decisionKinds, { error: 'Bitte die Art wählen.' }),
    text: z.string().trim().min(3, { error: 'Bitte den Beschluss oder die Aufgabe beschreiben.' }).max(2000),
    ownerMembershipId: z.uuid().nullable().default(null),
    dueOn: isoDate.nullable().default(null),
    /** For a project draft: the title of the project to start (status idea), and who took the initiative. */
    projectTitle: z.string().trim().min(3).max(200).optional(),
    initiatedBy: z.enum(['affected', 'professionals', 'joint']).optional(),
  })
  .meta({ id: 'WriteMeetingDecision' });
export type DecisionBody = z.input<typeof decisionBody>;
export const decisionDoneBody = z.strictObject({ doneOn: isoDate.nullable() }).meta({ id: 'MarkDecisionDone' });

/** Who should organise next: the space's team today, least recently and least often first. */
export const organizerSuggestion = z
  .object({
    membershipId: z.uuid(),
    name: z.string(),
    teamRole: z.string(),
    organizationName: z.string().nullable(),
    lastOrganisedOn: isoDate.nullable(),
    timesOrganised: z.number().int(),
  })
  .meta({ id: 'OrganizerSuggestion' });
export const organizerSuggestionQuery = z.strictObject({ spaceId: z.uuid(), on: isoDate.optional() });

/** A ready-to-send invitation: subject, plain text, and the invited organisations' addresses. */
export const invitation = z
  .object({
    subject: z.string(),
    text: z.string(),
    recipients: z.array(z.object({ organizationName: z.string(), email: z.string().nullable() })),
    /** Whether the server can send it itself (an SMTP setting is configured); otherwise copy it or use mailto. */
    canSend: z.boolean(),
  })
  .meta({ id: 'MeetingInvitation' });

// ---- calendar feeds (iCalendar, RFC 5545) ----

export const calendarFeed = z
  .object({
    id: z.uuid(),
    scope: z.enum(['space', 'user']),
    spaceId: z.uuid().nullable(),
    label: z.string(),
    /** The last characters of the token, to tell feeds apart; the token itself is shown only once. */
    tokenHint: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    revokedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'CalendarFeed' });
export const createdCalendarFeed = calendarFeed.extend({ url: z.string() }).meta({ id: 'CreatedCalendarFeed' });
export const createCalendarFeedBody = z
  .strictObject({ scope: z.enum(['space', 'user'], { error: 'Bitte wählen: Sozialraum oder eigene Termine.' }), spaceId: z.uuid().optional() })
  .meta({ id: 'CreateCalendarFeed' });
export const calendarQuery = z.strictObject({ token: z.string().min(20).max(200) });

// ---- follow-up tasks from meetings ----

const flag = z
  .enum(['true', 'false'], { error: 'Bitte true oder false angeben.' })
  .optional()
  .transform((v) => v === 'true');
export const meetingTasksQuery = z.strictObject({
  /** Only tasks of the signed-in user (owned through one of their team memberships). */
  mine: flag,
  /** Also tasks already done. */
  includeDone: flag,
});
export const meetingTask = z
  .object({
    id: z.uuid(),
    meetingId: z.uuid(),
    meetingTitle: z.string(),
    meetingStartsAt: z.iso.datetime({ offset: true }),
    text: z.string(),
    ownerMembershipId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    dueOn: isoDate.nullable(),
    doneOn: isoDate.nullable(),
    /** Open and past its due date. */
    overdue: z.boolean(),
  })
  .meta({ id: 'MeetingTask' });
export type MeetingTask = z.infer<typeof meetingTask>;

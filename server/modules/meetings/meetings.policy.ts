import type { UserActor } from '../../platform/auth/actor';
import { allowCalendarToken, allowRoles } from '../../platform/auth/policy';

const managers = ['admin', 'head_of_department'] as const;
/** Staff who carry network work: team members and provider staff on a space's team, and the managers. */
const staff = [...managers, 'team_member', 'provider_editor'] as const;
const isManager = (actor: UserActor) => actor.roles.some((r) => (managers as readonly string[]).includes(r));

/** A meeting belongs to its spaces: managers reach every one, others a meeting in a space where they are on the team today. */
export type MeetingTarget = { officeId: string; spaceIds: readonly string[]; actorSpaceIds: readonly string[] };
export const mayWorkOnMeeting = (actor: UserActor, target: MeetingTarget): boolean =>
  isManager(actor) || target.spaceIds.some((id) => target.actorSpaceIds.includes(id));
export const seesAllSpaces = isManager;

/** A calendar feed is its owner's; managers may revoke any feed of the office (e.g. when someone leaves). */
export type FeedTarget = { officeId: string; ownerUserId: string };
const ownsFeedOrManages = (actor: UserActor, target: FeedTarget) => isManager(actor) || target.ownerUserId === actor.userId;

export const meetingsPolicy = {
  /**
   * Staff of the office read every meeting (a meeting holds no family's data: attendance is organisations and
   * counts); the committee sees the aggregates of the network analysis, not single meetings.
   */
  listMeetings: allowRoles('meetings.list', staff),
  readMeeting: allowRoles('meetings.read', staff),
  createMeeting: allowRoles<MeetingTarget>('meetings.create', staff, mayWorkOnMeeting),
  updateMeeting: allowRoles<MeetingTarget>('meetings.update', staff, mayWorkOnMeeting),
  changeState: allowRoles<MeetingTarget>('meetings.changeState', staff, mayWorkOnMeeting),
  /** Only a meeting still planned may go (one that was invited to, held or cancelled is history). */
  deleteMeeting: allowRoles('meetings.delete', managers),
  writeAgenda: allowRoles<MeetingTarget>('meetings.writeAgenda', staff, mayWorkOnMeeting),
  writeDecision: allowRoles<MeetingTarget>('meetings.writeDecision', staff, mayWorkOnMeeting),
  listTasks: allowRoles('meetings.listTasks', staff),
  suggestOrganizers: allowRoles('meetings.suggestOrganizers', staff),
  readInvitation: allowRoles('meetings.readInvitation', staff),
  sendInvitation: allowRoles<MeetingTarget>('meetings.sendInvitation', staff, mayWorkOnMeeting),
  createCalendarFeed: allowRoles('meetings.createCalendarFeed', staff),
  listCalendarFeeds: allowRoles('meetings.listCalendarFeeds', staff),
  revokeCalendarFeed: allowRoles<FeedTarget>('meetings.revokeCalendarFeed', staff, ownsFeedOrManages),
  /** A calendar program brings the feed's secret token instead of a session. */
  calendar: allowCalendarToken('meetings.calendar'),
} as const;

export const staffRoles: readonly string[] = staff;

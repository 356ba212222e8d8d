import nodemailer from 'nodemailer';
import type { z } from 'zod';
import type { invitation } from '../../../common/api/meetings';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Settings } from '../../platform/env';
import { DomainError, notFound } from '../../platform/http/errors';
import { spacesOfOffice } from '../social-spaces';
import { berlinDayOf, meetingForUpdate, meetingTarget } from './meeting-context';
import { meetingsPolicy } from './meetings.policy';
import { agendaOf, findMeeting, type MeetingRow, updateMeetingRow } from './meetings.queries';
import { namesOf } from './read-meetings';

export type Invitation = z.infer<typeof invitation>;
export type MailSettings = Settings['smtp'];

const berlin = 'Europe/Berlin';
/** "Mittwoch, 4. März 2026" */
export const germanLongDate = (moment: Date) => new Intl.DateTimeFormat('de-DE', { timeZone: berlin, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(moment);
/** "16:00" */
export const germanTime = (moment: Date) => new Intl.DateTimeFormat('de-DE', { timeZone: berlin, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(moment);

/** "16:00–18:00 Uhr", or with the end's date when the meeting runs past midnight. */
export function germanTimeSpan(startsAt: Date, endsAt: Date): string {
  if (berlinDayOf(startsAt) === berlinDayOf(endsAt)) return `${germanTime(startsAt)}–${germanTime(endsAt)} Uhr`;
  return `${germanTime(startsAt)} Uhr bis ${germanLongDate(endsAt)}, ${germanTime(endsAt)} Uhr`;
}

async function composeInvitation(ctx: Ctx, meeting: MeetingRow, mail: MailSettings): Promise<Invitation> {
  const names = await namesOf(ctx.tx, meeting.officeId);
  const spaces = (await spacesOfOffice(ctx.tx, meeting.officeId)).filter((s) => meeting.spaceIds.includes(s.id)).map((s) => s.name);
  const agenda = await agendaOf(ctx.tx, [meeting.id]);
  const organizers = meeting.organizerMembershipIds.flatMap((id) => names.person(id) ?? []);
  const date = germanLongDate(meeting.startsAt);
  const lines = [
    'Guten Tag,',
    '',
    `wir laden Sie herzlich zum Netzwerktreffen ${spaces.length > 1 ? 'in den Sozialräumen' : 'im Sozialraum'} ${spaces.join(', ')} ein.`,
    '',
    meeting.title,
    `Datum: ${date}`,
    `Zeit: ${germanTimeSpan(meeting.startsAt, meeting.endsAt)}`,
    ...(meeting.place ? [`Ort: ${meeting.place}`] : []),
    ...(meeting.onlineUrl ? [`Online: ${meeting.onlineUrl}`] : []),
    '',
    ...(agenda.length ? ['Tagesordnung:', ...agenda.map((a, i) => `${i + 1}. ${a.title}`)] : ['Die Tagesordnung folgt.']),
    '',
    'Bitte geben Sie uns kurz Bescheid, ob und mit wie vielen Personen Ihre Einrichtung teilnimmt. Themen für die Tagesordnung nehmen wir gern auf.',
    '',
    'Mit freundlichen Grüßen',
    organizers.join(', '),
  ];
  const recipients = meeting.invitedOrganizationIds
    .flatMap((id) => names.organization(id) ?? [])
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
    .map((o) => ({ organizationName: o.name, email: o.email }));
  return { subject: `Einladung: ${meeting.title} am ${date}`, text: lines.join('\n'), recipients, canSend: mail !== undefined };
}

export async function readInvitation(ctx: Ctx, input: { id: string }, mail: MailSettings): Promise<Invitation> {
  authorize(ctx.actor, meetingsPolicy.readInvitation);
  const meeting = await findMeeting(ctx.tx, input.id);
  if (!meeting || meeting.officeId !== officeOf(ctx.actor)) throw notFound('Das Netzwerktreffen');
  return composeInvitation(ctx, meeting, mail);
}

/**
 * Sends the invitation to the invited organisations (blind copies: they need not see each other's addresses) and
 * moves a planned meeting to invited. The state change and its audit entry are written first, the mail goes last:
 * when the mail server refuses, the transaction rolls back and nothing says "invited".
 */
export async function sendInvitation(ctx: Ctx, input: { id: string }, mail: MailSettings): Promise<Invitation> {
  const meeting = await meetingForUpdate(ctx, input.id);
  authorize(ctx.actor, meetingsPolicy.sendInvitation, await meetingTarget(ctx.tx, ctx.actor, meeting));
  if (!mail) {
    throw new DomainError('CONFLICT', 'Für den Versand ist kein Mailserver eingerichtet (SMTP_URL). Bitte den Text kopieren und mit dem eigenen E-Mail-Programm versenden.');
  }
  if (meeting.state !== 'planned' && meeting.state !== 'invited') throw new DomainError('CONFLICT', 'Zu einem stattgefundenen oder abgesagten Treffen wird nicht mehr eingeladen.');
  const composed = await composeInvitation(ctx, meeting, mail);
  const addresses = composed.recipients.flatMap((r) => r.email ?? []);
  if (addresses.length === 0) throw new DomainError('CONFLICT', 'Keine der eingeladenen Organisationen hat eine E-Mail-Adresse.');
  if (meeting.state === 'planned') await updateMeetingRow(ctx.tx, meeting.id, { state: 'invited' });
  await recordAudit(ctx, {
    officeId: meeting.officeId,
    action: 'send_invitation',
    entity: 'meeting',
    entityId: meeting.id,
    before: { state: meeting.state },
    after: { state: 'invited', recipients: addresses },
  });
  try {
    await nodemailer.createTransport(mail.url).sendMail({ from: mail.from, to: mail.from, bcc: addresses, subject: composed.subject, text: composed.text });
  } catch {
    throw new DomainError('CONFLICT', 'Der Mailserver hat die Einladung nicht angenommen. Bitte später erneut versuchen oder den Text kopieren.');
  }
  return composed;
}

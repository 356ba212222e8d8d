import type { CommitteeMeeting } from '../../../../common/api/committee-papers';
import type { FieldError } from '../../../../common/problem';
import type { CommitteeMeetingBody } from '../api/committee-papers-api';
import { berlinToIso, isoToBerlin } from '../../../components/format/berlin-time';

// The committee meeting form as typed (day and clock times in Berlin), and its conversion to the API body with the
// checks the browser can make itself (the server checks them again).

export type CommitteeMeetingValues = {
  committeeId: string;
  name: string;
  day: string;
  startTime: string;
  /** Empty when the end is not known. */
  endTime: string;
  place: string;
  /** An end on another day than the start (set through the API): kept as it is until the end time is typed. */
  otherDayEndsAt: string | null;
};

export const emptyCommitteeMeetingValues = (committeeId: string): CommitteeMeetingValues => ({
  committeeId,
  name: '',
  day: '',
  startTime: '17:00',
  endTime: '',
  place: '',
  otherDayEndsAt: null,
});

export function committeeMeetingValues(meeting: CommitteeMeeting): CommitteeMeetingValues {
  const start = isoToBerlin(meeting.startsAt);
  const end = meeting.endsAt ? isoToBerlin(meeting.endsAt) : null;
  return {
    committeeId: meeting.committeeId,
    name: meeting.name,
    day: start.day,
    startTime: start.time,
    endTime: end && end.day === start.day ? end.time : '',
    place: meeting.place,
    otherDayEndsAt: end && end.day !== start.day ? meeting.endsAt : null,
  };
}

export function toCommitteeMeetingBody(values: CommitteeMeetingValues): { body: CommitteeMeetingBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const startsAt = berlinToIso(values.day, values.startTime);
  const endsAt = values.endTime.trim() ? berlinToIso(values.day, values.endTime.trim()) : values.otherDayEndsAt;
  if (!values.committeeId) errors.push({ field: 'committeeId', message: 'Bitte ein Gremium wählen.' });
  if (values.name.trim().length < 2) errors.push({ field: 'name', message: 'Bitte einen Namen angeben (mindestens 2 Zeichen).' });
  if (!values.day) errors.push({ field: 'day', message: 'Bitte das Datum angeben.' });
  else if (!startsAt) errors.push({ field: 'startsAt', message: 'Bitte Datum und Beginn als gültige Uhrzeit angeben, z. B. 17:00.' });
  if (values.day && values.endTime.trim() && !endsAt) errors.push({ field: 'endsAt', message: 'Bitte das Ende als gültige Uhrzeit angeben, z. B. 19:00.' });
  if (startsAt && endsAt && Date.parse(endsAt) <= Date.parse(startsAt)) errors.push({ field: 'endsAt', message: 'Das Ende muss nach dem Beginn liegen.' });
  const body: CommitteeMeetingBody = {
    committeeId: values.committeeId,
    name: values.name.trim(),
    startsAt: startsAt ?? '',
    endsAt,
    place: values.place.trim(),
  };
  return { body, errors };
}

/** Newest first: the next and the last meetings are the ones people look for. */
export const newestFirst = <T extends { startsAt: string }>(meetings: readonly T[]): T[] =>
  [...meetings].sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));

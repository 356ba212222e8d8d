import { describe, expect, it } from 'vitest';
import { formatMeetingTime } from '../../../components/format/berlin-time';
import { committeeMeetingValues, emptyCommitteeMeetingValues, newestFirst, toCommitteeMeetingBody } from './committee-meeting-values';

const committeeId = '00000000-0000-4000-8000-000000000001';

describe('the committee meeting form', () => {
  it('sends the start and end in Berlin time with the offset of the day', () => {
    const values = { ...emptyCommitteeMeetingValues(committeeId), name: ' 12. Sitzung ', day: '2026-03-05', startTime: '17:00', endTime: '19:30', place: 'Rathaus' };
    expect(toCommitteeMeetingBody(values)).toEqual({
      body: { committeeId, name: '12. Sitzung', startsAt: '2026-03-05T17:00:00+01:00', endsAt: '2026-03-05T19:30:00+01:00', place: 'Rathaus' },
      errors: [],
    });
    const summer = toCommitteeMeetingBody({ ...values, day: '2026-06-11', endTime: '' });
    expect(summer.body.startsAt).toBe('2026-06-11T17:00:00+02:00');
    expect(summer.body.endsAt).toBeNull();
  });

  it('names what is missing or does not fit', () => {
    const empty = toCommitteeMeetingBody(emptyCommitteeMeetingValues(''));
    expect(empty.errors.map((e) => e.field)).toEqual(['committeeId', 'name', 'day']);
    const backwards = toCommitteeMeetingBody({ ...emptyCommitteeMeetingValues(committeeId), name: 'Sitzung', day: '2026-03-05', startTime: '17:00', endTime: '16:00' });
    expect(backwards.errors).toEqual([{ field: 'endsAt', message: 'Das Ende muss nach dem Beginn liegen.' }]);
  });

  it('reads a meeting back as Berlin day and times, keeping an end on another day', () => {
    const meeting = {
      id: '00000000-0000-4000-8000-000000000002',
      committeeId,
      committeeName: 'Jugendhilfeausschuss',
      name: 'Klausur',
      startsAt: '2026-03-05T16:00:00Z',
      endsAt: '2026-03-06T12:00:00Z',
      place: 'Tagungshaus',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    const values = committeeMeetingValues(meeting);
    expect(values).toMatchObject({ day: '2026-03-05', startTime: '17:00', endTime: '', otherDayEndsAt: '2026-03-06T12:00:00Z' });
    expect(toCommitteeMeetingBody(values).body.endsAt).toBe('2026-03-06T12:00:00Z');
    expect(formatMeetingTime(meeting.startsAt, meeting.endsAt)).toBe('Do., 05.03.2026, 17:00–Fr., 06.03.2026, 13:00 Uhr');
    expect(formatMeetingTime(meeting.startsAt)).toBe('Do., 05.03.2026, 17:00 Uhr');
  });

  it('lists meetings newest first', () => {
    const list = [{ startsAt: '2025-01-01T10:00:00+01:00' }, { startsAt: '2026-01-01T10:00:00+01:00' }, { startsAt: '2025-06-01T10:00:00+02:00' }];
    expect(newestFirst(list).map((m) => m.startsAt.slice(0, 7))).toEqual(['2026-01', '2025-06', '2025-01']);
  });
});

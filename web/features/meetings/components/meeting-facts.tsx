import { useRef, useState, type FormEvent } from 'react';
import type { MeetingDetail } from '../../../../common/api/meetings';
import { meetingStateLabels, meetingStateMoves, type MeetingState } from '../../../../common/meeting-terms';
import { ApiError, fieldErrorsOf } from '../../../components/api/api-error';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { DescriptionList } from '../../../components/ui/description-list';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useChangeMeetingState, useUpdateMeeting } from '../hooks/use-meetings';
import { berlinToIso, formatMeetingTime, isoToBerlin } from '../../../components/format/berlin-time';
import { MeetingStateBadge } from './meeting-list';
import './meetings.css';

/** Changing title, time and place of a meeting that has not happened yet (calendars get the new version). */
function MeetingEditForm({ meeting, onDone }: { meeting: MeetingDetail; onDone: (saved: boolean) => void }) {
  const start = isoToBerlin(meeting.startsAt);
  const [values, setValues] = useState({
    title: meeting.title,
    day: start.day,
    startTime: start.time,
    endTime: isoToBerlin(meeting.endsAt).time,
    place: meeting.place,
    onlineUrl: meeting.onlineUrl ?? '',
  });
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const update = useUpdateMeeting(meeting.id);
  const error = clientError ?? update.error;
  const errors = fieldErrorsOf(error);
  const change = (next: Partial<typeof values>) => {
    setValues((v) => ({ ...v, ...next }));
    setClientError(null);
    if (update.error) update.reset();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const startsAt = berlinToIso(values.day, values.startTime);
    const endsAt = berlinToIso(values.day, values.endTime);
    const wrong = [
      ...(startsAt ? [] : [{ field: 'startsAt', message: 'Bitte Datum und Beginn als gültige Uhrzeit angeben, z. B. 16:00.' }]),
      ...(endsAt && (!startsAt || endsAt > startsAt) ? [] : [{ field: 'endsAt', message: 'Das Ende muss eine gültige Uhrzeit nach dem Beginn sein.' }]),
    ];
    if (wrong.length || !startsAt || !endsAt) {
      setClientError(new ApiError({ status: 400, code: 'INVALID_INPUT', title: 'Nicht gespeichert', fieldErrors: wrong }));
      return;
    }
    update.mutate(
      { title: values.title.trim(), startsAt, endsAt, place: values.place.trim(), onlineUrl: values.onlineUrl.trim() || null },
      { onSuccess: () => onDone(true) },
    );
  };
  return (
    <form className="app-meeting-subform" aria-label="Angaben zum Treffen ändern" noValidate onSubmit={submit}>
      {error && Object.keys(errors).length === 0 ? <ErrorAlert error={error} title="Nicht gespeichert" /> : null}
      <TextField id="meeting-edit-title" label="Titel" value={values.title} onChange={(event) => change({ title: event.target.value })} error={errors.title} />
      <div className="app-field-row">
        <TextField id="meeting-edit-day" type="date" label="Datum" value={values.day} onChange={(event) => change({ day: event.target.value })} error={errors.day} />
        <TextField id="meeting-edit-start" type="time" label="Beginn" value={values.startTime} onChange={(event) => change({ startTime: event.target.value })} error={errors.startsAt} />
        <TextField id="meeting-edit-end" type="time" label="Ende" value={values.endTime} onChange={(event) => change({ endTime: event.target.value })} error={errors.endsAt} />
      </div>
      <TextField id="meeting-edit-place" label="Ort" optional value={values.place} onChange={(event) => change({ place: event.target.value })} error={errors.place} />
      <TextField
        id="meeting-edit-online"
        type="url"
        label="Online-Link"
        optional
        value={values.onlineUrl}
        onChange={(event) => change({ onlineUrl: event.target.value })}
        error={errors.onlineUrl}
      />
      <ButtonRow>
        <Button type="submit" busy={update.isPending}>
          Änderungen speichern
        </Button>
        <Button variant="tertiary" onClick={() => onDone(false)}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

/** When, where, which spaces, who organises, who is invited; title, time and place can change until it is held. */
export function MeetingFacts({ meeting, spaceNames }: { meeting: MeetingDetail; spaceNames: ReadonlyMap<string, string> }) {
  const m = meeting;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const changeable = m.editable && (m.state === 'planned' || m.state === 'invited');
  return (
    <section className="app-section" aria-labelledby="meeting-facts-heading">
      <h2 className="kern-heading-medium" id="meeting-facts-heading">
        Überblick
      </h2>
      <DescriptionList
        items={[
          { term: 'Status', value: <MeetingStateBadge state={m.state} /> },
          { term: 'Wann', value: formatMeetingTime(m.startsAt, m.endsAt) },
          { term: 'Ort', value: m.place || '–' },
          {
            term: 'Online',
            value: m.onlineUrl ? (
              <a className="kern-link" href={m.onlineUrl} rel="noopener noreferrer" target="_blank">
                {m.onlineUrl}
              </a>
            ) : (
              '–'
            ),
          },
          { term: 'Sozialräume', value: m.spaceIds.map((s) => spaceNames.get(s) ?? '').filter(Boolean).join(', ') || '–' },
          { term: 'Organisation', value: m.organizers.map((o) => o.name).join(', ') || '–' },
          {
            term: 'Eingeladen',
            value: m.invitedOrganizations.length
              ? `${m.invitedOrganizations.length === 1 ? '1 Organisation' : `${m.invitedOrganizations.length} Organisationen`}: ${m.invitedOrganizations.map((o) => o.name).join(', ')}`
              : 'noch niemand',
          },
          ...(m.state === 'cancelled' && m.cancelReason ? [{ term: 'Grund der Absage', value: m.cancelReason }] : []),
        ]}
      />
      <div role="status">{saved ? <Alert tone="success" title="Die Angaben wurden gespeichert." role="none" /> : null}</div>
      {changeable && editing ? (
        <MeetingEditForm
          meeting={m}
          onDone={(ok) => {
            setEditing(false);
            setSaved(ok);
          }}
        />
      ) : changeable ? (
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            Zeit, Ort oder Titel ändern
          </Button>
        </div>
      ) : null}
    </section>
  );
}

const moveLabels: Record<MeetingState, string> = {
  planned: 'Wieder planen',
  invited: 'Als eingeladen markieren',
  held: 'Hat stattgefunden',
  cancelled: 'Absagen …',
};

/** The state with the moves it allows; a cancellation asks for its reason first. */
export function MeetingStateSection({ meeting }: { meeting: MeetingDetail }) {
  const change = useChangeMeetingState(meeting.id);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<MeetingState | null>(null);
  const reasonRef = useRef<HTMLDivElement>(null);
  const moves = meetingStateMoves[meeting.state];
  const errors = fieldErrorsOf(change.error);

  const move = (state: MeetingState, why = '') =>
    change.mutate(
      { state, reason: why },
      {
        onSuccess: () => {
          setDone(state);
          setCancelling(false);
          setReason('');
        },
      },
    );

  const submitCancel = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    move('cancelled', reason.trim());
  };

  return (
    <section className="app-section" aria-labelledby="meeting-state-heading">
      <h2 className="kern-heading-medium" id="meeting-state-heading">
        Status
      </h2>
      <p className="kern-body">
        Das Treffen ist <strong>{meetingStateLabels[meeting.state]}</strong>.
        {meeting.state === 'held' || meeting.state === 'cancelled' ? ' Der Status ist endgültig.' : ''}
      </p>
      <div role="status">{done ? <Alert tone="success" title={`Status geändert: ${meetingStateLabels[done]}.`} role="none" /> : null}</div>
      {change.error && !errors.reason ? <ErrorAlert error={change.error} title="Status nicht geändert" /> : null}
      {meeting.editable && moves.length > 0 && !cancelling ? (
        <ButtonRow>
          {moves.map((state) => (
            <Button
              key={state}
              variant={state === 'cancelled' ? 'secondary' : 'primary'}
              busy={change.isPending}
              onClick={() => {
                change.reset();
                if (state === 'cancelled') {
                  setCancelling(true);
                  window.setTimeout(() => reasonRef.current?.querySelector('textarea')?.focus(), 0);
                } else move(state);
              }}
            >
              {moveLabels[state]}
            </Button>
          ))}
        </ButtonRow>
      ) : null}
      {cancelling ? (
        <form className="app-meeting-subform" aria-label="Treffen absagen" noValidate onSubmit={submitCancel}>
          <div ref={reasonRef}>
            <TextAreaField
              id="meeting-cancel-reason"
              label="Warum wird das Treffen abgesagt?"
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={errors.reason}
            />
          </div>
          <ButtonRow>
            <Button type="submit" busy={change.isPending}>
              Treffen absagen
            </Button>
            <Button
              variant="tertiary"
              onClick={() => {
                setCancelling(false);
                change.reset();
              }}
            >
              Abbrechen
            </Button>
          </ButtonRow>
        </form>
      ) : null}
    </section>
  );
}

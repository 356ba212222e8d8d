import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Committee, CommitteeMeeting } from '../../../../common/api/committee-papers';
import { ApiError, fieldErrorsOf } from '../../../components/api/api-error';
import { ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useCreateCommitteeMeeting, useUpdateCommitteeMeeting } from '../hooks/use-committee-papers';
import { committeeMeetingValues, emptyCommitteeMeetingValues, toCommitteeMeetingBody, type CommitteeMeetingValues } from './committee-meeting-values';

const id = 'committee-meeting';

const targets: FieldTargets = {
  committeeId: { label: 'Gremium', targetId: `${id}-committee` },
  name: { label: 'Name', targetId: `${id}-name` },
  day: { label: 'Datum', targetId: `${id}-day` },
  startsAt: { label: 'Beginn', targetId: `${id}-start` },
  endsAt: { label: 'Ende', targetId: `${id}-end` },
  place: { label: 'Ort', targetId: `${id}-place` },
};

type CommitteeMeetingFormProps = {
  /** The committees (not the administration units) to choose from. */
  committees: Committee[];
  /** The meeting to change; without it a new one is planned for `committeeId`. */
  meeting: CommitteeMeeting | null;
  committeeId: string;
  onSaved: (meeting: CommitteeMeeting, created: boolean) => void;
  onCancel: () => void;
};

/** A committee's meeting (Sitzung): committee, name, day and times in Berlin time, place. */
export function CommitteeMeetingForm({ committees, meeting, committeeId, onSaved, onCancel }: CommitteeMeetingFormProps) {
  const [values, setValues] = useState<CommitteeMeetingValues>(() => (meeting ? committeeMeetingValues(meeting) : emptyCommitteeMeetingValues(committeeId)));
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const create = useCreateCommitteeMeeting();
  const update = useUpdateCommitteeMeeting();
  const save = meeting ? update : create;
  const error = clientError ?? save.error;
  const errors = fieldErrorsOf(error);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => document.getElementById(`${id}-name`)?.focus(), [meeting?.id]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const change = (next: Partial<CommitteeMeetingValues>) => {
    setValues((v) => ({ ...v, ...next }));
    setClientError(null);
    if (save.error) save.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const { body, errors: wrong } = toCommitteeMeetingBody(values);
    if (wrong.length) {
      save.reset();
      setClientError(new ApiError({ status: 400, code: 'INVALID_INPUT', title: 'Nicht gespeichert', fieldErrors: wrong }));
      return;
    }
    if (meeting) update.mutate({ id: meeting.id, body }, { onSuccess: (saved) => onSaved(saved, false) });
    else create.mutate(body, { onSuccess: (saved) => onSaved(saved, true) });
  };

  return (
    <form className="app-form app-subform" noValidate onSubmit={submit} aria-labelledby={`${id}-form-heading`}>
      <h3 className="kern-heading-small" id={`${id}-form-heading`}>
        {meeting ? `${meeting.name} bearbeiten` : 'Sitzung anlegen'}
      </h3>
      {error ? (
        <div ref={errorRef} tabIndex={-1} className="app-focus-target">
          <ErrorAlert error={error} fields={targets} title="Nicht gespeichert" />
        </div>
      ) : null}
      <div className="app-field-row">
        <SelectField
          id={`${id}-committee`}
          label="Gremium"
          required
          options={[{ value: '', label: 'Bitte wählen' }, ...committees.map((c) => ({ value: c.id, label: c.name }))]}
          value={values.committeeId}
          onChange={(event) => change({ committeeId: event.target.value })}
          error={errors.committeeId}
        />
        <TextField id={`${id}-name`} label="Name" required hint="z. B. „12. Sitzung des Jugendhilfeausschusses“" value={values.name} onChange={(event) => change({ name: event.target.value })} error={errors.name} />
      </div>
      <div className="app-field-row">
        <TextField id={`${id}-day`} type="date" label="Datum" required value={values.day} onChange={(event) => change({ day: event.target.value })} error={errors.day} />
        <TextField id={`${id}-start`} type="time" label="Beginn" required hint="Uhrzeit in Berlin" value={values.startTime} onChange={(event) => change({ startTime: event.target.value })} error={errors.startsAt} />
        <TextField
          id={`${id}-end`}
          type="time"
          label="Ende"
          optional
          hint={values.otherDayEndsAt ? 'Endet an einem anderen Tag; eine Uhrzeit hier legt das Ende auf das Datum oben.' : 'Uhrzeit in Berlin'}
          value={values.endTime}
          onChange={(event) => change({ endTime: event.target.value, otherDayEndsAt: null })}
          error={errors.endsAt}
        />
      </div>
      <TextField id={`${id}-place`} label="Ort" optional hint="z. B. „Rathaus, Sitzungsraum 2“" value={values.place} onChange={(event) => change({ place: event.target.value })} error={errors.place} />
      <ButtonRow>
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? 'Wird gespeichert …' : meeting ? 'Änderungen speichern' : 'Sitzung anlegen'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

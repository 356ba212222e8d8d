import { useState, type FormEvent } from 'react';
import type { MeetingDetail } from '../../../../common/api/meetings';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { formatInteger } from '../../../components/format/format-number';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { DataTable } from '../../../components/ui/data-table';
import { describedBy, FieldMessage } from '../../../components/ui/field-message';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useMeetingOrganizations, useUpdateMeeting } from '../hooks/use-meetings';
import './meetings.css';

type Row = { organizationId: string; name: string; count: string };

const organizationsText = (n: number) => (n === 1 ? '1 Organisation' : `${formatInteger(n)} Organisationen`);

const countOf = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** Who came: organisations with head counts and guests without an organisation – numbers, never names. */
export function MeetingAttendance({ meeting }: { meeting: MeetingDetail }) {
  const update = useUpdateMeeting(meeting.id);
  const organizations = useMeetingOrganizations();
  const [rows, setRows] = useState<Row[]>(() => {
    const came = new Map(meeting.attendance.map((a) => [a.organizationId, a.headCount]));
    const listed = meeting.invitedOrganizations.map((o) => ({ organizationId: o.id, name: o.name, count: came.has(o.id) ? String(came.get(o.id)) : '' }));
    const others = meeting.attendance.filter((a) => !listed.some((l) => l.organizationId === a.organizationId)).map((a) => ({ organizationId: a.organizationId, name: a.organizationName, count: String(a.headCount) }));
    return [...listed, ...others];
  });
  const [guests, setGuests] = useState(String(meeting.guestCount));
  const [extra, setExtra] = useState('');
  const [saved, setSaved] = useState(false);
  const [wrong, setWrong] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorsOf(update.error), ...wrong };
  const canRecord = meeting.editable && meeting.state === 'held';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const problems: Record<string, string> = {};
    const attendance = rows.flatMap((r) => {
      if (!r.count.trim()) return [];
      const n = countOf(r.count);
      if (n === null || n < 1 || n > 500) {
        problems[`count-${r.organizationId}`] = 'Bitte eine ganze Zahl von 1 bis 500 angeben (oder leer lassen).';
        return [];
      }
      return [{ organizationId: r.organizationId, headCount: n }];
    });
    const guestCount = countOf(guests || '0');
    if (guestCount === null || guestCount > 1000) problems.guestCount = 'Bitte eine ganze Zahl von 0 bis 1000 angeben.';
    setWrong(problems);
    setSaved(false);
    if (Object.keys(problems).length) return;
    update.mutate({ attendance, guestCount: guestCount ?? 0 }, { onSuccess: () => setSaved(true) });
  };

  const others = (organizations.data ?? []).filter((o) => !rows.some((r) => r.organizationId === o.id)).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const addOther = () => {
    const o = others.find((x) => x.id === extra);
    if (!o) return;
    setRows((r) => [...r, { organizationId: o.id, name: o.name, count: '' }]);
    setExtra('');
    window.setTimeout(() => document.getElementById(`attendance-count-${o.id}`)?.focus(), 0);
  };

  return (
    <section className="app-section" aria-labelledby="meeting-attendance-heading">
      <h2 className="kern-heading-medium" id="meeting-attendance-heading">
        Teilnahme
      </h2>
      <p className="kern-body">
        {meeting.attendanceTotal > 0
          ? `${formatInteger(meeting.attendanceTotal)} Teilnehmende: ${formatInteger(meeting.attendanceTotal - meeting.guestCount)} aus ${organizationsText(meeting.organizationCount)}, ${formatInteger(meeting.guestCount)} Gäste ohne Organisation.`
          : 'Noch keine Teilnahme erfasst.'}
      </p>
      {meeting.attendance.length ? (
        <DataTable
          caption="Teilnahme nach Organisation (Anzahl Personen)"
          columns={[
            { key: 'name', header: 'Organisation', cell: (a) => a.organizationName, rowHeader: true },
            { key: 'count', header: 'Personen', cell: (a) => formatInteger(a.headCount), numeric: true },
          ]}
          rows={meeting.attendance}
          rowKey={(a) => a.organizationId}
        />
      ) : null}
      {canRecord ? (
        <form className="app-meeting-subform" aria-label="Teilnahme erfassen" noValidate onSubmit={submit}>
          <p className="kern-body">Wie viele Personen kamen je Organisation? Nur Zahlen, nie Namen.</p>
          {update.error && Object.keys(fieldErrorsOf(update.error)).length === 0 ? <ErrorAlert error={update.error} title="Nicht gespeichert" /> : null}
          {rows.map((r) => {
            const inputId = `attendance-count-${r.organizationId}`;
            const error = errors[`count-${r.organizationId}`];
            return (
              <div key={r.organizationId} className={`kern-form-input app-meeting-attendance-row${error ? ' kern-form-input--error' : ''}`}>
                <label className="kern-label" htmlFor={inputId}>
                  {r.name}
                </label>
                <input
                  id={inputId}
                  inputMode="numeric"
                  className={`kern-form-input__input app-meeting-count${error ? ' kern-form-input__input--error' : ''}`}
                  value={r.count}
                  onChange={(event) => setRows((list) => list.map((x) => (x.organizationId === r.organizationId ? { ...x, count: event.target.value } : x)))}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(error && `${inputId}-error`)}
                />
                <FieldMessage id={`${inputId}-error`} message={error} />
              </div>
            );
          })}
          {others.length ? (
            <div className="app-field-row">
              <SelectField
                id="attendance-extra"
                label="Weitere Organisation, die nicht eingeladen war"
                options={[{ value: '', label: '– wählen –' }, ...others.map((o) => ({ value: o.id, label: `${o.name} (${o.typeLabel})` }))]}
                value={extra}
                onChange={(event) => setExtra(event.target.value)}
              />
              <div className="app-button-row">
                <Button variant="secondary" onClick={addOther} unavailable={!extra}>
                  Organisation hinzufügen
                </Button>
              </div>
            </div>
          ) : null}
          <TextField
            id="attendance-guests"
            inputMode="numeric"
            label="Gäste ohne Organisation"
            hint="Zum Beispiel Bewohnerinnen und Bewohner – nur die Zahl."
            value={guests}
            onChange={(event) => setGuests(event.target.value)}
            error={errors.guestCount}
          />
          <div role="status">{saved ? <Alert tone="success" title="Die Teilnahme wurde gespeichert." role="none" /> : null}</div>
          <ButtonRow>
            <Button type="submit" busy={update.isPending}>
              Teilnahme speichern
            </Button>
          </ButtonRow>
        </form>
      ) : meeting.editable && meeting.state !== 'cancelled' ? (
        <p className="kern-body app-muted">Die Teilnahme wird erfasst, sobald das Treffen stattgefunden hat.</p>
      ) : null}
    </section>
  );
}

/** The minutes: one text, saved as a whole. */
export function MeetingMinutes({ meeting }: { meeting: MeetingDetail }) {
  const update = useUpdateMeeting(meeting.id);
  const [text, setText] = useState(meeting.minutes);
  const [saved, setSaved] = useState(false);
  const errors = fieldErrorsOf(update.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    setSaved(false);
    update.mutate({ minutes: text.trim() }, { onSuccess: () => setSaved(true) });
  };
  return (
    <section className="app-section" aria-labelledby="meeting-minutes-heading">
      <h2 className="kern-heading-medium" id="meeting-minutes-heading">
        Protokoll
      </h2>
      {meeting.editable ? (
        <form className="app-form" aria-label="Protokoll" noValidate onSubmit={submit}>
          {update.error && !errors.minutes ? <ErrorAlert error={update.error} title="Nicht gespeichert" /> : null}
          <TextAreaField
            id="meeting-minutes"
            label="Protokoll des Treffens"
            hint="Was besprochen wurde – ohne Namen von Familien oder Kindern."
            rows={8}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setSaved(false);
            }}
            error={errors.minutes}
          />
          <div role="status">{saved ? <Alert tone="success" title="Das Protokoll wurde gespeichert." role="none" /> : null}</div>
          <ButtonRow>
            <Button type="submit" busy={update.isPending}>
              Protokoll speichern
            </Button>
          </ButtonRow>
        </form>
      ) : meeting.minutes ? (
        <p className="kern-body app-meeting-pre">{meeting.minutes}</p>
      ) : (
        <p className="kern-body app-muted">Kein Protokoll.</p>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { MeetingDetail } from '../../../../common/api/meetings';
import { decisionKindLabels, decisionKinds, type DecisionKind } from '../../../../common/meeting-terms';
import { initiatorLabels, initiators, type Initiator } from '../../../../common/project-terms';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { formatDay, todayIso } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonRow } from '../../../components/ui/button';
import { describedBy, FieldMessage } from '../../../components/ui/field-message';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useAddDecision, useMarkDecisionDone, useMeetingTeams } from '../hooks/use-meetings';
import { isoToBerlin } from '../../../components/format/berlin-time';
import { teamOptions } from './team-options';
import './meetings.css';

const kindHints: Record<DecisionKind, string> = {
  note: 'Etwas, das das Netzwerk beschlossen hat.',
  task: 'Jemand übernimmt etwas bis zu einem Datum.',
  project_draft: 'Legt ein neues Projekt als Idee an.',
};

type Values = { kind: DecisionKind; text: string; agendaItemId: string; ownerMembershipId: string; dueOn: string; projectTitle: string; initiatedBy: Initiator };
const empty = (): Values => ({ kind: 'note', text: '', agendaItemId: '', ownerMembershipId: '', dueOn: '', projectTitle: '', initiatedBy: 'professionals' });

function DecisionForm({ meeting, people }: { meeting: MeetingDetail; people: { value: string; label: string }[] }) {
  const [values, setValues] = useState<Values>(empty);
  const [saved, setSaved] = useState('');
  const add = useAddDecision(meeting.id);
  const errors = fieldErrorsOf(add.error);
  const change = (next: Partial<Values>) => {
    setValues((v) => ({ ...v, ...next }));
    setSaved('');
    if (add.error) add.reset();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const task = values.kind === 'task';
    const draft = values.kind === 'project_draft';
    add.mutate(
      {
        kind: values.kind,
        text: values.text.trim(),
        agendaItemId: values.agendaItemId || null,
        ownerMembershipId: task ? values.ownerMembershipId || null : null,
        dueOn: task ? values.dueOn || null : null,
        ...(draft ? { projectTitle: values.projectTitle.trim(), initiatedBy: values.initiatedBy } : {}),
      },
      {
        onSuccess: () => {
          setSaved(`${decisionKindLabels[values.kind]} festgehalten.`);
          setValues(empty());
        },
      },
    );
  };
  const kindId = 'decision-kind';
  const known = Object.keys(errors).filter((f) => ['kind', 'text', 'agendaItemId', 'ownerMembershipId', 'dueOn', 'projectTitle', 'initiatedBy'].includes(f));
  return (
    <form className="app-meeting-subform" aria-label="Beschluss festhalten" noValidate onSubmit={submit}>
      {add.error && known.length === 0 ? <ErrorAlert error={add.error} title="Nicht gespeichert" /> : null}
      <fieldset className={`kern-fieldset${errors.kind ? ' kern-fieldset--error' : ''}`} id={kindId} aria-describedby={describedBy(errors.kind && `${kindId}-error`)}>
        <legend className="kern-label">Art</legend>
        <div className="kern-fieldset__body">
          {decisionKinds.map((k) => (
            <div key={k}>
              <div className="kern-form-check">
                <input
                  id={`${kindId}-${k}`}
                  type="radio"
                  name={kindId}
                  className="kern-form-check__radio"
                  checked={values.kind === k}
                  onChange={() => change({ kind: k })}
                  aria-describedby={`${kindId}-${k}-hint`}
                />
                <label className="kern-label" htmlFor={`${kindId}-${k}`}>
                  {decisionKindLabels[k]}
                </label>
              </div>
              <div className="kern-hint" id={`${kindId}-${k}-hint`}>
                {kindHints[k]}
              </div>
            </div>
          ))}
        </div>
        <FieldMessage id={`${kindId}-error`} message={errors.kind} />
      </fieldset>
      <TextAreaField
        id="decision-text"
        label={values.kind === 'task' ? 'Aufgabe' : values.kind === 'project_draft' ? 'Worum es geht' : 'Beschluss'}
        rows={3}
        value={values.text}
        onChange={(event) => change({ text: event.target.value })}
        error={errors.text}
      />
      {meeting.agenda.length ? (
        <SelectField
          id="decision-item"
          label="Zu Tagesordnungspunkt"
          optional
          options={[{ value: '', label: '– keinem –' }, ...meeting.agenda.map((i, n) => ({ value: i.id, label: `${n + 1}. ${i.title}` }))]}
          value={values.agendaItemId}
          onChange={(event) => change({ agendaItemId: event.target.value })}
          error={errors.agendaItemId}
        />
      ) : null}
      {values.kind === 'task' ? (
        <div className="app-field-row">
          <SelectField
            id="decision-owner"
            label="Wer übernimmt sie?"
            options={[{ value: '', label: '– wählen –' }, ...people]}
            value={values.ownerMembershipId}
            onChange={(event) => change({ ownerMembershipId: event.target.value })}
            error={errors.ownerMembershipId}
          />
          <TextField id="decision-due" type="date" label="Erledigt bis" value={values.dueOn} onChange={(event) => change({ dueOn: event.target.value })} error={errors.dueOn} />
        </div>
      ) : null}
      {values.kind === 'project_draft' ? (
        <div className="app-field-row">
          <TextField id="decision-project-title" label="Titel des Projekts" value={values.projectTitle} onChange={(event) => change({ projectTitle: event.target.value })} error={errors.projectTitle} />
          <SelectField
            id="decision-initiative"
            label="Initiative"
            options={initiators.map((i) => ({ value: i, label: initiatorLabels[i] }))}
            value={values.initiatedBy}
            onChange={(event) => change({ initiatedBy: event.target.value as Initiator })}
            error={errors.initiatedBy}
          />
        </div>
      ) : null}
      <div role="status">{saved ? <Alert tone="success" title={saved} role="none" /> : null}</div>
      <ButtonRow>
        <Button type="submit" busy={add.isPending}>
          Festhalten
        </Button>
      </ButtonRow>
    </form>
  );
}

/** Decisions: notes, tasks (owner, due date, done) and project drafts (with a link to the new project). */
export function MeetingDecisions({ meeting, projectPath }: { meeting: MeetingDetail; projectPath: (id: string) => string }) {
  const teams = useMeetingTeams(meeting.editable ? meeting.spaceIds : []);
  const people = teamOptions(teams.map((t) => t.data), isoToBerlin(meeting.startsAt).day);
  const done = useMarkDecisionDone(meeting.id);
  const itemTitle = new Map(meeting.agenda.map((i, n) => [i.id, `${n + 1}. ${i.title}`]));
  const today = todayIso();
  return (
    <section className="app-section" aria-labelledby="meeting-decisions-heading">
      <h2 className="kern-heading-medium" id="meeting-decisions-heading">
        Beschlüsse und Aufgaben
      </h2>
      {done.error ? <ErrorAlert error={done.error} title="Nicht gespeichert" /> : null}
      {meeting.decisions.length === 0 ? (
        <p className="kern-body app-muted">Noch keine Beschlüsse.</p>
      ) : (
        <ul className="app-meeting-decisions">
          {meeting.decisions.map((d) => (
            <li key={d.id}>
              <p className="kern-body">
                <Badge tone={d.kind === 'task' ? (d.doneOn ? 'success' : 'info') : 'info'}>{decisionKindLabels[d.kind]}</Badge> {d.text}
              </p>
              {d.agendaItemId && itemTitle.has(d.agendaItemId) ? <p className="kern-body kern-body--small app-muted">Zu {itemTitle.get(d.agendaItemId)}</p> : null}
              {d.kind === 'task' ? (
                <p className="kern-body kern-body--small">
                  {d.ownerName ?? 'niemand'} · bis {d.dueOn ? formatDay(d.dueOn) : '–'} ·{' '}
                  {d.doneOn ? `erledigt am ${formatDay(d.doneOn)}` : d.dueOn && d.dueOn < today ? <strong>überfällig</strong> : 'offen'}
                </p>
              ) : null}
              {d.projectId ? (
                <p className="kern-body">
                  <Link className="kern-link" to={projectPath(d.projectId)}>
                    Zum Projekt
                  </Link>
                </p>
              ) : null}
              {d.kind === 'task' && meeting.editable ? (
                <div>
                  <Button variant="secondary" busy={done.isPending} onClick={() => done.mutate({ decisionId: d.id, doneOn: d.doneOn ? null : today })}>
                    {d.doneOn ? 'Wieder öffnen' : 'Erledigt'}
                    <span className="app-visually-hidden">: {d.text}</span>
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {meeting.editable ? <DecisionForm meeting={meeting} people={people} /> : null}
    </section>
  );
}

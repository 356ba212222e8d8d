import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { AgendaItem, MeetingDetail } from '../../../../common/api/meetings';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import type { LinkKind } from '../api/meetings-api';
import { useAddAgendaItem, useMeetingTeams, useRemoveAgendaItem, useReplaceAgendaItem } from '../hooks/use-meetings';
import { isoToBerlin } from '../../../components/format/berlin-time';
import { LinkedName, LinkPicker } from './link-picker';
import { teamOptions } from './team-options';
import './meetings.css';

type ItemValues = { title: string; notes: string; broughtByMembershipId: string; needIds: string[]; serviceIds: string[]; projectIds: string[] };
const emptyItem = (): ItemValues => ({ title: '', notes: '', broughtByMembershipId: '', needIds: [], serviceIds: [], projectIds: [] });
const itemValues = (item: AgendaItem): ItemValues => ({
  title: item.title,
  notes: item.notes,
  broughtByMembershipId: item.broughtByMembershipId ?? '',
  needIds: item.needIds,
  serviceIds: item.serviceIds,
  projectIds: item.projectIds,
});

export type EntryPaths = { need: ((id: string) => string) | null; service: (id: string) => string; project: (id: string) => string };

function Links({ kind, ids, path, label }: { kind: LinkKind; ids: readonly string[]; path: ((id: string) => string) | null; label: string }) {
  if (ids.length === 0) return null;
  return (
    <div>
      <p className="kern-body kern-body--small">{label}:</p>
      <ul className="app-meeting-links">
        {ids.map((id) => (
          <li key={id} className="kern-body kern-body--small">
            {path ? (
              <Link className="kern-link" to={path(id)}>
                <LinkedName kind={kind} id={id} />
              </Link>
            ) : (
              <LinkedName kind={kind} id={id} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

type ItemFormProps = {
  meeting: MeetingDetail;
  item?: AgendaItem | undefined;
  people: { value: string; label: string }[];
  onDone: () => void;
};

/** Adding or changing one agenda item: title, notes, who brought it, and what it is about. */
function AgendaItemForm({ meeting, item, people, onDone }: ItemFormProps) {
  const [values, setValues] = useState<ItemValues>(() => (item ? itemValues(item) : emptyItem()));
  const add = useAddAgendaItem(meeting.id);
  const replace = useReplaceAgendaItem(meeting.id);
  const save = item ? replace : add;
  const errors = fieldErrorsOf(save.error);
  const prefix = item ? `agenda-${item.id}` : 'agenda-new';
  const change = (next: Partial<ItemValues>) => {
    setValues((v) => ({ ...v, ...next }));
    if (save.error) save.reset();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const body = {
      title: values.title.trim(),
      notes: values.notes.trim(),
      broughtByMembershipId: values.broughtByMembershipId || null,
      needIds: values.needIds,
      serviceIds: values.serviceIds,
      projectIds: values.projectIds,
    };
    const onSuccess = () => {
      if (!item) setValues(emptyItem());
      onDone();
    };
    if (item) replace.mutate({ itemId: item.id, body }, { onSuccess });
    else add.mutate(body, { onSuccess });
  };
  const known = new Set(people.map((p) => p.value));
  const options = [{ value: '', label: '– niemand angegeben –' }, ...people];
  if (item?.broughtByMembershipId && !known.has(item.broughtByMembershipId)) options.push({ value: item.broughtByMembershipId, label: item.broughtByName ?? 'Person' });
  return (
    <form className="app-meeting-subform" noValidate onSubmit={submit} aria-label={item ? `Tagesordnungspunkt „${item.title}“ ändern` : 'Tagesordnungspunkt hinzufügen'}>
      {save.error && Object.keys(errors).length === 0 ? <ErrorAlert error={save.error} title="Nicht gespeichert" /> : null}
      <TextField id={`${prefix}-title`} label="Thema" required value={values.title} onChange={(event) => change({ title: event.target.value })} error={errors.title} />
      <TextAreaField
        id={`${prefix}-notes`}
        label="Notizen"
        optional
        hint="Ohne Namen von Familien oder Kindern."
        rows={3}
        value={values.notes}
        onChange={(event) => change({ notes: event.target.value })}
        error={errors.notes}
      />
      <SelectField
        id={`${prefix}-brought`}
        label="Eingebracht von"
        optional
        hint="Zählt für die Netzwerkarbeit auf vielen Schultern."
        options={options}
        value={values.broughtByMembershipId}
        onChange={(event) => change({ broughtByMembershipId: event.target.value })}
        error={errors.broughtByMembershipId}
      />
      <LinkPicker id={`${prefix}-needs`} kind="need" spaceIds={meeting.spaceIds} value={values.needIds} onChange={(needIds) => change({ needIds })} />
      {errors.needIds ? <p className="kern-error">{errors.needIds}</p> : null}
      <LinkPicker id={`${prefix}-services`} kind="service" spaceIds={meeting.spaceIds} value={values.serviceIds} onChange={(serviceIds) => change({ serviceIds })} />
      <LinkPicker id={`${prefix}-projects`} kind="project" spaceIds={meeting.spaceIds} value={values.projectIds} onChange={(projectIds) => change({ projectIds })} />
      <ButtonRow>
        <Button type="submit" busy={save.isPending}>
          {item ? 'Punkt speichern' : 'Punkt hinzufügen'}
        </Button>
        {item ? (
          <Button variant="tertiary" onClick={onDone}>
            Abbrechen
          </Button>
        ) : null}
      </ButtonRow>
    </form>
  );
}

/** The agenda: items in order, with who brought them and the needs, offers and projects they are about. */
export function MeetingAgenda({ meeting, paths }: { meeting: MeetingDetail; paths: EntryPaths }) {
  const teams = useMeetingTeams(meeting.editable ? meeting.spaceIds : []);
  const people = teamOptions(teams.map((t) => t.data), isoToBerlin(meeting.startsAt).day);
  const [editing, setEditing] = useState<string | null>(null);
  const [note, setNote] = useState('');
  // A new form after each added item: its searches start empty again.
  const [formKey, setFormKey] = useState(0);
  const remove = useRemoveAgendaItem(meeting.id);
  return (
    <section className="app-section" aria-labelledby="meeting-agenda-heading">
      <h2 className="kern-heading-medium" id="meeting-agenda-heading">
        Tagesordnung
      </h2>
      <div role="status">{note ? <Alert tone="success" title={note} role="none" /> : null}</div>
      {remove.error ? <ErrorAlert error={remove.error} title="Nicht entfernt" /> : null}
      {meeting.agenda.length === 0 ? (
        <p className="kern-body app-muted">Noch keine Tagesordnungspunkte.</p>
      ) : (
        <ol className="app-meeting-agenda">
          {meeting.agenda.map((item, index) => (
            <li key={item.id}>
              {editing === item.id ? (
                <AgendaItemForm meeting={meeting} item={item} people={people} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <h3 className="kern-heading-small">
                    {index + 1}. {item.title}
                  </h3>
                  {item.broughtByName ? <p className="kern-body kern-body--small app-muted">Eingebracht von {item.broughtByName}</p> : null}
                  {item.notes ? <p className="kern-body">{item.notes}</p> : null}
                  <Links kind="need" ids={item.needIds} path={paths.need} label="Bedarfe" />
                  <Links kind="service" ids={item.serviceIds} path={paths.service} label="Angebote" />
                  <Links kind="project" ids={item.projectIds} path={paths.project} label="Projekte" />
                  {meeting.editable ? (
                    <ButtonRow>
                      <Button variant="secondary" onClick={() => setEditing(item.id)}>
                        Ändern<span className="app-visually-hidden">: {item.title}</span>
                      </Button>
                      <Button
                        variant="tertiary"
                        busy={remove.isPending}
                        onClick={() => remove.mutate(item.id, { onSuccess: () => setNote(`„${item.title}“ wurde entfernt.`) })}
                      >
                        Entfernen<span className="app-visually-hidden">: {item.title}</span>
                      </Button>
                    </ButtonRow>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {meeting.editable ? (
        <>
          <h3 className="kern-heading-small">Punkt hinzufügen</h3>
          <AgendaItemForm
            key={formKey}
            meeting={meeting}
            people={people}
            onDone={() => {
              setNote('Der Tagesordnungspunkt wurde gespeichert.');
              setFormKey((k) => k + 1);
            }}
          />
        </>
      ) : null}
    </section>
  );
}

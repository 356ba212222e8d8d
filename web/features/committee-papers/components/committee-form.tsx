import { useEffect, useRef, useState, type FormEvent } from 'react';
import { committeeKindLabels, committeeKinds, type Committee, type CommitteeKind } from '../../../../common/api/committee-papers';
import { ApiError, fieldErrorsOf } from '../../../components/api/api-error';
import { ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useCreateCommittee, useUpdateCommittee } from '../hooks/use-committee-papers';

const id = 'committee';

const targets: FieldTargets = {
  name: { label: 'Name', targetId: `${id}-name` },
  shortName: { label: 'Kurzname', targetId: `${id}-short-name` },
  kind: { label: 'Art', targetId: `${id}-kind` },
};

type CommitteeFormProps = {
  /** The committee to change; without it a new one is created. */
  committee: Committee | null;
  onSaved: (committee: Committee, created: boolean) => void;
  onCancel: () => void;
};

/** Creating or renaming a committee (Gremium) or an administration unit (Verwaltungsbereich). */
export function CommitteeForm({ committee, onSaved, onCancel }: CommitteeFormProps) {
  const [name, setName] = useState(committee?.name ?? '');
  const [shortName, setShortName] = useState(committee?.shortName ?? '');
  const [kind, setKind] = useState<CommitteeKind>(committee?.kind ?? 'committee');
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const create = useCreateCommittee();
  const update = useUpdateCommittee();
  const save = committee ? update : create;
  const error = clientError ?? save.error;
  const errors = fieldErrorsOf(error);
  const errorRef = useRef<HTMLDivElement>(null);

  // The form opens below the table: the first field gets the focus.
  useEffect(() => document.getElementById(`${id}-name`)?.focus(), [committee?.id]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const changed = () => {
    setClientError(null);
    if (save.error) save.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    if (name.trim().length < 2) {
      setClientError(new ApiError({ status: 400, code: 'INVALID_INPUT', title: 'Nicht gespeichert', fieldErrors: [{ field: 'name', message: 'Bitte einen Namen angeben (mindestens 2 Zeichen).' }] }));
      return;
    }
    const body = { name: name.trim(), shortName: shortName.trim() || null, kind };
    if (committee) update.mutate({ id: committee.id, body }, { onSuccess: (saved) => onSaved(saved, false) });
    else create.mutate(body, { onSuccess: (saved) => onSaved(saved, true) });
  };

  const title = committee ? `${committee.name} bearbeiten` : 'Gremium oder Verwaltungsbereich anlegen';
  return (
    <form className="app-form app-subform" noValidate onSubmit={submit} aria-labelledby={`${id}-form-heading`}>
      <h3 className="kern-heading-small" id={`${id}-form-heading`}>
        {title}
      </h3>
      {error ? (
        <div ref={errorRef} tabIndex={-1} className="app-focus-target">
          <ErrorAlert error={error} fields={targets} title="Nicht gespeichert" />
        </div>
      ) : null}
      <div className="app-field-row">
        <TextField
          id={`${id}-name`}
          label="Name"
          required
          hint="z. B. „Jugendhilfeausschuss“ oder „Fachbereich Jugend“"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            changed();
          }}
          error={errors.name}
        />
        <TextField
          id={`${id}-short-name`}
          label="Kurzname"
          optional
          hint="z. B. „JHA“"
          value={shortName}
          onChange={(event) => {
            setShortName(event.target.value);
            changed();
          }}
          error={errors.shortName}
        />
        <SelectField
          id={`${id}-kind`}
          label="Art"
          hint="Gremien beraten Vorlagen, Verwaltungsbereiche sind für sie zuständig."
          options={committeeKinds.map((k) => ({ value: k, label: committeeKindLabels[k] }))}
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as CommitteeKind);
            changed();
          }}
          error={errors.kind}
        />
      </div>
      <ButtonRow>
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? 'Wird gespeichert …' : committee ? 'Änderungen speichern' : 'Anlegen'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

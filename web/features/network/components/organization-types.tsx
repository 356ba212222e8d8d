import { useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { Alert, ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import type { OrganizationType } from '../api/organizations-api';
import { useCreateOrganizationType } from '../hooks/use-organizations';

const fields: FieldTargets = {
  code: { label: 'Kürzel', targetId: 'organization-type-code' },
  label: { label: 'Bezeichnung', targetId: 'organization-type-label' },
};

/** Admins: the office's types of organisation, and a form to add one (built-in types stay as they are). */
export function OrganizationTypes({ types }: { types: OrganizationType[] }) {
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const create = useCreateOrganizationType();
  const errors = fieldErrorsOf(create.error);
  const added = types.filter((t) => !t.builtIn);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(
      { code: code.trim(), label: label.trim() },
      {
        onSuccess: () => {
          setCode('');
          setLabel('');
        },
      },
    );
  };
  const change = (setter: (value: string) => void) => (event: { target: { value: string } }) => {
    setter(event.target.value);
    create.reset();
  };

  return (
    <div className="app-section">
      <p className="kern-body">
        Vorgegeben sind {types.filter((t) => t.builtIn).length} Arten.{' '}
        {added.length ? `Hinzugefügt: ${added.map((t) => `${t.label} (${t.code})`).join(', ')}.` : 'Ihr Jugendamt hat noch keine eigenen Arten hinzugefügt.'}
      </p>
      <form className="app-form app-narrow app-subform" noValidate onSubmit={submit} aria-labelledby="organization-type-heading">
        <h3 className="kern-heading-small" id="organization-type-heading">
          Art hinzufügen
        </h3>
        {create.isSuccess ? <Alert tone="success" title={`Art „${create.data.label}“ hinzugefügt`} /> : null}
        {create.error ? <ErrorAlert error={create.error} fields={fields} title="Nicht hinzugefügt" /> : null}
        <TextField
          id="organization-type-code"
          name="code"
          label="Kürzel"
          hint="Für Schnittstellen: Kleinbuchstaben, Ziffern und _, z. B. music_school."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={code}
          onChange={change(setCode)}
          error={errors.code}
        />
        <TextField
          id="organization-type-label"
          name="label"
          label="Bezeichnung"
          hint="So erscheint die Art in Listen, z. B. Musikschule."
          autoComplete="off"
          value={label}
          onChange={change(setLabel)}
          error={errors.label}
        />
        <div>
          <Button type="submit" busy={create.isPending}>
            Art hinzufügen
          </Button>
        </div>
      </form>
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { AccountRole } from '../../../../common/roles';
import { accountRoles } from '../../../../common/roles';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox';
import { TextField } from '../../../components/ui/text-field';
import type { CreatedUser } from '../api/accounts-api';
import { useCreateUser } from '../hooks/use-users';
import { roleOptions } from './role-labels';

const fields: FieldTargets = {
  email: { label: 'E-Mail', targetId: 'user-email' },
  displayName: { label: 'Name', targetId: 'user-display-name' },
  roles: { label: 'Rollen', targetId: `user-roles-${accountRoles[0]}` },
  password: { label: 'Passwort', targetId: 'user-password' },
};

type CreateUserFormProps = { onCreated: (created: CreatedUser) => void; cancelPath: string };

export function CreateUserForm({ onCreated, cancelPath }: CreateUserFormProps) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<AccountRole[]>([]);
  const [password, setPassword] = useState('');
  const create = useCreateUser();
  const errors = fieldErrorsOf(create.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate({ email, displayName, roles, ...(password ? { password } : {}) }, { onSuccess: onCreated });
  };

  return (
    <form className="app-form" noValidate onSubmit={submit} aria-label="Neues Konto">
      {create.error ? <ErrorAlert error={create.error} fields={fields} /> : null}
      <TextField
        id="user-email"
        name="email"
        label="E-Mail"
        hint="Dienstliche Adresse; sie ist zugleich der Anmeldename."
        type="email"
        inputMode="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email}
      />
      <TextField
        id="user-display-name"
        name="displayName"
        label="Name"
        hint="So erscheint die Person in Listen und im Protokoll."
        autoComplete="off"
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        error={errors.displayName}
      />
      <CheckboxGroup
        id="user-roles"
        name="roles"
        legend="Rollen"
        hint="Mindestens eine Rolle. Die Rolle bestimmt, was die Person in sozialraum tun darf."
        options={roleOptions}
        value={roles}
        onChange={setRoles}
        error={errors.roles}
      />
      <TextField
        id="user-password"
        name="password"
        label="Passwort"
        optional
        hint="Leer lassen, dann erzeugt sozialraum ein sicheres Passwort und zeigt es einmalig an. Sonst mindestens 12 Zeichen."
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      <ButtonRow>
        <Button type="submit" busy={create.isPending}>
          Konto anlegen
        </Button>
        <Link className="kern-btn kern-btn--tertiary" to={cancelPath}>
          <span className="kern-label">Abbrechen</span>
        </Link>
      </ButtonRow>
    </form>
  );
}

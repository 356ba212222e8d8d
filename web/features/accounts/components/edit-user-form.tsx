import { useState, type FormEvent } from 'react';
import type { User } from '../../../../common/api/accounts';
import { accountRoles, type AccountRole } from '../../../../common/roles';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { Alert, ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox';
import { TextField } from '../../../components/ui/text-field';
import { useUpdateUser } from '../hooks/use-users';
import { roleOptions } from './role-labels';

const fields: FieldTargets = {
  displayName: { label: 'Name', targetId: 'edit-display-name' },
  roles: { label: 'Rollen', targetId: `edit-roles-${accountRoles[0]}` },
};

/** Name and roles of one account. Mount it with key={user.id}: the fields start from the user's values. */
export function EditUserForm({ user }: { user: User }) {
  const [displayName, setDisplayName] = useState(user.displayName);
  const [roles, setRoles] = useState<AccountRole[]>(user.roles);
  const update = useUpdateUser(user.id);
  const errors = fieldErrorsOf(update.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate({ displayName, roles });
  };

  return (
    <form className="app-form" noValidate onSubmit={submit} aria-labelledby="edit-user-heading">
      <h2 className="kern-heading-medium" id="edit-user-heading">
        Name und Rollen
      </h2>
      {update.isSuccess ? <Alert tone="success" title="Änderungen gespeichert" /> : null}
      {update.error ? <ErrorAlert error={update.error} fields={fields} /> : null}
      <TextField
        id="edit-display-name"
        name="displayName"
        label="Name"
        autoComplete="off"
        value={displayName}
        onChange={(e) => {
          setDisplayName(e.target.value);
          update.reset();
        }}
        error={errors.displayName}
      />
      <CheckboxGroup
        id="edit-roles"
        name="roles"
        legend="Rollen"
        hint="Mindestens eine Rolle."
        options={roleOptions}
        value={roles}
        onChange={(next) => {
          setRoles(next);
          update.reset();
        }}
        error={errors.roles}
      />
      <div>
        <Button type="submit" busy={update.isPending}>
          Änderungen speichern
        </Button>
      </div>
    </form>
  );
}

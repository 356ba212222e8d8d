import type { FormEvent } from 'react';
import { Checkbox } from '../../../components/ui/checkbox';
import { TextField } from '../../../components/ui/text-field';
import type { UserFilter } from '../api/accounts-api';

type UserSearchProps = { value: UserFilter; onChange: (filter: UserFilter) => void };

/** Filters the list as one types; the form only exists so that Enter does nothing surprising. */
export function UserSearch({ value, onChange }: UserSearchProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => event.preventDefault();
  return (
    <search className="app-filter">
      <form className="app-filter__form" onSubmit={submit}>
        <TextField
          id="users-search"
          name="q"
          type="search"
          label="Suche"
          hint="Name oder E-Mail-Adresse"
          autoComplete="off"
          value={value.q}
          onChange={(e) => onChange({ ...value, q: e.target.value })}
        />
        <Checkbox
          id="users-include-inactive"
          name="includeInactive"
          label="Deaktivierte Konten anzeigen"
          checked={value.includeInactive}
          onChange={(e) => onChange({ ...value, includeInactive: e.target.checked })}
        />
      </form>
    </search>
  );
}

import type { FormEvent } from 'react';
import { SelectField, type SelectOption } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';

export type OrganizationFilterValues = { q: string; type: string; spaceId: string };

type OrganizationFilterProps = {
  value: OrganizationFilterValues;
  onChange: (value: OrganizationFilterValues) => void;
  types: SelectOption[];
  spaces: SelectOption[];
};

/** Search and two selects; the list below follows as one types or chooses (there is no submit button). */
export function OrganizationFilter({ value, onChange, types, spaces }: OrganizationFilterProps) {
  const set = (key: keyof OrganizationFilterValues) => (event: { target: { value: string } }) =>
    onChange({ ...value, [key]: event.target.value });
  return (
    <search className="app-filter" aria-label="Organisationen filtern">
      <form className="app-filter__form" onSubmit={(event: FormEvent) => event.preventDefault()}>
        <TextField
          id="organization-search"
          name="q"
          type="search"
          label="Suche"
          hint="Name oder Kurzname, z. B. Familienzentrum"
          autoComplete="off"
          value={value.q}
          onChange={set('q')}
        />
        <SelectField
          id="organization-type"
          name="type"
          label="Art"
          hint="Träger, Schule, Kita, Verein …"
          options={[{ value: '', label: 'Alle Arten' }, ...types]}
          value={value.type}
          onChange={set('type')}
        />
        <SelectField
          id="organization-space"
          name="spaceId"
          label="Sozialraum"
          hint="Wo die Organisation arbeitet"
          options={[{ value: '', label: 'Alle Sozialräume' }, ...spaces]}
          value={value.spaceId}
          onChange={set('spaceId')}
        />
      </form>
    </search>
  );
}

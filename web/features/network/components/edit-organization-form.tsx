import { useState, type FormEvent } from 'react';
import type { Organization } from '../../../../common/api/network';
import { fieldErrorsOf, type ApiError } from '../../../components/api/api-error';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import type { CheckboxOption } from '../../../components/ui/checkbox';
import { useOrganizations, useOrganizationTypes, useUpdateOrganization } from '../hooks/use-organizations';
import { invalidInput } from './form-errors';
import { OrganizationFields, organizationFieldTargets, organizationFieldValues, toOrganizationBody, type OrganizationFieldValues } from './organization-fields';

type EditOrganizationFormProps = {
  organization: Organization;
  spaces: CheckboxOption<string>[];
  onSaved: (organization: Organization) => void;
  onCancel: () => void;
};

/** Every field of an organisation; the fields start from the values it is mounted with. */
export function EditOrganizationForm({ organization, spaces, onSaved, onCancel }: EditOrganizationFormProps) {
  const [values, setValues] = useState<OrganizationFieldValues>(() => organizationFieldValues(organization));
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const update = useUpdateOrganization(organization.id);
  const types = useOrganizationTypes(undefined);
  const parents = useOrganizations({});
  const error = clientError ?? update.error;
  const errors = fieldErrorsOf(error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const { body, errors: wrong } = toOrganizationBody(values);
    if (wrong.length) {
      update.reset();
      setClientError(invalidInput(wrong));
      return;
    }
    setClientError(null);
    update.mutate(body, { onSuccess: onSaved });
  };

  return (
    <form className="app-form app-narrow" noValidate onSubmit={submit} aria-label={`${organization.name} bearbeiten`} id="edit-organization-form">
      {error ? <ErrorAlert error={error} fields={organizationFieldTargets('edit-organization', spaces[0]?.value)} title="Nicht gespeichert" /> : null}
      <OrganizationFields
        idPrefix="edit-organization"
        values={values}
        onChange={(next) => {
          setValues(next);
          setClientError(null);
          update.reset();
        }}
        errors={errors}
        types={(types.data ?? []).map((t) => ({ value: t.code, label: t.label }))}
        parents={(parents.data ?? []).filter((o) => o.id !== organization.id).map((o) => ({ value: o.id, label: o.name }))}
        spaces={spaces}
      />
      <ButtonRow>
        <Button type="submit" busy={update.isPending}>
          Änderungen speichern
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

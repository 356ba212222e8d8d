import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Organization } from '../../../../common/api/network';
import { fieldErrorsOf, type ApiError } from '../../../components/api/api-error';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import type { CheckboxOption } from '../../../components/ui/checkbox';
import { useCreateOrganization, useOrganizations, useOrganizationTypes } from '../hooks/use-organizations';
import { invalidInput } from './form-errors';
import {
  emptyOrganizationFields,
  OrganizationFields,
  organizationFieldTargets,
  toOrganizationBody,
  type OrganizationFieldValues,
} from './organization-fields';

type CreateOrganizationFormProps = {
  organizationPath: (id: string) => string;
  /** The office's spaces, to tick where the organisation works. */
  spaces: CheckboxOption<string>[];
};

export function CreateOrganizationForm({ organizationPath, spaces }: CreateOrganizationFormProps) {
  const [values, setValues] = useState<OrganizationFieldValues>(emptyOrganizationFields);
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<Organization | null>(null);
  const create = useCreateOrganization();
  const types = useOrganizationTypes(undefined);
  const parents = useOrganizations({});
  const error = clientError ?? create.error;
  const errors = fieldErrorsOf(error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    setCreated(null);
    const { body, errors: wrong } = toOrganizationBody(values);
    if (wrong.length) {
      create.reset();
      setClientError(invalidInput(wrong));
      return;
    }
    setClientError(null);
    create.mutate(body, {
      onSuccess: (organization) => {
        setCreated(organization);
        setValues(emptyOrganizationFields);
      },
    });
  };

  return (
    <form className="app-form app-narrow" noValidate onSubmit={submit} aria-label="Neue Organisation">
      {created ? (
        <Alert tone="success" title={`Organisation „${created.name}“ angelegt`}>
          <p className="kern-body">
            <Link className="kern-link" to={organizationPath(created.id)}>
              Zur Seite von {created.name}
            </Link>
          </p>
        </Alert>
      ) : null}
      {error ? <ErrorAlert error={error} fields={organizationFieldTargets('new-organization', spaces[0]?.value)} title="Nicht angelegt" /> : null}
      <OrganizationFields
        idPrefix="new-organization"
        values={values}
        onChange={(next) => {
          setValues(next);
          setClientError(null);
          create.reset();
        }}
        errors={errors}
        types={(types.data ?? []).map((t) => ({ value: t.code, label: t.label }))}
        parents={(parents.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        spaces={spaces}
      />
      <div>
        <Button type="submit" busy={create.isPending}>
          Organisation anlegen
        </Button>
      </div>
    </form>
  );
}

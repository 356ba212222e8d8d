import { useState, type FormEvent } from 'react';
import type { SocialSpace } from '../../../../common/api/social-spaces';
import { ApiError, fieldErrorsOf } from '../../../components/api/api-error';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { useUpdateSpace } from '../hooks/use-social-spaces';
import { SpaceFields, spaceFieldTargets, spaceFieldValues, toSpaceBody, type SpaceFieldValues } from './space-fields';

const fields = spaceFieldTargets('edit-space');

type EditSpaceFormProps = { space: SocialSpace; onSaved: (space: SocialSpace) => void; onCancel: () => void };

/** Name, code, description, population and colour of a space. The boundary changes by import or on the admin page. */
export function EditSpaceForm({ space, onSaved, onCancel }: EditSpaceFormProps) {
  const [values, setValues] = useState<SpaceFieldValues>(() => spaceFieldValues(space));
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const update = useUpdateSpace(space.id);
  const error = clientError ?? update.error;
  const errors = fieldErrorsOf(error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const { body, errors: wrong } = toSpaceBody(values);
    if (wrong.length) {
      setClientError(new ApiError({ status: 400, code: 'INVALID_INPUT', title: 'Ungültige Eingabe', fieldErrors: wrong }));
      return;
    }
    setClientError(null);
    update.mutate(body, { onSuccess: onSaved });
  };

  return (
    <form className="app-form app-narrow" noValidate onSubmit={submit} aria-label={`${space.name} bearbeiten`} id="edit-space-form">
      {error ? <ErrorAlert error={error} fields={fields} /> : null}
      <SpaceFields
        idPrefix="edit-space"
        values={values}
        onChange={(next) => {
          setValues(next);
          setClientError(null);
          update.reset();
        }}
        errors={errors}
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

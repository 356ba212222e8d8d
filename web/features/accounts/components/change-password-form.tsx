import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrorsOf } from '../../../components/api/api-error';
import { Alert, ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { useChangeOwnPassword } from '../hooks/use-session-mutations';

const fields: FieldTargets = {
  currentPassword: { label: 'Bisheriges Passwort', targetId: 'password-current' },
  newPassword: { label: 'Neues Passwort', targetId: 'password-new' },
  repeat: { label: 'Neues Passwort wiederholen', targetId: 'password-repeat' },
};

const empty = { currentPassword: '', newPassword: '', repeat: '' };

export function ChangePasswordForm() {
  const [values, setValues] = useState(empty);
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const change = useChangeOwnPassword();
  const error = clientError ?? change.error;
  const errors = fieldErrorsOf(error);

  const set = (key: keyof typeof empty) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [key]: event.target.value }));
    setDone(false);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    change.reset();
    setDone(false);
    if (values.newPassword !== values.repeat) {
      const message = 'Die Wiederholung stimmt nicht mit dem neuen Passwort überein.';
      setClientError(
        new ApiError({ status: 400, code: 'INVALID_INPUT', title: 'Ungültige Eingabe', fieldErrors: [{ field: 'repeat', message }] }),
      );
      return;
    }
    setClientError(null);
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          setValues(empty);
          setDone(true);
        },
      },
    );
  };

  return (
    <form className="app-form" noValidate onSubmit={submit} aria-labelledby="change-password-heading">
      <h2 className="kern-heading-medium" id="change-password-heading">
        Passwort ändern
      </h2>
      {done ? (
        <Alert tone="success" title="Passwort geändert">
          <p className="kern-body">Ihr neues Passwort gilt ab sofort. Andere Sitzungen Ihres Kontos wurden beendet.</p>
        </Alert>
      ) : null}
      {error ? <ErrorAlert error={error} fields={fields} /> : null}
      <TextField
        id="password-current"
        name="currentPassword"
        label="Bisheriges Passwort"
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={set('currentPassword')}
        error={errors.currentPassword}
      />
      <TextField
        id="password-new"
        name="newPassword"
        label="Neues Passwort"
        hint="Mindestens 12 Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten."
        type="password"
        autoComplete="new-password"
        value={values.newPassword}
        onChange={set('newPassword')}
        error={errors.newPassword}
      />
      <TextField
        id="password-repeat"
        name="repeat"
        label="Neues Passwort wiederholen"
        type="password"
        autoComplete="new-password"
        value={values.repeat}
        onChange={set('repeat')}
        error={errors.repeat}
      />
      <div>
        <Button type="submit" busy={change.isPending}>
          Passwort ändern
        </Button>
      </div>
    </form>
  );
}

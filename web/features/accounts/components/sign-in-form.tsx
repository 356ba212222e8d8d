import { useState, type FormEvent } from 'react';
import type { Me } from '../../../../common/api/accounts';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { useSignIn } from '../hooks/use-session-mutations';

const fields: FieldTargets = {
  email: { label: 'E-Mail', targetId: 'sign-in-email' },
  password: { label: 'Passwort', targetId: 'sign-in-password' },
};

/** Signs in; the signed-in account lands in the query cache, so the page can move on by itself. */
export function SignInForm({ onSignedIn }: { onSignedIn?: (account: Me) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();
  const errors = fieldErrorsOf(signIn.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    signIn.mutate({ email, password }, { onSuccess: (account) => onSignedIn?.(account) });
  };

  return (
    <form className="app-form" noValidate onSubmit={submit} aria-label="Anmeldung">
      {signIn.error ? <ErrorAlert error={signIn.error} fields={fields} /> : null}
      <TextField
        id="sign-in-email"
        name="email"
        label="E-Mail"
        type="email"
        inputMode="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email}
      />
      <TextField
        id="sign-in-password"
        name="password"
        label="Passwort"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      <div>
        <Button type="submit" busy={signIn.isPending}>
          Anmelden
        </Button>
      </div>
    </form>
  );
}

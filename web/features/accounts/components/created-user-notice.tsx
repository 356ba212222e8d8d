import { useEffect, useRef, type ReactNode } from 'react';
import type { CreatedUser } from '../api/accounts-api';
import { Alert } from '../../../components/ui/alert';
import { GeneratedPassword } from './generated-password';

type CreatedUserNoticeProps = { created: CreatedUser; actions: ReactNode };

/** Confirms a new account; takes focus because the form that had it is gone. */
export function CreatedUserNotice({ created, actions }: CreatedUserNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const { user, generatedPassword } = created;
  return (
    <div className="app-stack app-focus-target" ref={ref} tabIndex={-1}>
      <Alert tone="success" title="Konto angelegt">
        <p className="kern-body">
          Das Konto für {user.displayName} ({user.email}) ist angelegt und sofort aktiv.
          {generatedPassword ? '' : ' Es gilt das Passwort, das Sie vergeben haben.'}
        </p>
      </Alert>
      {generatedPassword ? (
        <GeneratedPassword id="created-password-value" password={generatedPassword} accountLabel={user.email} />
      ) : null}
      {actions}
    </div>
  );
}

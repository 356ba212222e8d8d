import { useState } from 'react';
import { Link } from 'react-router';
import { Button, ButtonRow } from '../../components/ui/button';
import { PageHeading } from '../../components/ui/page-heading';
import type { CreatedUser } from '../../features/accounts/api/accounts-api';
import { CreateUserForm } from '../../features/accounts/components/create-user-form';
import { CreatedUserNotice } from '../../features/accounts/components/created-user-notice';
import { paths } from '../paths';

export function NewUserPage() {
  const [created, setCreated] = useState<CreatedUser | null>(null);
  return (
    <div className="app-stack app-narrow">
      <PageHeading
        title="Neues Konto"
        preline="Verwaltung"
        lead="Legen Sie ein Konto für eine Person aus Ihrem Jugendamt oder von einem Träger an."
      />
      {created ? (
        <CreatedUserNotice
          created={created}
          actions={
            <ButtonRow>
              <Link className="kern-btn kern-btn--primary" to={paths.user(created.user.id)}>
                <span className="kern-label">Konto öffnen</span>
              </Link>
              <Button variant="secondary" onClick={() => setCreated(null)}>
                Weiteres Konto anlegen
              </Button>
              <Link className="kern-btn kern-btn--tertiary" to={paths.users}>
                <span className="kern-label">Zurück zur Kontenliste</span>
              </Link>
            </ButtonRow>
          }
        />
      ) : (
        <CreateUserForm onCreated={setCreated} cancelPath={paths.users} />
      )}
    </div>
  );
}

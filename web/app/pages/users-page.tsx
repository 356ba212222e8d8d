import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ui/alert';
import { ButtonLink } from '../../components/ui/button';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { UserSearch } from '../../features/accounts/components/user-search';
import { UsersTable } from '../../features/accounts/components/users-table';
import { useUsers } from '../../features/accounts/hooks/use-users';
import { paths } from '../paths';

const countLabel = (n: number) => (n === 1 ? '1 Konto' : `${n} Konten`);

export function UsersPage() {
  const [params, setParams] = useSearchParams();
  // The search text lives in the component while typing and goes into the address once typing pauses.
  const [q, setQ] = useState(params.get('q') ?? '');
  const includeInactive = params.get('deaktivierte') === 'ja';
  const query = useDebouncedValue(q, 250);
  const users = useUsers({ q: query, includeInactive });

  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (query.trim()) next.set('q', query.trim());
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [query, setParams]);

  const setIncludeInactive = (value: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set('deaktivierte', 'ja');
        else next.delete('deaktivierte');
        return next;
      },
      { replace: true },
    );

  return (
    <div className="app-stack">
      <PageHeading title="Konten" preline="Verwaltung" lead="Wer sich bei sozialraum anmelden darf und mit welchen Rollen." />
      <div>
        <ButtonLink to={paths.newUser}>Konto anlegen</ButtonLink>
      </div>

      <UserSearch
        value={{ q, includeInactive }}
        onChange={(filter) => {
          setQ(filter.q);
          if (filter.includeInactive !== includeInactive) setIncludeInactive(filter.includeInactive);
        }}
      />

      <section className="app-section" aria-labelledby="users-heading">
        <h2 className="kern-heading-medium" id="users-heading">
          Kontenliste
        </h2>
        {users.isPending ? (
          <LoadingIndicator label="Konten werden geladen …" />
        ) : users.isError ? (
          <ErrorAlert error={users.error} />
        ) : (
          <>
            <p className="kern-body" role="status">
              {countLabel(users.data.length)}
              {includeInactive ? ' (einschließlich deaktivierter)' : ''}
              {query.trim() ? ` für „${query.trim()}“` : ''}
            </p>
            <UsersTable users={users.data} detailPath={paths.user} />
          </>
        )}
      </section>

      <section className="app-section" aria-labelledby="backup-heading">
        <h2 className="kern-heading-medium" id="backup-heading">
          Sicherung
        </h2>
        <p className="kern-body">
          Die Sicherung enthält die gesamte Datenbank als komprimierte Datei. Sie enthält personenbezogene Daten: Bewahren
          Sie sie geschützt auf. Das Herunterladen wird im Protokoll vermerkt.
        </p>
        <div>
          {/* A plain link: the browser downloads the file with the session cookie. */}
          <a className="kern-btn kern-btn--secondary" href={paths.backup} download>
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            <span className="kern-label">Sicherung herunterladen</span>
          </a>
        </div>
      </section>
    </div>
  );
}

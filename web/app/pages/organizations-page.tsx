import { useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { formatInteger } from '../../components/format/format-number';
import { Alert, ErrorAlert } from '../../components/ui/alert';
import { ButtonLink } from '../../components/ui/button';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { hasAnyRole, isAdmin, useMe } from '../../features/accounts/hooks/use-me';
import { OrganizationFilter } from '../../features/network/components/organization-filter';
import { OrganizationTypes } from '../../features/network/components/organization-types';
import { OrganizationsTable } from '../../features/network/components/organizations-table';
import { useOrganizations, useOrganizationTypes } from '../../features/network/hooks/use-organizations';
import { usePublicOffices } from '../../features/offices/hooks/use-offices';
import { useSocialSpaces } from '../../features/social-spaces/hooks/use-social-spaces';
import { paths } from '../paths';
import { networkManagerRoles } from '../roles';

const countLabel = (n: number) => (n === 1 ? '1 Organisation' : `${formatInteger(n)} Organisationen`);

/** The name of an organisation that was just deleted, handed over by its page. */
function deletedName(state: unknown): string | null {
  const name = state && typeof state === 'object' ? (state as Record<string, unknown>).deleted : undefined;
  return typeof name === 'string' ? name : null;
}

export function OrganizationsPage() {
  const { data: account } = useMe();
  // Signed in: the user's own office. Otherwise the first office of the installation (usually the only one).
  const offices = usePublicOffices({ enabled: !account });
  const office = account ? account.office : offices.data?.[0];
  const officeCode = account ? undefined : office?.code;
  const [params, setParams] = useSearchParams();
  // The search text lives in the component while typing and goes into the address once typing pauses.
  const [q, setQ] = useState(params.get('q') ?? '');
  const query = useDebouncedValue(q, 250).trim();
  const type = params.get('art') ?? '';
  const spaceId = params.get('sozialraum') ?? '';
  const organizations = useOrganizations({ office: officeCode, q: query, type, spaceId }, { enabled: Boolean(office) });
  const types = useOrganizationTypes(officeCode, { enabled: Boolean(office) });
  const spaces = useSocialSpaces(office?.code, { enabled: Boolean(office) });
  const canManage = hasAnyRole(account, networkManagerRoles);
  const deleted = deletedName(useLocation().state);

  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (query) next.set('q', query);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [query, setParams]);

  const setParam = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const spaceNames = new Map((spaces.data ?? []).map((s) => [s.id, s.name]));
  const error = offices.error ?? organizations.error;
  const filtered = Boolean(query || type || spaceId);

  return (
    <div className="app-stack">
      <PageHeading
        title="Organisationen"
        preline={office?.name}
        lead="Jugendamt, freie Träger, Schulen, Kitas, Vereine und Beratungsstellen, die in den Sozialräumen zusammenarbeiten."
      />
      {deleted ? <Alert tone="success" title={`Organisation „${deleted}“ gelöscht`} /> : null}
      {canManage ? (
        <div>
          <ButtonLink to={paths.newOrganization} variant="secondary">
            Organisation anlegen
          </ButtonLink>
        </div>
      ) : null}

      <OrganizationFilter
        value={{ q, type, spaceId }}
        onChange={(next) => {
          setQ(next.q);
          if (next.type !== type) setParam('art', next.type);
          if (next.spaceId !== spaceId) setParam('sozialraum', next.spaceId);
        }}
        types={(types.data ?? []).map((t) => ({ value: t.code, label: t.label }))}
        spaces={(spaces.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
      />

      <section className="app-section" aria-labelledby="organizations-heading">
        <h2 className="kern-heading-medium" id="organizations-heading">
          Liste der Organisationen
        </h2>
        {error ? (
          <ErrorAlert error={error} />
        ) : offices.data && offices.data.length === 0 ? (
          <p className="kern-body">In dieser Installation ist noch kein Jugendamt eingerichtet.</p>
        ) : !organizations.data ? (
          <LoadingIndicator label="Organisationen werden geladen …" />
        ) : (
          <>
            <p className="kern-body" role="status">
              {countLabel(organizations.data.length)}
              {filtered ? ' gefunden' : ''}
            </p>
            <OrganizationsTable organizations={organizations.data} organizationPath={paths.organization} spaceNames={spaceNames} />
          </>
        )}
      </section>

      {isAdmin(account) && types.data ? (
        <section className="app-section" aria-labelledby="organization-types-heading">
          <h2 className="kern-heading-medium" id="organization-types-heading">
            Arten von Organisationen
          </h2>
          <OrganizationTypes types={types.data} />
        </section>
      ) : null}
    </div>
  );
}

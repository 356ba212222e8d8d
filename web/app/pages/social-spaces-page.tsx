import { useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { formatInteger } from '../../components/format/format-number';
import { Alert, ErrorAlert } from '../../components/ui/alert';
import { ButtonLink } from '../../components/ui/button';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { usePublicOffices } from '../../features/offices/hooks/use-offices';
import { exportUrl } from '../../features/social-spaces/api/social-spaces-api';
import { BoundarySources } from '../../features/social-spaces/components/boundary-sources';
import { SpaceMap } from '../../features/social-spaces/components/space-map';
import { SpacesTable } from '../../features/social-spaces/components/spaces-table';
import { useSocialSpaces } from '../../features/social-spaces/hooks/use-social-spaces';
import { paths } from '../paths';
import { spaceManagerRoles } from '../roles';

const countLabel = (n: number) => (n === 1 ? '1 Sozialraum' : `${formatInteger(n)} Sozialräume`);

/** The name of a space that was just deleted, handed over by the space's page. */
function deletedName(state: unknown): string | null {
  const name = state && typeof state === 'object' ? (state as Record<string, unknown>).deleted : undefined;
  return typeof name === 'string' ? name : null;
}

export function SocialSpacesPage() {
  const { data: account } = useMe();
  // Signed in: the user's own office. Otherwise the first office of the installation (usually the only one).
  const offices = usePublicOffices({ enabled: !account });
  const publicOffice = offices.data?.[0];
  const office = account ? account.office : publicOffice;
  const spaces = useSocialSpaces(office?.code, { enabled: Boolean(office) });
  const canManage = hasAnyRole(account, spaceManagerRoles);
  const deleted = deletedName(useLocation().state);
  const [selection, setSelection] = useState<{ id: string; reveal: number } | null>(null);
  const selectionRef = useRef<HTMLDivElement>(null);
  const mapSectionRef = useRef<HTMLElement>(null);

  const selected = spaces.data?.find((s) => s.id === selection?.id);
  const showOnMap = (id: string) => {
    setSelection((current) => ({ id, reveal: (current?.reveal ?? 0) + 1 }));
    // From the list to the map: the map scrolls into view and the selection text under it takes focus, so that a
    // screen reader says what was chosen.
    window.setTimeout(() => {
      mapSectionRef.current?.scrollIntoView({ block: 'start' });
      selectionRef.current?.focus({ preventScroll: true });
    });
  };

  const error = offices.error ?? spaces.error;

  return (
    <div className="app-stack">
      <PageHeading
        title="Sozialräume"
        preline={office?.name}
        lead="Die Stadt ist in Sozialräume gegliedert. In jedem arbeitet ein Team aus Jugendamt, freien Trägern und Einrichtungen zusammen."
      />
      {deleted ? <Alert tone="success" title={`Sozialraum „${deleted}“ gelöscht`} /> : null}
      {canManage ? (
        <div>
          <ButtonLink to={paths.manageSocialSpaces} variant="secondary">
            Sozialräume verwalten
          </ButtonLink>
        </div>
      ) : null}

      {error ? (
        <ErrorAlert error={error} />
      ) : offices.data && offices.data.length === 0 ? (
        <p className="kern-body">In dieser Installation ist noch kein Jugendamt eingerichtet.</p>
      ) : !spaces.data ? (
        <LoadingIndicator label="Sozialräume werden geladen …" />
      ) : (
        <>
          <section className="app-section" aria-labelledby="map-heading" ref={mapSectionRef}>
            <h2 className="kern-heading-medium" id="map-heading">
              Karte
            </h2>
            <SpaceMap
              spaces={spaces.data}
              label="Karte der Sozialräume"
              note="Die Liste unter der Karte enthält dieselben Angaben. Ein Klick auf eine Fläche wählt den Sozialraum aus."
              selectedId={selection?.id ?? null}
              onSelect={(id) => setSelection((current) => ({ id, reveal: current?.reveal ?? 0 }))}
              revealKey={selection?.reveal ?? 0}
              fallbackRegion={publicOffice?.region}
            />
            <div className="app-map-selection app-focus-target" ref={selectionRef} tabIndex={-1} aria-live="polite">
              {selected ? (
                <p className="kern-body">
                  Ausgewählt: <strong>{selected.name}</strong> ({selected.code}
                  {selected.population === null ? '' : `, ${formatInteger(selected.population)} Einwohnerinnen und Einwohner`}
                  ).{' '}
                  <Link className="kern-link" to={paths.socialSpace(selected.id)}>
                    Zur Seite von {selected.name}
                  </Link>
                </p>
              ) : (
                <p className="kern-body app-muted">Noch kein Sozialraum ausgewählt.</p>
              )}
            </div>
            <BoundarySources spaces={spaces.data} />
          </section>

          <section className="app-section" aria-labelledby="list-heading">
            <h2 className="kern-heading-medium" id="list-heading">
              Liste der Sozialräume
            </h2>
            <p className="kern-body">{countLabel(spaces.data.length)}</p>
            <SpacesTable spaces={spaces.data} spacePath={paths.socialSpace} onShowOnMap={showOnMap} />
            <p className="kern-body">
              {/* A plain link: the server answers with a file to save. */}
              <a className="kern-link" href={exportUrl(office?.code)} download="sozialraeume.geojson">
                <span className="kern-icon kern-icon--download" aria-hidden="true" />
                Als GeoJSON herunterladen
              </a>
            </p>
          </section>
        </>
      )}
    </div>
  );
}

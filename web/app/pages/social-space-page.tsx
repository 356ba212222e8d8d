import { useMemo, type ComponentType } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { SocialSpace } from '../../../common/api/social-spaces';
import { isApiError } from '../../components/api/api-error';
import { ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { BoundarySources } from '../../features/social-spaces/components/boundary-sources';
import { ManageSpace } from '../../features/social-spaces/components/manage-space';
import { SpaceFacts } from '../../features/social-spaces/components/space-facts';
import { SpaceMap } from '../../features/social-spaces/components/space-map';
import { useSocialSpace } from '../../features/social-spaces/hooks/use-social-spaces';
import { paths } from '../paths';
import { spaceManagerRoles } from '../roles';

type SectionProps = { space: SocialSpace; onDeleted: (space: SocialSpace) => void };

type HubSection = {
  id: string;
  title: string;
  Content: ComponentType<SectionProps>;
  /** Shown only to the roles that manage social spaces. */
  managersOnly?: boolean;
};

function LocationSection({ space }: SectionProps) {
  // One array per space, not per render: a new array would redraw and refit the map.
  const spaces = useMemo(() => [space], [space]);
  return (
    <>
      <SpaceMap
        spaces={spaces}
        size="small"
        label={`Karte: Grenze von ${space.name}`}
        note="Die Karte zeigt nur die Grenze; Kürzel, Einwohnerzahl und Beschreibung stehen oben als Text."
      />
      <BoundarySources spaces={spaces} />
    </>
  );
}

// The page of a space is its hub. Each part is one section component that gets the space; Team, Organisationen
// and Verträge join this list as their features arrive.
const sections: HubSection[] = [
  { id: 'overview', title: 'Überblick', Content: ({ space }) => <SpaceFacts space={space} /> },
  { id: 'location', title: 'Lage', Content: LocationSection },
  { id: 'manage', title: 'Verwaltung', Content: ManageSpace, managersOnly: true },
];

export function SocialSpacePage() {
  const { id = '' } = useParams();
  const space = useSocialSpace(id);
  const { data: account } = useMe();
  const navigate = useNavigate();
  const canManage = hasAnyRole(account, spaceManagerRoles);
  // A malformed id is answered with INVALID_INPUT; for the reader both mean "there is no such space".
  const missing = isApiError(space.error) && (space.error.code === 'NOT_FOUND' || space.error.code === 'INVALID_INPUT');
  const s = space.data;
  const onDeleted = (deleted: SocialSpace) => navigate(paths.socialSpaces, { state: { deleted: deleted.name } });

  return (
    <div className="app-stack">
      {/* One heading element in every state, so that focus placed on it survives the loading. */}
      <PageHeading
        title={s ? s.name : missing ? 'Sozialraum nicht gefunden' : 'Sozialraum'}
        preline={s ? 'Sozialraum' : undefined}
        documentTitle={s ? `Sozialraum ${s.name}` : undefined}
      />
      {space.isPending ? (
        <LoadingIndicator label="Sozialraum wird geladen …" />
      ) : missing ? (
        <p className="kern-body">Unter dieser Adresse gibt es keinen Sozialraum.</p>
      ) : space.isError ? (
        <ErrorAlert error={space.error} />
      ) : s ? (
        sections
          .filter((section) => !section.managersOnly || canManage)
          .map(({ id: sectionId, title, Content }) => (
            <section key={sectionId} className="app-section" aria-labelledby={`space-${sectionId}-heading`}>
              <h2 className="kern-heading-medium" id={`space-${sectionId}-heading`}>
                {title}
              </h2>
              <Content space={s} onDeleted={onDeleted} />
            </section>
          ))
      ) : null}
      <p className="kern-body">
        <Link className="kern-link" to={paths.socialSpaces}>
          Alle Sozialräume
        </Link>
      </p>
    </div>
  );
}

import { useMemo, type ComponentType } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { SocialSpace } from '../../../common/api/social-spaces';
import type { AccountRole } from '../../../common/roles';
import { isApiError } from '../../components/api/api-error';
import { ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, isAdmin, useMe } from '../../features/accounts/hooks/use-me';
import { useUsers } from '../../features/accounts/hooks/use-users';
import { ContractsPanel } from '../../features/network/components/contracts-panel';
import { SpaceOrganizations } from '../../features/network/components/space-organizations';
import { TeamPanel } from '../../features/network/components/team-panel';
import { SpaceShoulders } from '../../features/network-analysis/components/space-shoulders';
import { networkAnalysisPaths } from '../../features/network-analysis/network-analysis-paths';
import { SpaceNeedsSummary } from '../../features/needs/components/space-needs-summary';
import { SpaceProjects } from '../../features/projects/components/project-mentions';
import { SpaceConsultationCounts, SpaceLastConsultation } from '../../features/case-consultations/components/space-consultations';
import { SpaceNextMeeting } from '../../features/meetings/components/space-meetings';
import { projectPaths } from '../../features/projects/project-paths';
import { useTeam } from '../../features/network/hooks/use-team';
import { BoundarySources } from '../../features/social-spaces/components/boundary-sources';
import { ManageSpace } from '../../features/social-spaces/components/manage-space';
import { SpaceFacts } from '../../features/social-spaces/components/space-facts';
import { SpaceMap } from '../../features/social-spaces/components/space-map';
import { useSocialSpace } from '../../features/social-spaces/hooks/use-social-spaces';
import { paths } from '../paths';
import { consultationReaderRoles, consultationStaffRoles, gapReaderRoles, meetingRoles, needRecorderRoles, networkAnalysisReaderRoles, networkManagerRoles, projectReaderRoles, spaceManagerRoles } from '../roles';

type SectionProps = { space: SocialSpace; onDeleted: (space: SocialSpace) => void };

type HubSection = {
  id: string;
  title: string;
  Content: ComponentType<SectionProps>;
  /** Shown only to the roles that manage social spaces. */
  managersOnly?: boolean;
  /** Shown only to those the server lets read the space's team and contracts (managers and the team itself). */
  teamOnly?: boolean;
  /** Shown only to these account roles. */
  roles?: readonly AccountRole[];
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

function OrganizationsSection({ space }: SectionProps) {
  return <SpaceOrganizations space={space} organizationPath={paths.organization} />;
}

function TeamSection({ space }: SectionProps) {
  const { data: account } = useMe();
  // Linking a member to an account needs the list of accounts, which only admins may read.
  const admin = isAdmin(account);
  const users = useUsers({ q: '', includeInactive: false }, { enabled: admin });
  const accounts = admin && users.data ? users.data.map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` })) : null;
  return <TeamPanel space={space} canManage={hasAnyRole(account, networkManagerRoles)} accounts={accounts} />;
}

function ContractsSection({ space }: SectionProps) {
  const { data: account } = useMe();
  return <ContractsPanel space={space} canManage={hasAnyRole(account, networkManagerRoles)} />;
}

function NeedsSection({ space }: SectionProps) {
  const { data: account } = useMe();
  const staff = hasAnyRole(account, needRecorderRoles);
  return (
    <SpaceNeedsSummary
      spaceId={space.id}
      gapsPath={paths.gaps}
      needsListPath={staff ? `${paths.needs}?spaceId=${encodeURIComponent(space.id)}` : null}
      homeVisitPath={staff ? paths.homeVisit : null}
    />
  );
}

function ProjectsSection({ space }: SectionProps) {
  return <SpaceProjects spaceId={space.id} projectPath={projectPaths.project} listPath={`${projectPaths.projects}?spaceId=${encodeURIComponent(space.id)}`} />;
}

function ShouldersSection({ space }: SectionProps) {
  return <SpaceShoulders spaceId={space.id} fullPath={networkAnalysisPaths.manyShouldersOf(space.id)} mapPath={networkAnalysisPaths.networkMapOf(space.id)} />;
}

function MeetingsSection({ space }: SectionProps) {
  const { data: account } = useMe();
  return (
    <>
      {hasAnyRole(account, meetingRoles) ? <SpaceNextMeeting spaceId={space.id} /> : null}
      {hasAnyRole(account, consultationStaffRoles) ? <SpaceLastConsultation spaceId={space.id} /> : null}
      <SpaceConsultationCounts spaceId={space.id} />
    </>
  );
}

// The page of a space is its hub. Each part is one section component that gets the space.
const sections: HubSection[] = [
  { id: 'overview', title: 'Überblick', Content: ({ space }) => <SpaceFacts space={space} /> },
  { id: 'location', title: 'Lage', Content: LocationSection },
  { id: 'organizations', title: 'Organisationen', Content: OrganizationsSection },
  { id: 'team', title: 'Team', Content: TeamSection, teamOnly: true },
  { id: 'contracts', title: 'Verträge und Stellen', Content: ContractsSection, teamOnly: true },
  { id: 'needs', title: 'Bedarfe und Lücken', Content: NeedsSection, roles: gapReaderRoles },
  { id: 'projects', title: 'Projekte und Maßnahmen', Content: ProjectsSection, roles: projectReaderRoles },
  { id: 'shoulders', title: 'Viele Schultern', Content: ShouldersSection, roles: networkAnalysisReaderRoles },
  { id: 'meetings', title: 'Netzwerktreffen und Beratungen', Content: MeetingsSection, roles: consultationReaderRoles },
  { id: 'manage', title: 'Verwaltung', Content: ManageSpace, managersOnly: true },
];

type TeamAccess = 'shown' | 'note' | 'hidden';

/**
 * Whether the team sections show. The server decides: it answers the team request for managers and for people on
 * the space's team today, and refuses everyone else (403). Visitors who are not signed in are not asked at all.
 */
function teamAccessOf(signedIn: boolean, team: { isSuccess: boolean; error: unknown }): TeamAccess {
  if (!signedIn) return 'hidden';
  if (team.isSuccess) return 'shown';
  if (!team.error) return 'hidden';
  if (isApiError(team.error) && team.error.status === 403) return 'note';
  if (isApiError(team.error) && (team.error.status === 401 || team.error.status === 404)) return 'hidden';
  // Anything else (no connection, a server error) shows in the section, where it can be read.
  return 'shown';
}

export function SocialSpacePage() {
  const { id = '' } = useParams();
  const space = useSocialSpace(id);
  const { data: account } = useMe();
  const navigate = useNavigate();
  const canManage = hasAnyRole(account, spaceManagerRoles);
  const team = useTeam(id, { enabled: Boolean(account) && space.isSuccess });
  const teamAccess = teamAccessOf(Boolean(account), team);
  const firstTeamSection = sections.find((section) => section.teamOnly)?.id;
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
          .filter((section) => (!section.managersOnly || canManage) && (!section.roles || hasAnyRole(account, section.roles)))
          .map(({ id: sectionId, title, Content, teamOnly }) =>
            teamOnly && teamAccess !== 'shown' ? (
              // Signed-in people outside the team learn once why there is no team here; others see nothing.
              teamAccess === 'note' && sectionId === firstTeamSection ? (
                <p key={sectionId} className="kern-body app-muted">
                  Team und Verträge sehen die Leitung und das Team dieses Sozialraums.
                </p>
              ) : null
            ) : (
              <section key={sectionId} className="app-section" aria-labelledby={`space-${sectionId}-heading`}>
                <h2 className="kern-heading-medium" id={`space-${sectionId}-heading`}>
                  {title}
                </h2>
                <Content space={s} onDeleted={onDeleted} />
              </section>
            ),
          )
      ) : null}
      <p className="kern-body">
        <Link className="kern-link" to={paths.socialSpaces}>
          Alle Sozialräume
        </Link>
      </p>
    </div>
  );
}

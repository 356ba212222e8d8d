import { contributionKindLabels, contributionKinds, type ContributionKind } from '../../../../common/meeting-terms';
import { organizationTypeLabels, teamRoleLabels } from '../../../../common/social-space-terms';

/** The German name of an organisation type; types the office added itself are shown as they are. */
export const organizationTypeLabel = (type: string | null): string =>
  type === null ? 'ohne Organisation' : type === 'grouped' ? 'weitere Arten (zusammengefasst, je unter 3 Personen)' : ((organizationTypeLabels as Record<string, string>)[type] ?? type);

export const teamRoleLabel = (role: string): string => (teamRoleLabels as Record<string, string>)[role] ?? role;

/** Short column headings for the four kinds of contribution (the long label goes into the table's note). */
export const contributionKindShort: Record<ContributionKind, string> = {
  meetingOrganised: 'Treffen organisiert',
  projectCarried: 'Projekte getragen',
  agendaItem: 'Tagesordnungs­punkte',
  needRecorded: 'Bedarfe erfasst',
};

/** "Gewichte: Netzwerktreffen organisiert 3, Projekt mitgetragen 3, Tagesordnungspunkt eingebracht 1, Bedarf aufgenommen 1" */
export const describeWeights = (weights: Record<ContributionKind, number>): string =>
  `Gewichte: ${contributionKinds.map((k) => `${contributionKindLabels[k]} ${String(weights[k]).replace('.', ',')}`).join(', ')}`;

/** "12,5" or "12" – a score as a German number. */
export const formatScore = (value: number): string => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(value);

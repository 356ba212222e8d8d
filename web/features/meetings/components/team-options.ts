import type { TeamMembership } from '../../../../common/api/network';
import { teamRoleLabels } from '../../../../common/social-space-terms';

/** People on the teams on a day (their membership began and has not ended), as select options. */
export function teamOptions(teams: readonly (readonly TeamMembership[] | undefined)[], on: string): { value: string; label: string }[] {
  const seen = new Set<string>();
  return teams
    .flatMap((t) => t ?? [])
    .filter((m) => m.validFrom <= on && (m.validTo === null || m.validTo >= on) && !seen.has(m.id) && seen.add(m.id))
    .map((m) => ({ value: m.id, label: [m.personName, teamRoleLabels[m.teamRole], m.organizationName].filter(Boolean).join(' · ') }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'));
}

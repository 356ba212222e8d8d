import { helpTypes, type HelpType } from '../../../common/meeting-terms';
import { type NetworkModel, teamRoleLabels, teamRoles } from '../../../common/social-space-terms';

// Pure rules of collegial case consultations: which required roles are missing, whether a participant's team
// membership fits, and the figures the committee sees.

const knownRoles = new Set<string>(teamRoles);
export const isTeamRole = (role: string): boolean => knownRoles.has(role);
const roleLabel = (role: string) => teamRoleLabels[role as keyof typeof teamRoleLabels] ?? role;

/**
 * The required roles nobody in the consultation had, in the order of the setting. Each role needs at least one
 * participant ("one provider_outpatient, one provider_residential": at least one each). The networker is required
 * only while the office's network model in force on that day is the networker model: after the source ended that
 * model (2017), a consultation without a networker is complete.
 */
export function missingConsultationRoles(required: readonly string[], participantRoles: readonly string[], model: NetworkModel | undefined): string[] {
  const present = new Set(participantRoles);
  return [...new Set(required)].filter((role) => (role !== 'networker' || model === 'networker') && !present.has(role));
}

export type MembershipFacts = { spaceId: string; teamRole: string; personName: string; validFrom: string; validTo: string | null };

/**
 * Why a named team membership cannot stand for a participant (undefined when it can): it must be on the
 * consultation's space team on that day and hold the role it is given for.
 */
export function membershipProblem(m: MembershipFacts | undefined, role: string, spaceId: string, heldOn: string): string | undefined {
  if (!m) return 'Mindestens eine der Personen gibt es nicht.';
  if (m.spaceId !== spaceId) return `${m.personName} ist nicht im Team dieses Sozialraums.`;
  if (m.validFrom > heldOn || (m.validTo !== null && heldOn > m.validTo)) return `${m.personName} war am Tag der Beratung nicht im Team dieses Sozialraums.`;
  if (m.teamRole !== role) return `${m.personName} hat im Team die Rolle „${roleLabel(m.teamRole)}“, nicht „${roleLabel(role)}“.`;
  return undefined;
}

export type ConsultationFacts = { missingRoles: readonly string[]; cases: readonly { helpType: HelpType; lowThresholdOfferFound: boolean }[] };

/** Counts over consultations: held, cases, help per type (all types listed), low-threshold found, missing roles. */
export function summarise(consultations: readonly ConsultationFacts[]) {
  const byHelp = new Map<HelpType, number>(helpTypes.map((h) => [h, 0]));
  const missing = new Map<string, number>();
  let cases = 0;
  let lowThreshold = 0;
  let withMissing = 0;
  for (const c of consultations) {
    cases += c.cases.length;
    for (const k of c.cases) {
      byHelp.set(k.helpType, (byHelp.get(k.helpType) ?? 0) + 1);
      if (k.lowThresholdOfferFound) lowThreshold += 1;
    }
    if (c.missingRoles.length) withMissing += 1;
    for (const role of new Set(c.missingRoles)) missing.set(role, (missing.get(role) ?? 0) + 1);
  }
  const roleOrder = (role: string) => (isTeamRole(role) ? teamRoles.indexOf(role as (typeof teamRoles)[number]) : teamRoles.length);
  return {
    consultations: consultations.length,
    cases,
    byHelpType: helpTypes.map((helpType) => ({ helpType, cases: byHelp.get(helpType) ?? 0 })),
    lowThresholdOfferFound: lowThreshold,
    consultationsWithMissingRoles: withMissing,
    missingByRole: [...missing].map(([teamRole, n]) => ({ teamRole, consultations: n })).sort((a, b) => roleOrder(a.teamRole) - roleOrder(b.teamRole)),
  };
}

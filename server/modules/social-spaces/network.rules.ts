import type { ContractKind, NetworkModel, PositionKind, TeamRole } from '../../../common/social-space-terms';
import { positionKindLabels } from '../../../common/social-space-terms';

// Pure rules of the network of actors: periods, contract overlaps by network model, and what a model requires.

export type Period = { validFrom: string; validTo: string | null };

/** Inclusive date periods (ISO dates compare as strings); an open end runs forever. */
export const overlaps = (a: Period, b: Period) =>
  (a.validTo === null || b.validFrom <= a.validTo) && (b.validTo === null || a.validFrom <= b.validTo);

export const activeOn = (p: Period, date: string) => p.validFrom <= date && (p.validTo === null || date <= p.validTo);

export function modelOn<T extends { model: NetworkModel; validFrom: string }>(periods: T[], date: string): T | undefined {
  return [...periods].filter((p) => p.validFrom <= date).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}

/** 2017-01-01 → 01.01.2017, for messages. */
export const germanDate = (iso: string) => iso.split('-').reverse().join('.');

export type ContractLike = Period & { id?: string; organizationId: string; organizationName: string; kind: ContractKind };

/**
 * Which existing contract a new one collides with, under the model in force at its start:
 * - always: the same organisation may not hold two overlapping contracts of one kind in one space;
 * - `networker` and `team`: one outpatient and one residential provider per space at a time (the source's setting);
 * - `single_provider`: one provider per space at a time, for all case help.
 */
export function contractConflict(candidate: ContractLike, existing: ContractLike[], model: NetworkModel | undefined): string | undefined {
  for (const other of existing) {
    if (other.id !== undefined && other.id === candidate.id) continue;
    if (!overlaps(candidate, other)) continue;
    const when = other.validTo ? `${germanDate(other.validFrom)} bis ${germanDate(other.validTo)}` : `seit ${germanDate(other.validFrom)}, unbefristet`;
    if (other.organizationId === candidate.organizationId && other.kind === candidate.kind) {
      return `${other.organizationName} hat für diesen Sozialraum schon einen Vertrag dieser Art (${when}).`;
    }
    if (model === 'single_provider' && other.organizationId !== candidate.organizationId) {
      return `Im Modell „ein Sozialraumträger“ gibt es je Sozialraum nur einen Träger; ${other.organizationName} hat schon einen Vertrag (${when}).`;
    }
    if (model !== 'single_provider' && other.kind === candidate.kind && other.organizationId !== candidate.organizationId) {
      return `Für diesen Sozialraum gibt es schon einen ${candidate.kind === 'outpatient' ? 'ambulanten' : 'stationären'} Träger: ${other.organizationName} (${when}).`;
    }
  }
  return undefined;
}

export type Finding = { level: 'ok' | 'warning' | 'missing'; code: string; message: string };
export type SpaceState = {
  members: (Period & { teamRole: TeamRole })[];
  contracts: (Period & { kind: ContractKind; organizationId: string })[];
  positions: (Period & { kind: PositionKind; ftePercent: number })[];
};

/** What the model in force requires of one space on one date, and what is missing. */
export function checkSpace(model: NetworkModel | undefined, date: string, state: SpaceState, minimums: { kind: PositionKind; minimumPercent: number }[]): Finding[] {
  const findings: Finding[] = [];
  const members = state.members.filter((m) => activeOn(m, date));
  const contracts = state.contracts.filter((c) => activeOn(c, date));
  const has = (role: TeamRole) => members.some((m) => m.teamRole === role);
  const providers = new Set(contracts.map((c) => c.organizationId));

  if (!has('asd')) findings.push({ level: 'missing', code: 'no_asd', message: 'Keine ASD-Fachkraft im Team.' });
  if (model === 'networker') {
    findings.push(
      has('networker')
        ? { level: 'ok', code: 'networker', message: 'Eine Netzwerkerin oder ein Netzwerker ist benannt.' }
        : { level: 'missing', code: 'no_networker', message: 'Im Modell „Netzwerker/in“ fehlt die Netzwerkerin oder der Netzwerker.' },
    );
  }
  if (model === 'team') {
    const roles = new Set(members.map((m) => m.teamRole));
    findings.push(
      roles.size >= 3
        ? { level: 'ok', code: 'team_shoulders', message: `Netzwerkarbeit auf ${roles.size} Rollen im Team verteilt.` }
        : { level: 'warning', code: 'few_shoulders', message: `Netzwerkarbeit ruht auf nur ${roles.size} Rolle(n); das Modell „ganzes Team“ braucht mehrere Schultern.` },
    );
  }
  if (model === 'single_provider') {
    if (providers.size !== 1) {
      findings.push({ level: 'missing', code: 'single_provider_count', message: `Im Modell „ein Sozialraumträger“ braucht es genau einen Träger; es sind ${providers.size}.` });
    }
  } else {
    for (const kind of ['outpatient', 'residential'] as const) {
      if (!contracts.some((c) => c.kind === kind)) {
        findings.push({ level: 'missing', code: `no_${kind}`, message: `Kein ${kind === 'outpatient' ? 'ambulanter' : 'stationärer'} Träger unter Vertrag.` });
      }
    }
  }
  for (const minimum of minimums) {
    const total = state.positions.filter((p) => p.kind === minimum.kind && activeOn(p, date)).reduce((sum, p) => sum + p.ftePercent, 0);
    if (total < minimum.minimumPercent) {
      findings.push({
        level: 'warning',
        code: `minimum_${minimum.kind}`,
        message: `${positionKindLabels[minimum.kind]}: ${(total / 100).toLocaleString('de-DE')} Stellen, mindestens ${(minimum.minimumPercent / 100).toLocaleString('de-DE')} vorgesehen.`,
      });
    }
  }
  return findings;
}

/** Findings about the model itself, not about a space. */
export function modelFindings(model: NetworkModel | undefined): Finding[] {
  if (!model) return [{ level: 'missing', code: 'no_model', message: 'Für diesen Tag ist kein Organisationsmodell festgelegt.' }];
  if (model === 'single_provider') {
    return [
      {
        level: 'warning',
        code: 'legal_check',
        message: 'Ein einziger Träger für alle Einzelfallhilfen kann gegen das Wunsch- und Wahlrecht verstoßen (§ 5 SGB VIII): rechtlich prüfen lassen.',
      },
    ];
  }
  return [];
}

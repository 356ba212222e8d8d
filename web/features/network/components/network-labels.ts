import {
  contractKindLabels,
  contractKinds,
  networkModelLabels,
  networkModels,
  positionKindLabels,
  positionKinds,
  teamRoleLabels,
  teamRoles,
} from '../../../../common/social-space-terms';
import { formatDay } from '../../../components/format/format-date';
import { formatDecimal } from '../../../components/format/format-number';
import type { SelectOption } from '../../../components/ui/select-field';

// German labels and formats of the network of actors, shared by its components.

const optionsOf = <K extends string>(values: readonly K[], labels: Record<K, string>): SelectOption[] =>
  values.map((value) => ({ value, label: labels[value] }));

export const teamRoleOptions = optionsOf(teamRoles, teamRoleLabels);
export const contractKindOptions = optionsOf(contractKinds, contractKindLabels);
export const positionKindOptions = optionsOf(positionKinds, positionKindLabels);
export const networkModelOptions = optionsOf(networkModels, networkModelLabels);

/** A select's first entry when nothing is chosen yet. */
export const choose = (label = 'Bitte wählen'): SelectOption => ({ value: '', label });

export type Period = { validFrom: string; validTo: string | null };

/** "seit 01.01.2017", "ab 01.01.2030", "01.01.2014 – 31.12.2016" */
export function formatPeriod(period: Period, today: string): string {
  if (period.validTo === null) return `${period.validFrom > today ? 'ab' : 'seit'} ${formatDay(period.validFrom)}`;
  return `${formatDay(period.validFrom)} – ${formatDay(period.validTo)}`;
}

/** "31.12.2016" or "offen" for an end that is not set. */
export const formatEnd = (validTo: string | null): string => (validTo === null ? 'offen' : formatDay(validTo));

export type PeriodState = 'past' | 'current' | 'future';

export function periodState(period: Period, today: string): PeriodState {
  if (period.validTo !== null && period.validTo < today) return 'past';
  if (period.validFrom > today) return 'future';
  return 'current';
}

/** "0,5" — a share of a full-time position; "keine Angabe" when none is recorded. */
export const formatFte = (fte: number | null): string => (fte === null ? 'keine Angabe' : formatDecimal(fte));

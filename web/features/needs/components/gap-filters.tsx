import './needs-staff.css';
import { ageBandLabels, ageBands, needSourceLabels, needSources, voices, type AgeBand, type NeedSource, type Voice } from '../../../../common/need-terms';
import { SelectField } from '../../../components/ui/select-field';
import { NeedsRadioGroup } from './needs-radio-group';
import { voicePluralLabels } from './needs-labels';

/** The heat map's filters, kept in the address under the API's names (year instead of from/to). */
export type GapFilter = { year: number; voice: Voice | ''; source: NeedSource | ''; ageBand: AgeBand | '' };

export const FIRST_GAP_YEAR = 2015;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : '';

export function readGapFilter(params: URLSearchParams, currentYear: number): GapFilter {
  const year = Number(params.get('year'));
  return {
    year: Number.isInteger(year) && year >= FIRST_GAP_YEAR && year <= currentYear ? year : currentYear,
    voice: oneOf(voices, params.get('voice')),
    source: oneOf(needSources, params.get('source')),
    ageBand: oneOf(ageBands, params.get('ageBand')),
  };
}

/** The period of a year, as the API and the list of needs take it. */
export const yearPeriod = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

type GapFiltersProps = {
  filter: GapFilter;
  currentYear: number;
  onChange: (key: keyof GapFilter, value: string) => void;
};

export function GapFilters({ filter, currentYear, onChange }: GapFiltersProps) {
  const years = Array.from({ length: currentYear - FIRST_GAP_YEAR + 1 }, (_, i) => currentYear - i);
  return (
    <form className="app-gap-filters" aria-label="Lückenanalyse filtern" onSubmit={(event) => event.preventDefault()}>
      <div className="app-audit-filter__grid">
        <SelectField id="gaps-year" label="Jahr" options={years.map((y) => ({ value: String(y), label: String(y) }))} value={String(filter.year)} onChange={(event) => onChange('year', event.target.value)} />
        <SelectField
          id="gaps-source"
          label="Quelle"
          options={[{ value: '', label: 'alle' }, ...needSources.map((s) => ({ value: s, label: needSourceLabels[s] }))]}
          value={filter.source}
          onChange={(event) => onChange('source', event.target.value)}
        />
        <SelectField
          id="gaps-age"
          label="Altersgruppe"
          options={[{ value: '', label: 'alle' }, ...ageBands.map((a) => ({ value: a, label: ageBandLabels[a] }))]}
          value={filter.ageBand}
          onChange={(event) => onChange('ageBand', event.target.value)}
        />
      </div>
      <NeedsRadioGroup<'' | Voice>
        id="gaps-voice"
        name="gaps-voice"
        legend="Wessen Stimme?"
        horizontal
        options={[
          { value: '', label: 'alle' },
          ...voices.map((v) => ({ value: v, label: v === 'affected' ? `${voicePluralLabels[v]} (selbst genannt)` : `${voicePluralLabels[v]} (Einschätzung)` })),
        ]}
        value={filter.voice}
        onChange={(value) => onChange('voice', value)}
      />
    </form>
  );
}

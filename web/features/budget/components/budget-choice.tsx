import type { SocialSpace } from '../../../../common/api/social-spaces';
import { SelectField } from '../../../components/ui/select-field';

type BudgetChoiceProps = {
  spaces: readonly SocialSpace[];
  spaceId: string;
  year: number;
  years: readonly number[];
  onChange: (key: 'spaceId' | 'year', value: string) => void;
};

/** Which budget: the social space and the year (both live in the address). */
export function BudgetChoice({ spaces, spaceId, year, years, onChange }: BudgetChoiceProps) {
  return (
    <form className="app-budget-choice" aria-label="Haushalt wählen" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        id="budget-space"
        label="Sozialraum"
        options={spaces.map((s) => ({ value: s.id, label: s.name }))}
        value={spaceId}
        onChange={(event) => onChange('spaceId', event.target.value)}
      />
      <SelectField
        id="budget-year"
        label="Haushaltsjahr"
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={(event) => onChange('year', event.target.value)}
      />
    </form>
  );
}

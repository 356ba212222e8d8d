import { useState, type FormEvent } from 'react';
import type { SocialSpace } from '../../../../common/api/social-spaces';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { periodPresetLabels, periodPresets, type Period, type PeriodPreset } from './period';

type AnalysisChoiceProps = {
  idPrefix: string;
  label: string;
  spaces: readonly SocialSpace[];
  spaceId: string;
  /** Offer "Alle Sozialräume" (the network of the whole office) as the empty choice. */
  allSpacesOption?: boolean;
  period: Period;
  onSpace: (spaceId: string) => void;
  onPeriod: (period: Period) => void;
};

/** Which space and which period (both live in the address). A free period is applied with its own button. */
export function AnalysisChoice({ idPrefix, label, spaces, spaceId, allSpacesOption, period, onSpace, onPeriod }: AnalysisChoiceProps) {
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [error, setError] = useState<string | null>(null);
  const spaceOptions = [...(allSpacesOption ? [{ value: '', label: 'Alle Sozialräume' }] : []), ...spaces.map((s) => ({ value: s.id, label: s.name }))];

  const applyFree = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to) return setError('Bitte Anfang und Ende angeben.');
    if (to < from) return setError('Das Ende liegt vor dem Anfang.');
    setError(null);
    onPeriod({ preset: 'frei', from, to });
  };

  return (
    <form className="app-analysis-choice" aria-label={label} onSubmit={applyFree} noValidate>
      <div className="app-analysis-choice__row">
        <SelectField id={`${idPrefix}-space`} label="Sozialraum" options={spaceOptions} value={spaceId} onChange={(event) => onSpace(event.target.value)} />
        <SelectField
          id={`${idPrefix}-period`}
          label="Zeitraum"
          options={periodPresets.map((p) => ({ value: p, label: periodPresetLabels[p] }))}
          value={period.preset}
          onChange={(event) => {
            const preset = event.target.value as PeriodPreset;
            if (preset === 'frei') onPeriod({ preset, from: period.from, to: period.to });
            else onPeriod({ preset, from: '', to: '' });
          }}
        />
      </div>
      {period.preset === 'frei' ? (
        <div className="app-analysis-choice__row">
          <TextField id={`${idPrefix}-from`} type="date" label="Von" value={from} onChange={(event) => setFrom(event.target.value)} error={error && !from ? error : undefined} />
          <TextField id={`${idPrefix}-to`} type="date" label="Bis" value={to} onChange={(event) => setTo(event.target.value)} error={error && from ? error : undefined} />
          <div className="app-analysis-choice__apply">
            <Button type="submit" variant="secondary">
              Zeitraum anwenden
            </Button>
          </div>
        </div>
      ) : null}
    </form>
  );
}

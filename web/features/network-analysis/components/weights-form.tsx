import { useState, type FormEvent } from 'react';
import { contributionKindLabels, contributionKinds, type ContributionKind } from '../../../../common/meeting-terms';
import { parseDecimal } from '../../../components/format/format-number';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { useSaveWeights } from '../hooks/use-network-analysis';
import type { ContributionWeights } from '../api/network-analysis-api';

const show = (value: number) => String(value).replace('.', ',');

/** The admin changes how much each kind of contribution counts (0 to 100, for the whole office). */
export function WeightsForm({ weights }: { weights: ContributionWeights }) {
  const [values, setValues] = useState<Record<ContributionKind, string>>(
    () => Object.fromEntries(contributionKinds.map((k) => [k, show(weights[k])])) as Record<ContributionKind, string>,
  );
  const [errors, setErrors] = useState<Partial<Record<ContributionKind, string>>>({});
  const save = useSaveWeights();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed: Partial<ContributionWeights> = {};
    const found: Partial<Record<ContributionKind, string>> = {};
    for (const k of contributionKinds) {
      const value = parseDecimal(values[k]);
      if (value === null || value < 0 || value > 100) found[k] = 'Bitte eine Zahl von 0 bis 100 angeben.';
      else parsed[k] = value;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`weight-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    save.mutate(parsed as ContributionWeights);
  };

  return (
    <form className="app-stack" aria-label="Gewichte ändern" onSubmit={submit} noValidate>
      <div className="app-weights-grid">
        {contributionKinds.map((k) => (
          <TextField
            key={k}
            id={`weight-${k}`}
            label={contributionKindLabels[k]}
            inputMode="decimal"
            value={values[k]}
            error={errors[k]}
            onChange={(event) => {
              const value = event.target.value;
              setValues((current) => ({ ...current, [k]: value }));
              save.reset();
            }}
          />
        ))}
      </div>
      {save.isError ? <ErrorAlert error={save.error} title="Die Gewichte wurden nicht gespeichert" /> : null}
      {save.isSuccess ? <Alert tone="success" title="Die Gewichte sind gespeichert. Die Zahlen oben sind neu berechnet." /> : null}
      <div>
        <Button type="submit" busy={save.isPending}>
          Gewichte speichern
        </Button>
      </div>
    </form>
  );
}

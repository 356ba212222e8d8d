import { useState, type FormEvent } from 'react';
import { positionKindLabels, positionKinds, type PositionKind } from '../../../../common/social-space-terms';
import { fieldErrorsOf, type ApiError } from '../../../components/api/api-error';
import { formatDecimal, parseDecimal } from '../../../components/format/format-number';
import { Alert, ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import type { PositionMinimum } from '../api/network-model-api';
import { useSetPositionMinimums } from '../hooks/use-network-model';
import { invalidInput, type FieldProblem } from './form-errors';

type Values = Record<PositionKind, string>;

const valuesOf = (minimums: PositionMinimum[]): Values =>
  Object.fromEntries(
    positionKinds.map((kind) => {
      const found = minimums.find((m) => m.kind === kind);
      return [kind, found ? formatDecimal(found.minimumFte) : ''];
    }),
  ) as Values;

const fields: FieldTargets = Object.fromEntries(
  positionKinds.map((kind) => [kind, { label: positionKindLabels[kind], targetId: `minimum-${kind}` }]),
);

/**
 * Admins: the minimum share of positions of each kind that every space should have. An empty field means no minimum;
 * the check of the network model warns about spaces below it.
 */
export function PositionMinimumsForm({ minimums }: { minimums: PositionMinimum[] }) {
  const [values, setValues] = useState<Values>(() => valuesOf(minimums));
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const save = useSetPositionMinimums();
  const error = clientError ?? save.error;
  const errors = fieldErrorsOf(error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const wrong: FieldProblem[] = [];
    const list: PositionMinimum[] = [];
    for (const kind of positionKinds) {
      const text = values[kind].trim();
      if (!text) continue;
      const value = parseDecimal(text);
      if (value === null || value < 0 || value > 10) wrong.push({ field: kind, message: 'Eine Zahl von 0 bis 10, z. B. 0,5.' });
      else list.push({ kind, minimumFte: value });
    }
    if (wrong.length) {
      setClientError(invalidInput(wrong));
      return;
    }
    setClientError(null);
    save.mutate({ minimums: list }, { onSuccess: (saved) => setValues(valuesOf(saved)) });
  };

  return (
    <form className="app-form app-narrow app-subform" noValidate onSubmit={submit} aria-labelledby="minimums-heading">
      <h3 className="kern-heading-small" id="minimums-heading">
        Mindeststellen festlegen
      </h3>
      {save.isSuccess ? <Alert tone="success" title="Mindeststellen gespeichert" /> : null}
      {error ? <ErrorAlert error={error} fields={fields} title="Nicht gespeichert" /> : null}
      <fieldset className="kern-fieldset" aria-describedby="minimums-hint">
        <legend className="kern-label">Mindeststellenanteil je Sozialraum</legend>
        <div className="kern-hint" id="minimums-hint">
          Stellenanteile als Zahl, z. B. 0,5 für eine halbe Stelle. Leer lassen, wenn es für diese Art kein Minimum gibt.
        </div>
        <div className="kern-fieldset__body app-minimum-grid">
          {positionKinds.map((kind) => (
            <TextField
              key={kind}
              id={`minimum-${kind}`}
              name={kind}
              label={positionKindLabels[kind]}
              inputMode="decimal"
              autoComplete="off"
              value={values[kind]}
              onChange={(event) => {
                setValues((v) => ({ ...v, [kind]: event.target.value }));
                setClientError(null);
                save.reset();
              }}
              error={errors[kind]}
            />
          ))}
        </div>
      </fieldset>
      <div>
        <Button type="submit" busy={save.isPending}>
          Mindeststellen speichern
        </Button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { networkModels, type NetworkModel } from '../../../../common/social-space-terms';
import { networkModelLabels } from '../../../../common/social-space-terms';
import { fieldErrorsOf, type ApiError } from '../../../components/api/api-error';
import { formatDay } from '../../../components/format/format-date';
import { Alert, ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useSetNetworkModel } from '../hooks/use-network-model';
import { invalidInput, type FieldProblem } from './form-errors';
import { choose, networkModelOptions } from './network-labels';

const fields: FieldTargets = {
  model: { label: 'Modell', targetId: 'network-model-model' },
  validFrom: { label: 'Gilt ab', targetId: 'network-model-from' },
  note: { label: 'Notiz', targetId: 'network-model-note' },
};

const isModel = (value: string): value is NetworkModel => (networkModels as readonly string[]).includes(value);

/** Admins: a model from a date on. Earlier periods stay as they are, so the check of past dates does not change. */
export function SetNetworkModelForm() {
  const [model, setModel] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [note, setNote] = useState('');
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const set = useSetNetworkModel();
  const error = clientError ?? set.error;
  const errors = fieldErrorsOf(error);

  const change = (setter: (value: string) => void) => (event: { target: { value: string } }) => {
    setter(event.target.value);
    setClientError(null);
    set.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (set.isPending) return;
    const wrong: FieldProblem[] = [];
    if (!isModel(model)) wrong.push({ field: 'model', message: 'Bitte ein Modell wählen.' });
    if (!validFrom) wrong.push({ field: 'validFrom', message: 'Bitte angeben, ab wann das Modell gilt.' });
    if (wrong.length || !isModel(model)) {
      setClientError(invalidInput(wrong));
      return;
    }
    setClientError(null);
    set.mutate(
      { model, validFrom, note: note.trim() },
      {
        onSuccess: () => {
          setModel('');
          setValidFrom('');
          setNote('');
        },
      },
    );
  };

  return (
    <form className="app-form app-narrow app-subform" noValidate onSubmit={submit} aria-labelledby="network-model-form-heading">
      <h3 className="kern-heading-small" id="network-model-form-heading">
        Modell ab einem Datum festlegen
      </h3>
      {set.isSuccess ? (
        <Alert tone="success" title={`Ab ${formatDay(set.data.validFrom)} gilt: ${networkModelLabels[set.data.model]}`} />
      ) : null}
      {error ? <ErrorAlert error={error} fields={fields} title="Nicht festgelegt" /> : null}
      <SelectField
        id="network-model-model"
        name="model"
        label="Modell"
        options={[choose(), ...networkModelOptions]}
        value={model}
        onChange={change(setModel)}
        error={errors.model}
      />
      <TextField id="network-model-from" name="validFrom" label="Gilt ab" type="date" value={validFrom} onChange={change(setValidFrom)} error={errors.validFrom} />
      <TextAreaField
        id="network-model-note"
        name="note"
        label="Notiz"
        optional
        hint="Z. B. der Beschluss, auf dem das Modell beruht."
        rows={3}
        value={note}
        onChange={change(setNote)}
        error={errors.note}
      />
      <div>
        <Button type="submit" busy={set.isPending}>
          Modell festlegen
        </Button>
      </div>
    </form>
  );
}

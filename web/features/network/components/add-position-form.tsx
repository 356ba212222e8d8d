import type { FormEvent } from 'react';
import { positionKinds, type PositionKind } from '../../../../common/social-space-terms';
import { todayIso } from '../../../components/format/format-date';
import { parseDecimal } from '../../../components/format/format-number';
import { Alert, ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField, type SelectOption } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useAddPosition } from '../hooks/use-contracts';
import { useAddForm } from '../hooks/use-add-form';
import type { FieldProblem } from './form-errors';
import { choose, positionKindOptions } from './network-labels';

const fields: FieldTargets = {
  organizationId: { label: 'Organisation', targetId: 'position-add-organization' },
  kind: { label: 'Art der Stelle', targetId: 'position-add-kind' },
  fte: { label: 'Stellenanteil', targetId: 'position-add-fte' },
  validFrom: { label: 'Von', targetId: 'position-add-from' },
  validTo: { label: 'Bis', targetId: 'position-add-to' },
};

type Values = { organizationId: string; kind: string; fte: string; validFrom: string; validTo: string };
const emptyValues = (): Values => ({ organizationId: '', kind: '', fte: '', validFrom: todayIso(), validTo: '' });
const isPositionKind = (value: string): value is PositionKind => (positionKinds as readonly string[]).includes(value);

/** "Stelle anlegen": a funded position of an organisation in the space, counted against the minimums. */
export function AddPositionForm({ spaceId, organizations }: { spaceId: string; organizations: SelectOption[] }) {
  const add = useAddPosition(spaceId);
  const { values, set, error, errors, added, refuse, succeed } = useAddForm(emptyValues, add);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const wrong: FieldProblem[] = [];
    if (!values.organizationId) wrong.push({ field: 'organizationId', message: 'Bitte die Organisation wählen.' });
    if (!isPositionKind(values.kind)) wrong.push({ field: 'kind', message: 'Bitte die Art der Stelle wählen.' });
    const fte = parseDecimal(values.fte);
    if (fte === null || fte <= 0 || fte > 10) wrong.push({ field: 'fte', message: 'Eine Zahl größer als 0 und höchstens 10, z. B. 0,5.' });
    if (!values.validFrom) wrong.push({ field: 'validFrom', message: 'Bitte den Beginn angeben.' });
    if (refuse(wrong) || !isPositionKind(values.kind) || fte === null) return;
    add.mutate(
      { spaceId, organizationId: values.organizationId, kind: values.kind, fte, validFrom: values.validFrom, validTo: values.validTo || null },
      {
        onSuccess: (created) => succeed(created.organizationName),
      },
    );
  };

  return (
    <form className="app-form app-narrow app-subform" noValidate onSubmit={submit} aria-labelledby="position-add-heading">
      <h3 className="kern-heading-small" id="position-add-heading">
        Stelle anlegen
      </h3>
      {added ? <Alert tone="success" title={`Stelle bei ${added} angelegt.`} /> : null}
      {error ? <ErrorAlert error={error} fields={fields} title="Stelle nicht angelegt" /> : null}
      <SelectField
        id="position-add-organization"
        name="organizationId"
        label="Organisation"
        options={[choose(), ...organizations]}
        value={values.organizationId}
        onChange={set('organizationId')}
        error={errors.organizationId}
      />
      <SelectField
        id="position-add-kind"
        name="kind"
        label="Art der Stelle"
        options={[choose(), ...positionKindOptions]}
        value={values.kind}
        onChange={set('kind')}
        error={errors.kind}
      />
      <TextField
        id="position-add-fte"
        name="fte"
        label="Stellenanteil"
        hint="Summe der geförderten Stellen in diesem Sozialraum, z. B. 0,5 oder 1,5."
        inputMode="decimal"
        autoComplete="off"
        value={values.fte}
        onChange={set('fte')}
        error={errors.fte}
      />
      <div className="app-field-row">
        <TextField id="position-add-from" name="validFrom" label="Von" type="date" value={values.validFrom} onChange={set('validFrom')} error={errors.validFrom} />
        <TextField id="position-add-to" name="validTo" label="Bis" optional type="date" value={values.validTo} onChange={set('validTo')} error={errors.validTo} />
      </div>
      <div>
        <Button type="submit" busy={add.isPending}>
          Stelle anlegen
        </Button>
      </div>
    </form>
  );
}

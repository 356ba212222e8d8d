import type { FormEvent } from 'react';
import { contractKinds, type ContractKind } from '../../../../common/social-space-terms';
import { todayIso } from '../../../components/format/format-date';
import { Alert, ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField, type SelectOption } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useAddContract } from '../hooks/use-contracts';
import { useAddForm } from '../hooks/use-add-form';
import type { FieldProblem } from './form-errors';
import { choose, contractKindOptions } from './network-labels';

const fields: FieldTargets = {
  organizationId: { label: 'Organisation', targetId: 'contract-add-organization' },
  kind: { label: 'Art', targetId: 'contract-add-kind' },
  validFrom: { label: 'Von', targetId: 'contract-add-from' },
  validTo: { label: 'Bis', targetId: 'contract-add-to' },
  note: { label: 'Notiz', targetId: 'contract-add-note' },
};

type Values = { organizationId: string; kind: string; validFrom: string; validTo: string; note: string };
const emptyValues = (): Values => ({ organizationId: '', kind: '', validFrom: todayIso(), validTo: '', note: '' });
const isContractKind = (value: string): value is ContractKind => (contractKinds as readonly string[]).includes(value);

/**
 * "Vertrag anlegen". The server refuses a contract that overlaps another under the network model in force at its
 * start (409); its German message appears at "Von" and in the summary above the form.
 */
export function AddContractForm({ spaceId, organizations }: { spaceId: string; organizations: SelectOption[] }) {
  const add = useAddContract(spaceId);
  const { values, set, error, errors, added, refuse, succeed } = useAddForm(emptyValues, add);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const wrong: FieldProblem[] = [];
    if (!values.organizationId) wrong.push({ field: 'organizationId', message: 'Bitte den Träger wählen.' });
    if (!isContractKind(values.kind)) wrong.push({ field: 'kind', message: 'Bitte ambulant oder stationär wählen.' });
    if (!values.validFrom) wrong.push({ field: 'validFrom', message: 'Bitte den Beginn der Laufzeit angeben.' });
    if (refuse(wrong) || !isContractKind(values.kind)) return;
    add.mutate(
      {
        spaceId,
        organizationId: values.organizationId,
        kind: values.kind,
        validFrom: values.validFrom,
        validTo: values.validTo || null,
        note: values.note.trim(),
      },
      {
        onSuccess: (created) => succeed(created.organizationName),
      },
    );
  };

  return (
    <form className="app-form app-narrow app-subform" noValidate onSubmit={submit} aria-labelledby="contract-add-heading">
      <h3 className="kern-heading-small" id="contract-add-heading">
        Vertrag anlegen
      </h3>
      {added ? <Alert tone="success" title={`Vertrag mit ${added} angelegt.`} /> : null}
      {error ? <ErrorAlert error={error} fields={fields} title="Vertrag nicht angelegt" /> : null}
      <SelectField
        id="contract-add-organization"
        name="organizationId"
        label="Organisation"
        hint="Der freie Träger, mit dem der Vertrag geschlossen ist."
        options={[choose(), ...organizations]}
        value={values.organizationId}
        onChange={set('organizationId')}
        error={errors.organizationId}
      />
      <SelectField
        id="contract-add-kind"
        name="kind"
        label="Art"
        options={[choose(), ...contractKindOptions]}
        value={values.kind}
        onChange={set('kind')}
        error={errors.kind}
      />
      <div className="app-field-row">
        <TextField id="contract-add-from" name="validFrom" label="Von" type="date" value={values.validFrom} onChange={set('validFrom')} error={errors.validFrom} />
        <TextField id="contract-add-to" name="validTo" label="Bis" optional type="date" value={values.validTo} onChange={set('validTo')} error={errors.validTo} />
      </div>
      <TextAreaField id="contract-add-note" name="note" label="Notiz" optional rows={2} value={values.note} onChange={set('note')} error={errors.note} />
      <div>
        <Button type="submit" busy={add.isPending}>
          Vertrag anlegen
        </Button>
      </div>
    </form>
  );
}

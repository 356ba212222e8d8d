import { useState, type FormEvent } from 'react';
import { Button, ButtonRow } from '../../../components/ui/button';
import { SelectField, type SelectOption } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import type { AuditFilter } from '../api/audit-api';
import { actionLabels, entityLabels } from './audit-labels';

type FilterFields = Pick<AuditFilter, 'entity' | 'action' | 'from' | 'to'>;

function optionsFor(labels: Record<string, string>, current: string): SelectOption[] {
  const options = [{ value: '', label: 'alle' }, ...Object.entries(labels).map(([value, label]) => ({ value, label }))];
  // A code from a link or a newer server that the list does not know yet still shows up.
  if (current && !(current in labels)) options.push({ value: current, label: current });
  return options;
}

type AuditFilterFormProps = {
  value: FilterFields;
  onApply: (fields: FilterFields) => void;
  onReset: () => void;
};

/** Mount with a key that changes with the applied filter, so that the fields show what is applied. */
export function AuditFilterForm({ value, onApply, onReset }: AuditFilterFormProps) {
  const [fields, setFields] = useState<FilterFields>(value);
  const set = (key: keyof FilterFields) => (event: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: event.target.value }));
  const rangeError = fields.from && fields.to && fields.from > fields.to ? '„Bis“ liegt vor „Von“.' : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (rangeError) {
      document.getElementById('audit-to')?.focus();
      return;
    }
    onApply(fields);
  };

  return (
    <form className="app-form app-audit-filter" noValidate onSubmit={submit} aria-labelledby="audit-filter-heading">
      <h2 className="kern-heading-medium" id="audit-filter-heading">
        Filter
      </h2>
      <div className="app-audit-filter__grid">
        <SelectField
          id="audit-entity"
          name="entity"
          label="Bereich"
          options={optionsFor(entityLabels, fields.entity)}
          value={fields.entity}
          onChange={set('entity')}
        />
        <SelectField
          id="audit-action"
          name="action"
          label="Aktion"
          options={optionsFor(actionLabels, fields.action)}
          value={fields.action}
          onChange={set('action')}
        />
        <TextField id="audit-from" name="from" label="Von" type="date" value={fields.from} onChange={set('from')} />
        <TextField
          id="audit-to"
          name="to"
          label="Bis"
          type="date"
          value={fields.to}
          onChange={set('to')}
          error={rangeError}
        />
      </div>
      <ButtonRow>
        <Button type="submit">Filter anwenden</Button>
        <Button variant="tertiary" onClick={onReset}>
          Filter zurücksetzen
        </Button>
      </ButtonRow>
    </form>
  );
}

import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, FieldMessage } from './field-message';

type CheckboxProps = {
  id: string;
  label: ReactNode;
  invalid?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'className'>;

export function Checkbox({ id, label, invalid, ...input }: CheckboxProps) {
  return (
    <div className="kern-form-check">
      <input
        {...input}
        id={id}
        type="checkbox"
        className={`kern-form-check__checkbox${invalid ? ' kern-form-check__checkbox--error' : ''}`}
        aria-invalid={invalid ? true : undefined}
      />
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

export type CheckboxOption<V extends string> = { value: V; label: string };

type CheckboxGroupProps<V extends string> = {
  id: string;
  name: string;
  legend: ReactNode;
  options: readonly CheckboxOption<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  hint?: ReactNode;
  error?: string | undefined;
};

/** Checkboxes in a fieldset with a legend; the first box has the id `${id}-${firstValue}` for error links. */
export function CheckboxGroup<V extends string>(props: CheckboxGroupProps<V>) {
  const { id, name, legend, options, value, onChange, hint, error } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (option: V, checked: boolean) => {
    const next = checked ? [...value, option] : value.filter((v) => v !== option);
    // Keep the order of the options, whatever order the boxes were ticked in.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset
      className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      id={id}
      aria-describedby={describedBy(hintId, errorId)}
    >
      <legend className="kern-label">{legend}</legend>
      {hint ? (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <div className="kern-fieldset__body">
        {options.map((option) => (
          <Checkbox
            key={option.value}
            id={`${id}-${option.value}`}
            name={name}
            value={option.value}
            label={option.label}
            checked={value.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
            invalid={Boolean(error)}
          />
        ))}
      </div>
      <FieldMessage id={`${id}-error`} message={error} />
    </fieldset>
  );
}

import type { ReactNode, SelectHTMLAttributes } from 'react';
import { describedBy, FieldMessage } from './field-message';

export type SelectOption = { value: string; label: string };

type SelectFieldProps = {
  id: string;
  label: ReactNode;
  options: SelectOption[];
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'aria-invalid' | 'aria-describedby' | 'children'>;

export function SelectField({ id, label, options, hint, error, optional, ...select }: SelectFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional ? <span className="kern-label__optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <div className="kern-form-input__select-wrapper">
        <select
          {...select}
          id={id}
          className={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, errorId)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <FieldMessage id={`${id}-error`} message={error} />
    </div>
  );
}

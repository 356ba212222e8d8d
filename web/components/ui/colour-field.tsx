import type { ReactNode } from 'react';
import { describedBy, FieldMessage } from './field-message';

type ColourFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  /** "#rrggbb", or empty for "no colour chosen". */
  value: string;
  onChange: (value: string) => void;
  /** What the picker shows while the text is empty or not a colour yet. */
  fallback: string;
};

const hex = /^#[0-9a-fA-F]{6}$/;

/** A colour as text (#rrggbb, the value that counts) with the browser's colour picker beside it. */
export function ColourField({ id, label, hint, error, optional, value, onChange, fallback }: ColourFieldProps) {
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
      <div className="app-colour-field">
        <input
          type="color"
          className="app-colour-field__picker"
          aria-label="Farbe auswählen"
          value={hex.test(value) ? value.toLowerCase() : fallback}
          onChange={(event) => onChange(event.target.value)}
        />
        <input
          type="text"
          id={id}
          className={`kern-form-input__input app-colour-field__text${error ? ' kern-form-input__input--error' : ''}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          maxLength={7}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, errorId)}
        />
      </div>
      <FieldMessage id={`${id}-error`} message={error} />
    </div>
  );
}

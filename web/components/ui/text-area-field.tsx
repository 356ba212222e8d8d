import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { describedBy, FieldMessage } from './field-message';

type TextAreaFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  /** Machine-readable content (JSON, codes): a monospace font. */
  code?: boolean;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'aria-invalid' | 'aria-describedby'>;

/** A labelled KERN textarea; like TextField, hint and error are announced with it. */
export function TextAreaField({ id, label, hint, error, optional, code, rows = 4, ...textarea }: TextAreaFieldProps) {
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
      <textarea
        {...textarea}
        rows={rows}
        id={id}
        className={`kern-form-input__input app-textarea${code ? ' app-textarea--code' : ''}${error ? ' kern-form-input__input--error' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      />
      <FieldMessage id={`${id}-error`} message={error} />
    </div>
  );
}

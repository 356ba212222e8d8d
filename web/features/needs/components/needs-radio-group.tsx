import type { ReactNode } from 'react';
import { describedBy, FieldMessage } from '../../../components/ui/field-message';

export type RadioOption<V extends string> = { value: V; label: ReactNode; hint?: ReactNode };

type NeedsRadioGroupProps<V extends string> = {
  id: string;
  name: string;
  legend: ReactNode;
  options: readonly RadioOption<V>[];
  value: V | '';
  onChange: (value: V) => void;
  hint?: ReactNode;
  error?: string | undefined;
  /** Side by side (short labels, e.g. a toggle "alle / Betroffene / Fachkräfte"). */
  horizontal?: boolean;
};

/** KERN radio buttons in a fieldset with a legend; the first button has the id `${id}-${firstValue}` for error links. */
export function NeedsRadioGroup<V extends string>(props: NeedsRadioGroupProps<V>) {
  const { id, name, legend, options, value, onChange, hint, error, horizontal } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={describedBy(hintId, errorId)}>
      <legend className="kern-label">{legend}</legend>
      {hint ? (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <div className={`kern-fieldset__body${horizontal ? ' kern-fieldset__body--horizontal' : ''}`}>
        {options.map((option) => {
          const optionId = `${id}-${option.value || 'all'}`;
          const optionHint = option.hint ? `${optionId}-hint` : undefined;
          return (
            <div className="kern-form-check" key={option.value}>
              <input
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                className={`kern-form-check__radio${error ? ' kern-form-check__radio--error' : ''}`}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={optionHint}
              />
              <label className="kern-label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint ? (
                <div className="kern-hint app-radio-hint" id={optionHint}>
                  {option.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
      <FieldMessage id={`${id}-error`} message={error} />
    </fieldset>
  );
}

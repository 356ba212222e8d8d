import type { ReactNode } from 'react';
import { describedBy, FieldMessage } from '../../../components/ui/field-message';
import './need-capture.css';

// Tap targets for the capture forms: real checkboxes and radio buttons (a fieldset with its legend, keyboard and
// screen readers as usual), drawn as chips. A chosen chip is filled and carries a tick, so colour is not the only sign.

export type ChipOption<V extends string> = { value: V; label: ReactNode };
type ChipSize = 'normal' | 'large';

type ChipProps = {
  id: string;
  type: 'checkbox' | 'radio';
  name: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  size?: ChipSize;
  invalid?: boolean;
};

/** One chip: a visually hidden input with its label drawn as the chip. */
export function Chip({ id, type, name, label, checked, onChange, size = 'normal', invalid }: ChipProps) {
  return (
    <span className={`app-need-chip${size === 'large' ? ' app-need-chip--large' : ''}`}>
      <input
        id={id}
        type={type}
        name={name}
        className="app-need-chip__input"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-invalid={invalid ? true : undefined}
      />
      <label htmlFor={id} className="app-need-chip__label">
        <span className="kern-icon kern-icon--check app-need-chip__tick" aria-hidden="true" />
        <span>{label}</span>
      </label>
    </span>
  );
}

type GroupFrameProps = {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optionalLabel?: string | undefined;
  legendClassName?: string;
  children: ReactNode;
};

function GroupFrame({ id, legend, hint, error, optionalLabel, legendClassName, children }: GroupFrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={`kern-fieldset app-need-chip-group${error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={describedBy(hintId, errorId)}>
      <legend className={legendClassName ?? 'kern-label'}>
        {legend}
        {optionalLabel ? <span className="kern-label__optional"> ({optionalLabel})</span> : null}
      </legend>
      {hint ? (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <div className="app-need-chips">{children}</div>
      <FieldMessage id={`${id}-error`} message={error} />
    </fieldset>
  );
}

type ChipGroupProps<V extends string> = Omit<GroupFrameProps, 'children'> & {
  options: readonly ChipOption<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  size?: ChipSize;
  /** Chips after the options (e.g. "knows no offers"), inside the same fieldset. */
  extra?: ReactNode;
};

/** Several of many: checkboxes. The first chip's id is `${id}-${first value}`, for links from an error list. */
export function ChipGroup<V extends string>({ options, value, onChange, size, extra, ...frame }: ChipGroupProps<V>) {
  const toggle = (option: V, checked: boolean) => {
    const next = checked ? [...value, option] : value.filter((v) => v !== option);
    // The order of the options, whatever order they were tapped in.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <GroupFrame {...frame}>
      {options.map((option) => (
        <Chip
          key={option.value}
          id={`${frame.id}-${option.value}`}
          type="checkbox"
          name={frame.id}
          label={option.label}
          checked={value.includes(option.value)}
          onChange={(checked) => toggle(option.value, checked)}
          size={size ?? 'normal'}
          invalid={Boolean(frame.error)}
        />
      ))}
      {extra}
    </GroupFrame>
  );
}

type ChipChoiceProps<V extends string> = Omit<GroupFrameProps, 'children'> & {
  options: readonly ChipOption<V>[];
  value: V | '';
  onChange: (value: V) => void;
  size?: ChipSize;
};

/** One of a few: radio buttons (arrow keys move between them, as with any radio group). */
export function ChipChoice<V extends string>({ options, value, onChange, size, ...frame }: ChipChoiceProps<V>) {
  return (
    <GroupFrame {...frame}>
      {options.map((option) => (
        <Chip
          key={option.value}
          id={`${frame.id}-${option.value}`}
          type="radio"
          name={frame.id}
          label={option.label}
          checked={value === option.value}
          onChange={(checked) => {
            if (checked) onChange(option.value);
          }}
          size={size ?? 'normal'}
          invalid={Boolean(frame.error)}
        />
      ))}
    </GroupFrame>
  );
}

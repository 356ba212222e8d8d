import { useState, type ReactNode } from 'react';
import { Checkbox } from '../../../components/ui/checkbox';
import { describedBy, FieldMessage } from '../../../components/ui/field-message';

export type ChecklistOption = { value: string; label: ReactNode; searchText: string };

type ChecklistProps = {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly ChecklistOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  searchLabel: string;
  empty: ReactNode;
  /** Shown above the boxes, e.g. the rotation's suggestion. */
  children?: ReactNode;
};

/** Checkboxes with a search above them (from eight options on); ticked entries stay visible whatever is searched. */
export function SearchableChecklist({ id, legend, hint, options, value, onChange, error, searchLabel, empty, children }: ChecklistProps) {
  const [search, setSearch] = useState('');
  const words = search.toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  const shown = options.filter((o) => value.includes(o.value) || words.every((w) => o.searchText.toLocaleLowerCase('de').includes(w)));
  const toggle = (option: string, checked: boolean) => onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  const searchable = options.length >= 8;
  return (
    <fieldset className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={describedBy(hint ? `${id}-hint` : undefined, error && `${id}-error`)}>
      <legend className="kern-label">{legend}</legend>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <div className="kern-fieldset__body app-meeting-checklist-body">
        {children}
        {options.length === 0 ? (
          <p className="kern-body app-muted">{empty}</p>
        ) : (
          <>
            {searchable ? (
              <>
                <div className="kern-form-input">
                  <label className="kern-label" htmlFor={`${id}-search`}>
                    {searchLabel}
                  </label>
                  <input id={`${id}-search`} type="search" className="kern-form-input__input" value={search} onChange={(event) => setSearch(event.target.value)} aria-describedby={`${id}-count`} />
                </div>
                <p className="kern-body kern-body--small app-muted" id={`${id}-count`} aria-live="polite">
                  {shown.length} von {options.length} angezeigt, {value.length} ausgewählt
                </p>
              </>
            ) : null}
            <ul className="app-meeting-checklist">
              {shown.map((o) => (
                <li key={o.value}>
                  <Checkbox
                    id={`${id}-${o.value}`}
                    name={id}
                    label={o.label}
                    checked={value.includes(o.value)}
                    onChange={(event) => toggle(o.value, event.target.checked)}
                    invalid={Boolean(error)}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <FieldMessage id={`${id}-error`} message={error} />
    </fieldset>
  );
}

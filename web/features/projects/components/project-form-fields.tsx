import { useState, type ReactNode } from 'react';
import type { Topic } from '../../../../common/api/services';
import { ageBandLabels, ageBands, type AgeBand } from '../../../../common/need-terms';
import { initiatorLabels, initiators, type Initiator } from '../../../../common/project-terms';
import { Button } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { describedBy, FieldMessage } from '../../../components/ui/field-message';
import { SelectField } from '../../../components/ui/select-field';
import { emptyCounts, reachField, type ReachRow } from './project-form-values';

// The parts of the project form that are more than one input.

export type ChecklistOption = { value: string; label: ReactNode; searchText: string };

type ChecklistProps = {
  id: string;
  legend: string;
  hint?: ReactNode;
  options: readonly ChecklistOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  searchLabel: string;
  empty: ReactNode;
};

/** Checkboxes with a search above them; ticked entries stay visible whatever is searched. */
export function SearchableChecklist({ id, legend, hint, options, value, onChange, error, searchLabel, empty }: ChecklistProps) {
  const [search, setSearch] = useState('');
  const words = search.toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  const shown = options.filter((o) => value.includes(o.value) || words.every((w) => o.searchText.toLocaleLowerCase('de').includes(w)));
  const toggle = (option: string, checked: boolean) => onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <fieldset className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={describedBy(hint ? `${id}-hint` : undefined, error && `${id}-error`)}>
      <legend className="kern-label">{legend}</legend>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <div className="kern-fieldset__body app-project-checklist-body">
      {options.length === 0 ? (
        <p className="kern-body app-muted">{empty}</p>
      ) : (
        <>
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${id}-search`}>
              {searchLabel}
            </label>
            <input
              id={`${id}-search`}
              type="search"
              className="kern-form-input__input"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              aria-describedby={`${id}-count`}
            />
          </div>
          <p className="kern-body kern-body--small app-muted" id={`${id}-count`} aria-live="polite">
            {shown.length} von {options.length} angezeigt, {value.length} ausgewählt
          </p>
          <ul className="app-project-checklist">
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

type TopicNode = { topic: Topic; children: TopicNode[] };
const byOrder = (a: Topic, b: Topic) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'de');

/** The taxonomy as a tree, top topics first; a topic whose parent is missing counts as a top topic. */
export function topicTree(topics: readonly Topic[]): TopicNode[] {
  const ids = new Set(topics.map((t) => t.id));
  const childrenOf = (parentId: string | null): TopicNode[] =>
    topics
      .filter((t) => (parentId === null ? !t.parentId || !ids.has(t.parentId) : t.parentId === parentId))
      .sort(byOrder)
      .map((topic) => ({ topic, children: childrenOf(topic.id) }));
  return childrenOf(null);
}

type TopicsProps = { id: string; topics: readonly Topic[]; value: readonly string[]; onChange: (value: string[]) => void; error?: string | undefined };

/** Every topic as a nested checkbox (like the needs form). */
export function TopicsField({ id, topics, value, onChange, error }: TopicsProps) {
  const render = (nodes: TopicNode[], root: boolean) => (
    <ul className={root ? 'app-project-topics' : undefined}>
      {nodes.map((node) => (
        <li key={node.topic.id}>
          <Checkbox
            id={`${id}-${node.topic.id}`}
            name={id}
            label={node.topic.name}
            checked={value.includes(node.topic.id)}
            onChange={(event) => onChange(event.target.checked ? [...value, node.topic.id] : value.filter((v) => v !== node.topic.id))}
            invalid={Boolean(error)}
          />
          {node.children.length ? render(node.children, false) : null}
        </li>
      ))}
    </ul>
  );
  return (
    <fieldset className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={describedBy(error && `${id}-error`)}>
      <legend className="kern-label">
        Themen <span className="kern-label__optional">(optional)</span>
      </legend>
      <div className="kern-fieldset__body">{render(topicTree(topics), true)}</div>
      <FieldMessage id={`${id}-error`} message={error} />
    </fieldset>
  );
}

const initiatorHints: Record<Initiator, string> = {
  affected: 'Familien, Kinder oder Jugendliche haben es angestoßen.',
  professionals: 'Fachkräfte haben es angestoßen.',
  joint: 'Betroffene und Fachkräfte gemeinsam.',
};

export function InitiativeField({ id, value, onChange, error }: { id: string; value: Initiator | ''; onChange: (v: Initiator) => void; error?: string | undefined }) {
  return (
    <fieldset className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={describedBy(error && `${id}-error`)}>
      <legend className="kern-label">Von wem ging die Initiative aus?</legend>
      <div className="kern-fieldset__body">
        {initiators.map((i) => (
          <div key={i}>
            <div className="kern-form-check">
              <input
                id={`${id}-${i}`}
                type="radio"
                name={id}
                className={`kern-form-check__radio${error ? ' kern-form-check__radio--error' : ''}`}
                checked={value === i}
                onChange={() => onChange(i)}
                aria-describedby={`${id}-${i}-hint`}
              />
              <label className="kern-label" htmlFor={`${id}-${i}`}>
                {initiatorLabels[i]}
              </label>
            </div>
            <div className="kern-hint app-project-radio-hint" id={`${id}-${i}-hint`}>
              {initiatorHints[i]}
            </div>
          </div>
        ))}
      </div>
      <FieldMessage id={`${id}-error`} message={error} />
    </fieldset>
  );
}

type ReachProps = {
  id: string;
  rows: readonly ReachRow[];
  onChange: (rows: ReachRow[]) => void;
  years: readonly number[];
  errors: Record<string, string>;
};

/** People reached: a row per year, a count per age band. Counts only, never names. */
export function ReachField({ id, rows, onChange, years, errors }: ReachProps) {
  const free = years.filter((y) => !rows.some((r) => r.year === y));
  const [year, setYear] = useState(String(free[0] ?? ''));
  const chosen = free.includes(Number(year)) ? year : String(free[0] ?? '');
  const setCount = (rowYear: number, ageBand: AgeBand, text: string) =>
    onChange(rows.map((r) => (r.year === rowYear ? { ...r, counts: { ...r.counts, [ageBand]: text } } : r)));
  const add = () => {
    if (!chosen) return;
    const next = [...rows, { year: Number(chosen), counts: emptyCounts() }].sort((a, b) => b.year - a.year);
    onChange(next);
    window.setTimeout(() => document.getElementById(`${id}-${chosen}-${ageBands[0]}`)?.focus(), 0);
  };
  return (
    <div className="app-section" id={id}>
      {rows.length === 0 ? <p className="kern-body app-muted">Noch keine Zahlen.</p> : null}
      {rows.map((row) => (
        <fieldset key={row.year} className="kern-fieldset app-project-reach-year">
          <legend className="kern-label">Erreicht {row.year}</legend>
          <div className="kern-fieldset__body">
          <div className="app-project-reach-grid">
            {ageBands.map((a) => {
              const field = reachField(row.year, a);
              const inputId = `${id}-${row.year}-${a}`;
              const error = errors[field];
              return (
                <div key={a} className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
                  <label className="kern-label" htmlFor={inputId}>
                    {ageBandLabels[a]}
                  </label>
                  <input
                    id={inputId}
                    inputMode="numeric"
                    className={`kern-form-input__input app-project-count${error ? ' kern-form-input__input--error' : ''}`}
                    value={row.counts[a]}
                    onChange={(event) => setCount(row.year, a, event.target.value)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy(error && `${inputId}-error`)}
                  />
                  <FieldMessage id={`${inputId}-error`} message={error} />
                </div>
              );
            })}
          </div>
          <div>
            <Button variant="tertiary" onClick={() => onChange(rows.filter((r) => r.year !== row.year))}>
              Zahlen für {row.year} entfernen
            </Button>
          </div>
          </div>
        </fieldset>
      ))}
      {free.length ? (
        <div className="app-project-add-year">
          <SelectField id={`${id}-year`} label="Jahr" options={free.map((y) => ({ value: String(y), label: String(y) }))} value={chosen} onChange={(event) => setYear(event.target.value)} />
          <Button variant="secondary" onClick={add}>
            Jahr hinzufügen
          </Button>
        </div>
      ) : null}
    </div>
  );
}

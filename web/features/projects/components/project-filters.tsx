import { useEffect, useState } from 'react';
import { initiatorLabels, initiators, projectStatusLabels, projectStatuses } from '../../../../common/project-terms';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import type { ProjectsFilter, ProjectsView } from './projects-filter';

type ProjectFiltersProps = {
  filter: ProjectsFilter;
  spaces: readonly { id: string; name: string }[];
  years: readonly number[];
  onChange: (next: Partial<ProjectsFilter>) => void;
};

/** The filters of the projects page; each choice applies at once (the text after a short pause) and goes into the address. */
export function ProjectFilters({ filter, spaces, years, onChange }: ProjectFiltersProps) {
  const [text, setText] = useState(filter.q);
  const debounced = useDebouncedValue(text, 300);
  useEffect(() => {
    if (debounced.trim() !== filter.q.trim()) onChange({ q: debounced });
    // Only a new typed text writes the address; the address changing (back button) must not echo it back.
  }, [debounced]);

  return (
    <form className="app-project-filters" role="search" aria-label="Projekte filtern" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        id="projects-space"
        label="Sozialraum"
        options={[{ value: '', label: 'alle Sozialräume' }, ...spaces.map((s) => ({ value: s.id, label: s.name }))]}
        value={filter.spaceId}
        onChange={(event) => onChange({ spaceId: event.target.value })}
      />
      <SelectField
        id="projects-status"
        label="Status"
        options={[{ value: '', label: 'alle' }, ...projectStatuses.map((s) => ({ value: s, label: projectStatusLabels[s] }))]}
        value={filter.status}
        onChange={(event) => onChange({ status: event.target.value as ProjectsFilter['status'] })}
      />
      <SelectField
        id="projects-initiative"
        label="Initiative"
        options={[{ value: '', label: 'alle' }, ...initiators.map((i) => ({ value: i, label: initiatorLabels[i] }))]}
        value={filter.initiatedBy}
        onChange={(event) => onChange({ initiatedBy: event.target.value as ProjectsFilter['initiatedBy'] })}
      />
      <SelectField
        id="projects-year"
        label="Jahr"
        options={[{ value: '', label: 'alle Jahre' }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
        value={filter.year}
        onChange={(event) => onChange({ year: event.target.value })}
      />
      <TextField id="projects-q" type="search" label="Suche" value={text} onChange={(event) => setText(event.target.value)} />
    </form>
  );
}

/** Board or table: two toggle buttons; the choice is kept in the address. */
export function ViewSwitch({ view, onChange }: { view: ProjectsView; onChange: (view: ProjectsView) => void }) {
  const options: { value: ProjectsView; label: string }[] = [
    { value: 'board', label: 'Spalten nach Status' },
    { value: 'table', label: 'Tabelle' },
  ];
  return (
    <div className="app-project-view-switch" role="group" aria-label="Ansicht">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className={`kern-btn kern-btn--${view === o.value ? 'primary' : 'secondary'}`}
          aria-pressed={view === o.value}
          onClick={() => onChange(o.value)}
        >
          <span className="kern-label">{o.label}</span>
        </button>
      ))}
    </div>
  );
}

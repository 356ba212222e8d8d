import { useState, type FormEvent } from 'react';
import type { ProjectDetail } from '../../../../common/api/projects';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { todayIso } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { useWriteYearNote } from '../hooks/use-projects';

/** The years a note may be written for: from the project's start (or 2015) to this year, newest first. */
function noteYears(project: ProjectDetail): number[] {
  const current = Number(todayIso().slice(0, 4));
  const first = Math.min(current, project.startsOn ? Number(project.startsOn.slice(0, 4)) : 2015, ...project.yearNotes.map((n) => n.year));
  return Array.from({ length: current - first + 1 }, (_, i) => current - i);
}

function YearNoteForm({ project }: { project: ProjectDetail }) {
  const years = noteYears(project);
  const noteOf = (year: number) => project.yearNotes.find((n) => n.year === year);
  const [year, setYear] = useState(years[0] ?? Number(todayIso().slice(0, 4)));
  const [successes, setSuccesses] = useState(noteOf(year)?.successes ?? '');
  const [difficulties, setDifficulties] = useState(noteOf(year)?.difficulties ?? '');
  const [saved, setSaved] = useState<number | null>(null);
  const write = useWriteYearNote(project.id);
  const errors = fieldErrorsOf(write.error);

  const choose = (next: number) => {
    setYear(next);
    setSuccesses(noteOf(next)?.successes ?? '');
    setDifficulties(noteOf(next)?.difficulties ?? '');
    setSaved(null);
    write.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (write.isPending) return;
    setSaved(null);
    write.mutate({ year, body: { successes: successes.trim(), difficulties: difficulties.trim() } }, { onSuccess: () => setSaved(year) });
  };

  return (
    <form className="app-form app-subform" aria-labelledby="project-note-form-heading" noValidate onSubmit={submit}>
      <h3 className="kern-heading-small" id="project-note-form-heading">
        Für ein Jahr schreiben
      </h3>
      <SelectField
        id="project-note-year"
        label="Jahr"
        options={years.map((y) => ({ value: String(y), label: noteOf(y) ? `${y} (vorhanden)` : String(y) }))}
        value={String(year)}
        onChange={(event) => choose(Number(event.target.value))}
      />
      <TextAreaField id="project-note-successes" label={`Erfolge ${year}`} rows={4} value={successes} onChange={(event) => setSuccesses(event.target.value)} error={errors.successes} />
      <TextAreaField
        id="project-note-difficulties"
        label={`Schwierigkeiten ${year}`}
        rows={4}
        value={difficulties}
        onChange={(event) => setDifficulties(event.target.value)}
        error={errors.difficulties}
      />
      {write.error && !errors.successes && !errors.difficulties ? <ErrorAlert error={write.error} title="Nicht gespeichert" /> : null}
      {saved !== null ? <Alert tone="success" title={`Erfolge und Schwierigkeiten ${saved} gespeichert.`} /> : null}
      <div>
        <Button type="submit" busy={write.isPending}>
          {write.isPending ? 'Wird gespeichert …' : `${year} speichern`}
        </Button>
      </div>
    </form>
  );
}

/** "Erfolge und Schwierigkeiten" per year, as the annual report quotes them; editors write them here. */
export function ProjectYearNotes({ project }: { project: ProjectDetail }) {
  const notes = [...project.yearNotes].sort((a, b) => b.year - a.year);
  return (
    <section className="app-section" aria-labelledby="project-notes-heading">
      <h2 className="kern-heading-medium" id="project-notes-heading">
        Erfolge und Schwierigkeiten
      </h2>
      {notes.length === 0 ? <p className="kern-body app-muted">Noch für kein Jahr festgehalten.</p> : null}
      {notes.map((note) => (
        <article key={note.year} className="app-project-note" aria-labelledby={`project-note-${note.year}`}>
          <h3 className="kern-heading-small" id={`project-note-${note.year}`}>
            {note.year}
          </h3>
          <dl className="app-project-note__list">
            <dt>Erfolge</dt>
            <dd className="app-prewrap">{note.successes || '–'}</dd>
            <dt>Schwierigkeiten</dt>
            <dd className="app-prewrap">{note.difficulties || '–'}</dd>
          </dl>
        </article>
      ))}
      {project.editable ? <YearNoteForm project={project} /> : null}
    </section>
  );
}

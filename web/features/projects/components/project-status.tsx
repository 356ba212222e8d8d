import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ProjectDetail } from '../../../../common/api/projects';
import { projectStatusLabels, projectStatusMoves, type ProjectStatus } from '../../../../common/project-terms';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { formatDay } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { useChangeProjectStatus } from '../hooks/use-projects';
import { StatusBadge } from './project-badges';

const moveLabels: Record<ProjectStatus, string> = {
  idea: 'Zurück zur Idee',
  planned: 'Als geplant markieren',
  running: 'Starten',
  completed: 'Abschließen',
  stopped: 'Einstellen …',
};

/** The status, how it came about, and (for editors) the moves it may make next; stopping asks for the reason. */
export function ProjectStatusSection({ project }: { project: ProjectDetail }) {
  const change = useChangeProjectStatus(project.id);
  const [stopping, setStopping] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const reasonRef = useRef<HTMLDivElement>(null);
  const moves = project.editable ? projectStatusMoves[project.status] : [];
  const serverErrors = fieldErrorsOf(change.error);

  useEffect(() => {
    if (stopping) reasonRef.current?.querySelector('textarea')?.focus();
  }, [stopping]);

  const move = (status: ProjectStatus, why = '') => {
    if (change.isPending) return;
    setDone(null);
    change.mutate(
      { status, reason: why },
      {
        onSuccess: () => {
          setStopping(false);
          setReason('');
          setDone(`Status geändert: ${projectStatusLabels[status]}.`);
          // The buttons that were there are gone: focus goes to the section's heading.
          document.getElementById('project-status-heading')?.focus();
        },
      },
    );
  };

  const submitStop = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setReasonError('Bitte angeben, warum das Projekt eingestellt wird (mindestens 3 Zeichen).');
      reasonRef.current?.querySelector('textarea')?.focus();
      return;
    }
    setReasonError(undefined);
    move('stopped', reason.trim());
  };

  return (
    <section className="app-section" aria-labelledby="project-status-heading">
      <h2 className="kern-heading-medium app-focus-target" id="project-status-heading" tabIndex={-1}>
        Status
      </h2>
      <p className="kern-body">
        <StatusBadge status={project.status} />
        {project.status === 'stopped' && project.statusReason ? <> Grund: {project.statusReason}</> : null}
      </p>
      {done ? <Alert tone="success" title={done} /> : null}
      {change.error && !stopping ? <ErrorAlert error={change.error} title="Status nicht geändert" /> : null}
      {moves.length > 0 && !stopping ? (
        <ButtonRow>
          {moves.map((status) => (
            <Button key={status} variant={status === 'stopped' ? 'secondary' : 'primary'} busy={change.isPending} onClick={() => (status === 'stopped' ? setStopping(true) : move(status))}>
              {moveLabels[status]}
            </Button>
          ))}
        </ButtonRow>
      ) : null}
      {stopping ? (
        <form className="app-form app-subform" aria-label="Projekt einstellen" noValidate onSubmit={submitStop}>
          <div ref={reasonRef}>
            <TextAreaField
              id="project-stop-reason"
              label="Warum wird das Projekt eingestellt?"
              hint="Die Begründung steht im Verlauf und im Jahresbericht, z. B. „Es kam kein engerer Kontakt zustande.“"
              rows={3}
              required
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={reasonError ?? serverErrors.reason}
            />
          </div>
          {change.error && !serverErrors.reason ? <ErrorAlert error={change.error} title="Nicht eingestellt" /> : null}
          <ButtonRow>
            <Button type="submit" busy={change.isPending}>
              Projekt einstellen
            </Button>
            <Button
              variant="tertiary"
              onClick={() => {
                setStopping(false);
                setReasonError(undefined);
                change.reset();
              }}
            >
              Abbrechen
            </Button>
          </ButtonRow>
        </form>
      ) : null}
      {project.history.length ? (
        <>
          <h3 className="kern-heading-small">Verlauf</h3>
          <ol className="app-project-history">
            {project.history.map((event, index) => (
              <li key={`${event.on}-${event.status}-${index}`}>
                <span className="kern-body">
                  {formatDay(event.on)}: <strong>{projectStatusLabels[event.status]}</strong>
                  {event.byName ? ` (${event.byName})` : ''}
                  {event.reason ? ` – ${event.reason}` : ''}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import type { ProjectDetail } from '../../../../common/api/projects';
import { attachmentMaxBytes, attachmentTypes } from '../../../../common/project-terms';
import { fieldErrorsOf, messageOf } from '../../../components/api/api-error';
import { formatDateTime } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { describedBy, FieldMessage } from '../../../components/ui/field-message';
import { attachmentUrl } from '../api/projects-api';
import { useDeleteAttachment, useUploadAttachment } from '../hooks/use-projects';

const size = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** "1,4 MB", "12 KB", "300 Bytes" */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${size.format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${size.format(bytes / 1024)} KB`;
  return `${bytes} Bytes`;
}

const typeNames = [...new Set(Object.values(attachmentTypes))].join(', ');

/** Files of a project: staff download them, editors add and remove them (the committee does not see them). */
export function ProjectAttachments({ project }: { project: ProjectDetail }) {
  const upload = useUploadAttachment(project.id);
  const remove = useDeleteAttachment(project.id);
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [clientError, setClientError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const serverErrors = fieldErrorsOf(upload.error);
  const fileError = clientError ?? serverErrors.file ?? serverErrors.name ?? (upload.error ? messageOf(upload.error) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (upload.isPending) return;
    setNotice(null);
    upload.reset();
    if (!file) {
      setClientError('Bitte eine Datei wählen.');
      inputRef.current?.focus();
      return;
    }
    if (file.size > attachmentMaxBytes) {
      setClientError('Die Datei ist zu groß: höchstens 10 MB.');
      inputRef.current?.focus();
      return;
    }
    setClientError(undefined);
    upload.mutate(file, {
      onSuccess: (added) => {
        setNotice(`Hochgeladen: ${added.fileName}`);
        setFile(null);
        if (inputRef.current) inputRef.current.value = '';
      },
      onError: () => inputRef.current?.focus(),
    });
  };

  return (
    <section className="app-section" aria-labelledby="project-attachments-heading">
      <h2 className="kern-heading-medium" id="project-attachments-heading">
        Anlagen
      </h2>
      {project.attachments.length === 0 ? (
        <p className="kern-body app-muted">Keine Anlagen.</p>
      ) : (
        <ul className="app-project-attachments">
          {project.attachments.map((a) => (
            <li key={a.id} className="app-project-attachment">
              <span className="kern-body">
                <a className="kern-link" href={attachmentUrl(project.id, a.id)} download={a.fileName}>
                  {a.fileName}
                </a>{' '}
                <span className="app-muted">
                  ({attachmentTypes[a.mediaType as keyof typeof attachmentTypes] ?? a.mediaType}, {formatBytes(a.sizeBytes)}, {formatDateTime(a.uploadedAt)})
                </span>
              </span>
              {project.editable ? (
                <Button
                  variant="tertiary"
                  busy={remove.isPending && remove.variables === a.id}
                  onClick={() => remove.mutate(a.id, { onSuccess: () => setNotice(`Entfernt: ${a.fileName}`) })}
                >
                  Entfernen<span className="app-visually-hidden">: {a.fileName}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {remove.error ? <ErrorAlert error={remove.error} title="Anlage nicht entfernt" /> : null}
      {notice ? <Alert tone="success" title={notice} /> : null}
      {project.editable ? (
        <form className="app-form app-subform" aria-label="Anlage hochladen" noValidate onSubmit={submit}>
          <div className={`kern-form-input${fileError ? ' kern-form-input--error' : ''}`}>
            <label className="kern-label" htmlFor="project-file">
              Datei
            </label>
            <div className="kern-hint" id="project-file-hint">
              {typeNames}; höchstens 10 MB.
            </div>
            <input
              ref={inputRef}
              id="project-file"
              type="file"
              className="app-project-file"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={describedBy('project-file-hint', fileError && 'project-file-error')}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setClientError(undefined);
                upload.reset();
              }}
            />
            <FieldMessage id="project-file-error" message={fileError} />
          </div>
          <div>
            <Button type="submit" variant="secondary" busy={upload.isPending}>
              {upload.isPending ? 'Wird hochgeladen …' : 'Hochladen'}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

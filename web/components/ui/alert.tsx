import type { MouseEvent, ReactNode } from 'react';
import { isApiError } from '../api/api-error';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

type AlertProps = {
  tone: AlertTone;
  title: ReactNode;
  children?: ReactNode;
  /** `alert` interrupts the screen reader; `status` waits. Defaults: danger → alert, others → status. */
  role?: 'alert' | 'status' | 'none';
  id?: string;
};

const icons: Record<AlertTone, string> = { info: 'info', success: 'success', warning: 'warning', danger: 'danger' };

export function Alert({ tone, title, children, role, id }: AlertProps) {
  const liveRole = role ?? (tone === 'danger' ? 'alert' : 'status');
  return (
    <div className={`kern-alert kern-alert--${tone} app-alert`} role={liveRole === 'none' ? undefined : liveRole} id={id}>
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${icons[tone]}`} aria-hidden="true" />
        <span className="kern-title">{title}</span>
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  );
}

/** The click handler of a link to a form field (`href="#id"`): focuses the field and scrolls it into the middle. */
export const focusField = (targetId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
  const target = document.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
};

/** Where a body field lives in the form: its visible label and the id of the control to focus. */
export type FieldTargets = Record<string, { label: string; targetId: string }>;

type ErrorAlertProps = {
  error: unknown;
  /** Field errors for these fields are listed as links to the field instead of the raw detail. */
  fields?: FieldTargets;
  title?: string;
  id?: string;
};

/** Shows a failed request: the server's German title and detail, or a summary of field errors with links. */
export function ErrorAlert({ error, fields = {}, title, id }: ErrorAlertProps) {
  if (!isApiError(error)) {
    return (
      <Alert tone="danger" title={title ?? 'Es ist ein Fehler aufgetreten'} id={id}>
        <p className="kern-body">Bitte laden Sie die Seite neu und versuchen Sie es erneut.</p>
      </Alert>
    );
  }
  const listed = error.fieldErrors.filter((e) => fields[e.field]);
  const showSummary = listed.length > 0 && listed.length === error.fieldErrors.length;
  return (
    <Alert tone="danger" title={title ?? error.title} id={id}>
      {showSummary ? (
        <>
          <p className="kern-body">Bitte korrigieren Sie die markierten Angaben:</p>
          <ul className="kern-list kern-list--bullet">
            {listed.map((e) => {
              const target = fields[e.field];
              if (!target) return null;
              return (
                <li key={`${e.field}-${e.message}`}>
                  <a className="kern-link" href={`#${target.targetId}`} onClick={focusField(target.targetId)}>
                    {target.label}: {e.message}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="kern-body">{error.detail ?? error.title}</p>
      )}
      {error.status >= 500 && error.requestId ? (
        <p className="kern-body kern-body--small">Anfrage-ID für Rückfragen: {error.requestId}</p>
      ) : null}
    </Alert>
  );
}

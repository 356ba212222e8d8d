import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, ErrorAlert } from './alert';
import { Button, ButtonRow } from './button';

type ConfirmDeleteProps = {
  /** Prefix of the ids: `<id>-start` is the first button (focus returns to it on cancel), `<id>-title` the question. */
  id: string;
  /** The first step's button, e.g. "Angebot löschen …". */
  startLabel: string;
  /** The question of the second step. */
  question: ReactNode;
  /** Why deleting is rarely the right choice (the body of the warning). */
  children: ReactNode;
  /** The delete request: whether it runs, how it failed, and how to forget that. */
  request: { isPending: boolean; error: unknown; reset: () => void };
  onConfirm: () => void;
};

/** Deleting in two steps: a button, then a warning with "Endgültig löschen" and "Abbrechen". */
export function ConfirmDelete({ id, startLabel, question, children, request, onConfirm }: ConfirmDeleteProps) {
  const [confirming, setConfirming] = useState(false);
  const groupRef = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  // Into the question when it opens; back to the button when it is cancelled.
  useEffect(() => {
    if (confirming) groupRef.current?.focus();
    else if (opened.current) document.getElementById(`${id}-start`)?.focus();
    opened.current = opened.current || confirming;
  }, [confirming, id]);

  if (!confirming) {
    return (
      <div>
        <Button variant="secondary" id={`${id}-start`} onClick={() => setConfirming(true)}>
          {startLabel}
        </Button>
      </div>
    );
  }
  return (
    <div className="app-section app-focus-target" ref={groupRef} tabIndex={-1} role="group" aria-labelledby={`${id}-title`}>
      <Alert tone="warning" title={<span id={`${id}-title`}>{question}</span>} role="none">
        <p className="kern-body">{children}</p>
      </Alert>
      {request.error ? <ErrorAlert error={request.error} title="Nicht gelöscht" /> : null}
      <ButtonRow>
        <Button busy={request.isPending} onClick={onConfirm}>
          Endgültig löschen
        </Button>
        <Button
          variant="tertiary"
          onClick={() => {
            request.reset();
            setConfirming(false);
          }}
        >
          Abbrechen
        </Button>
      </ButtonRow>
    </div>
  );
}

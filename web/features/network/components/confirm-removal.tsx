import { useEffect, useRef, type ReactNode } from 'react';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';

type ConfirmRemovalProps = {
  id: string;
  title: ReactNode;
  children: ReactNode;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
};

/** The second step of deleting: a named group that takes focus, says what goes, and offers to go back. */
export function ConfirmRemoval({ id, title, children, busy, error, onConfirm, onCancel }: ConfirmRemovalProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="app-section app-focus-target" ref={ref} tabIndex={-1} role="group" aria-labelledby={`${id}-title`}>
      <Alert tone="warning" title={<span id={`${id}-title`}>{title}</span>} role="none">
        {children}
      </Alert>
      {error ? <ErrorAlert error={error} title="Nicht gelöscht" /> : null}
      <ButtonRow>
        <Button busy={busy} onClick={onConfirm}>
          Endgültig löschen
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          Abbrechen
        </Button>
      </ButtonRow>
    </div>
  );
}

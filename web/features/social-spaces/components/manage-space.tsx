import { useEffect, useRef, useState } from 'react';
import type { SocialSpace } from '../../../../common/api/social-spaces';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { useDeleteSpace } from '../hooks/use-social-spaces';
import { EditSpaceForm } from './edit-space-form';

type Mode = 'idle' | 'edit' | 'delete' | 'saved';

type ManageSpaceProps = { space: SocialSpace; onDeleted: (space: SocialSpace) => void };

const focusLater = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus());

/**
 * "Bearbeiten" and "Löschen" for managers. Deleting takes a second step; the server refuses (409) while anything
 * still belongs to the space, and its message is shown.
 */
export function ManageSpace({ space, onDeleted }: ManageSpaceProps) {
  const [mode, setMode] = useState<Mode>('idle');
  const remove = useDeleteSpace(space.id);
  const confirmRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (mode === 'delete') confirmRef.current?.focus();
    if (mode === 'edit') document.getElementById('edit-space-name')?.focus();
  }, [mode]);

  const choose = (next: Mode) => {
    remove.reset();
    setMode(next);
  };

  return (
    <div className="app-section">
      {mode === 'saved' ? <Alert tone="success" title="Änderungen gespeichert" /> : null}
      <ButtonRow>
        <Button
          variant="secondary"
          id="edit-space-toggle"
          aria-expanded={mode === 'edit'}
          aria-controls={mode === 'edit' ? 'edit-space-form' : undefined}
          onClick={() => choose(mode === 'edit' ? 'idle' : 'edit')}
        >
          Bearbeiten
        </Button>
        <Button variant="secondary" id="delete-space-start" onClick={() => choose('delete')}>
          Löschen
        </Button>
      </ButtonRow>

      {mode === 'edit' ? (
        <EditSpaceForm
          key={space.updatedAt}
          space={space}
          onSaved={() => {
            setMode('saved');
            focusLater('edit-space-toggle');
          }}
          onCancel={() => {
            setMode('idle');
            focusLater('edit-space-toggle');
          }}
        />
      ) : null}

      {mode === 'delete' ? (
        <div className="app-section app-focus-target" ref={confirmRef} tabIndex={-1} role="group" aria-labelledby="delete-space-title">
          <Alert tone="warning" title={<span id="delete-space-title">„{space.name}“ wirklich löschen?</span>} role="none">
            <p className="kern-body">
              Der Sozialraum und seine Grenze werden gelöscht; das lässt sich nicht rückgängig machen. Solange noch etwas
              zu ihm gehört (Team, Verträge, Angebote), lehnt sozialraum das Löschen ab.
            </p>
          </Alert>
          {remove.error ? <ErrorAlert error={remove.error} title="Nicht gelöscht" /> : null}
          <ButtonRow>
            <Button busy={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => onDeleted(space) })}>
              Endgültig löschen
            </Button>
            <Button
              variant="tertiary"
              onClick={() => {
                choose('idle');
                focusLater('delete-space-start');
              }}
            >
              Abbrechen
            </Button>
          </ButtonRow>
        </div>
      ) : null}
    </div>
  );
}

import { useEffect, useState } from 'react';
import type { Organization } from '../../../../common/api/network';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import type { CheckboxOption } from '../../../components/ui/checkbox';
import { useDeleteOrganization } from '../hooks/use-organizations';
import { ConfirmRemoval } from './confirm-removal';
import { EditOrganizationForm } from './edit-organization-form';

type Mode = 'idle' | 'edit' | 'delete' | 'saved';

type ManageOrganizationProps = {
  organization: Organization;
  spaces: CheckboxOption<string>[];
  onDeleted: (organization: Organization) => void;
  /** Managers may delete; a provider editor only edits their own organisation. */
  canDelete?: boolean;
};

const focusLater = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus());

/**
 * "Bearbeiten" and "Löschen" for managers. Deleting takes a second step; the server refuses (409) while the
 * organisation still has contracts, positions or team members, and its message is shown.
 */
export function ManageOrganization({ organization, spaces, onDeleted, canDelete = true }: ManageOrganizationProps) {
  const [mode, setMode] = useState<Mode>('idle');
  const remove = useDeleteOrganization(organization.id);

  useEffect(() => {
    if (mode === 'edit') document.getElementById('edit-organization-name')?.focus();
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
          id="edit-organization-toggle"
          aria-expanded={mode === 'edit'}
          aria-controls={mode === 'edit' ? 'edit-organization-form' : undefined}
          onClick={() => choose(mode === 'edit' ? 'idle' : 'edit')}
        >
          Bearbeiten
        </Button>
        {canDelete ? (
          <Button variant="secondary" id="delete-organization-start" onClick={() => choose('delete')}>
            Löschen
          </Button>
        ) : null}
      </ButtonRow>

      {mode === 'edit' ? (
        <EditOrganizationForm
          key={organization.id}
          organization={organization}
          spaces={spaces}
          onSaved={() => {
            setMode('saved');
            focusLater('edit-organization-toggle');
          }}
          onCancel={() => {
            setMode('idle');
            focusLater('edit-organization-toggle');
          }}
        />
      ) : null}

      {mode === 'delete' ? (
        <ConfirmRemoval
          id="delete-organization"
          title={`„${organization.name}“ wirklich löschen?`}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(undefined, { onSuccess: () => onDeleted(organization) })}
          onCancel={() => {
            choose('idle');
            focusLater('delete-organization-start');
          }}
        >
          <p className="kern-body">
            Die Organisation wird gelöscht; das lässt sich nicht rückgängig machen. Solange sie noch Verträge, Stellen oder
            Teammitglieder hat, lehnt sozialraum das Löschen ab.
          </p>
        </ConfirmRemoval>
      ) : null}
    </div>
  );
}

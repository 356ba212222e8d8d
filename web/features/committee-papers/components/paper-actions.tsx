import { useEffect, useRef, useState } from 'react';
import type { Paper } from '../../../../common/api/committee-papers';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { ConfirmDelete } from '../../../components/ui/confirm-delete';
import { useDeletePaper, usePublishPaper } from '../hooks/use-committee-papers';

type PublishPaperProps = { paper: Paper; onPublished: () => void };

/** Publishing in two steps: a published paper is public (OParl) and can be neither changed nor deleted. */
export function PublishPaper({ paper, onPublished }: PublishPaperProps) {
  const [confirming, setConfirming] = useState(false);
  const publish = usePublishPaper(paper.id, onPublished);
  const groupRef = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (confirming) groupRef.current?.focus();
    else if (opened.current) document.getElementById('paper-publish-start')?.focus();
    opened.current = opened.current || confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <div>
        <Button id="paper-publish-start" onClick={() => setConfirming(true)}>
          Veröffentlichen …
        </Button>
      </div>
    );
  }
  return (
    <div className="app-section app-focus-target" ref={groupRef} tabIndex={-1} role="group" aria-labelledby="paper-publish-title">
      <Alert tone="warning" title={<span id="paper-publish-title">Vorlage {paper.reference} jetzt veröffentlichen?</span>} role="none">
        <p className="kern-body">
          Die Vorlage erscheint dann öffentlich in der OParl-Schnittstelle des Ratsinformationssystems. Danach kann sie weder geändert noch gelöscht
          werden; Korrekturen brauchen eine neue Vorlage.
        </p>
      </Alert>
      {publish.error ? <ErrorAlert error={publish.error} title="Nicht veröffentlicht" /> : null}
      <ButtonRow>
        <Button busy={publish.isPending} onClick={() => publish.mutate()}>
          Endgültig veröffentlichen
        </Button>
        <Button
          variant="tertiary"
          onClick={() => {
            publish.reset();
            setConfirming(false);
          }}
        >
          Abbrechen
        </Button>
      </ButtonRow>
    </div>
  );
}

type DeletePaperProps = { paper: Paper; onDeleted: () => void };

/** Deleting a draft (a published paper cannot be deleted). */
export function DeletePaper({ paper, onDeleted }: DeletePaperProps) {
  const remove = useDeletePaper(paper.id, onDeleted);
  return (
    <ConfirmDelete id="paper-delete" startLabel="Löschen …" question={`Entwurf ${paper.reference} endgültig löschen?`} request={remove} onConfirm={() => remove.mutate()}>
      Der Entwurf und seine Beratungsfolge werden gelöscht. Der Bericht selbst und seine Texte bleiben erhalten.
    </ConfirmDelete>
  );
}

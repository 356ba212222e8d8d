import { useEffect, useRef, useState } from 'react';
import type { ServiceDetail } from '../../../../common/api/services';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { useDeleteService } from '../hooks/use-services-admin';

type EditDeleteServiceProps = { service: ServiceDetail; onDeleted: (service: ServiceDetail) => void };

/** Deleting in two steps; the second says that "eingestellt" is usually the better choice. */
export function EditDeleteService({ service, onDeleted }: EditDeleteServiceProps) {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteService(service.id);
  const groupRef = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  // Into the question when it opens; back to the button when it is cancelled.
  useEffect(() => {
    if (confirming) groupRef.current?.focus();
    else if (opened.current) document.getElementById('delete-service-start')?.focus();
    opened.current = opened.current || confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <div>
        <Button variant="secondary" id="delete-service-start" onClick={() => setConfirming(true)}>
          Angebot löschen …
        </Button>
      </div>
    );
  }
  return (
    <div className="app-section app-focus-target" ref={groupRef} tabIndex={-1} role="group" aria-labelledby="delete-service-title">
      <Alert tone="warning" title={<span id="delete-service-title">„{service.name}“ endgültig löschen?</span>} role="none">
        <p className="kern-body">
          Löschen ist für falsch angelegte Angebote gedacht. Gibt es das Angebot nicht mehr, setzen Sie besser den Status
          auf „eingestellt“: Dann bleibt es für Auswertungen und Bedarfe erhalten, ist aber nicht mehr öffentlich zu finden.
        </p>
      </Alert>
      {remove.error ? <ErrorAlert error={remove.error} title="Nicht gelöscht" /> : null}
      <ButtonRow>
        <Button busy={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => onDeleted(service) })}>
          Endgültig löschen
        </Button>
        <Button
          variant="tertiary"
          onClick={() => {
            remove.reset();
            setConfirming(false);
          }}
        >
          Abbrechen
        </Button>
      </ButtonRow>
    </div>
  );
}

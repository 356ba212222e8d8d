import { useEffect, useRef, useState } from 'react';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { useDeleteNeed } from '../hooks/use-needs';

type NeedDetailDeleteProps = { needId: string; onDeleted: () => void };

/** Deleting in two steps; meant for entries made by mistake (the server lets only the management delete). */
export function NeedDetailDelete({ needId, onDeleted }: NeedDetailDeleteProps) {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteNeed(needId, onDeleted);
  const groupRef = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (confirming) groupRef.current?.focus();
    else if (opened.current) document.getElementById('delete-need-start')?.focus();
    opened.current = opened.current || confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <div>
        <Button variant="secondary" id="delete-need-start" onClick={() => setConfirming(true)}>
          Bedarf löschen …
        </Button>
      </div>
    );
  }
  return (
    <div className="app-section app-focus-target" ref={groupRef} tabIndex={-1} role="group" aria-labelledby="delete-need-title">
      <Alert tone="warning" title={<span id="delete-need-title">Diesen Bedarf endgültig löschen?</span>} role="none">
        <p className="kern-body">
          Löschen ist für irrtümlich angelegte Einträge gedacht. Ein erledigter Bedarf bleibt besser mit dem Status
          „abgeschlossen“ erhalten: Er zählt dann weiter in der Lückenanalyse der vergangenen Jahre.
        </p>
      </Alert>
      {remove.error ? <ErrorAlert error={remove.error} title="Nicht gelöscht" /> : null}
      <ButtonRow>
        <Button busy={remove.isPending} onClick={() => remove.mutate()}>
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

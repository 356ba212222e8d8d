import { useEffect, useRef, useState } from 'react';
import type { BudgetOfYear } from '../../../../common/api/budget';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { useCloseBudgetYear, useOpenBudgetYear } from '../hooks/use-budget';
import type { BudgetKey } from '../api/budget-api';

/** A year without lines: managers open it with the office's default lines, the others read that it is not there yet. */
export function OpenBudgetYear({ budgetKey, spaceName, canOpen }: { budgetKey: BudgetKey; spaceName: string; canOpen: boolean }) {
  const open = useOpenBudgetYear();
  return (
    <div className="app-section">
      <Alert tone="info" title={`Für ${budgetKey.year} ist in ${spaceName} noch kein Haushalt angelegt.`} role="none">
        <p className="kern-body">
          {canOpen
            ? 'Beim Anlegen entstehen die Haushaltspositionen mit den Beträgen, dem Produktkonto und dem Beschluss aus den Vorgaben des Jugendamts.'
            : 'Die Fachbereichsleitung legt das Haushaltsjahr an. Danach stehen hier die Beträge.'}
        </p>
      </Alert>
      {canOpen ? (
        <>
          {open.error ? <ErrorAlert error={open.error} title="Haushaltsjahr nicht angelegt" /> : null}
          <div>
            <Button busy={open.isPending} onClick={() => open.mutate(budgetKey)}>
              Haushaltsjahr anlegen
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}

/** Closing a year in two steps; afterwards nothing can be booked or reversed in it. */
export function CloseBudgetYear({ budget, spaceName }: { budget: BudgetOfYear; spaceName: string }) {
  const close = useCloseBudgetYear();
  const [confirming, setConfirming] = useState(false);
  const groupRef = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (confirming) groupRef.current?.focus();
    else if (opened.current) document.getElementById('close-year-start')?.focus();
    opened.current = opened.current || confirming;
  }, [confirming]);

  return (
    <section className="app-section" aria-labelledby="close-year-heading">
      <h2 className="kern-heading-medium" id="close-year-heading">
        Jahr abschließen
      </h2>
      {!confirming ? (
        <>
          <p className="kern-body">Ist alles gebucht, wird das Jahr abgeschlossen. Danach kann darin nichts mehr gebucht oder storniert werden.</p>
          <div>
            <Button variant="secondary" id="close-year-start" onClick={() => setConfirming(true)}>
              Jahr abschließen …
            </Button>
          </div>
        </>
      ) : (
        <div className="app-section app-focus-target" ref={groupRef} tabIndex={-1} role="group" aria-labelledby="close-year-question">
          <Alert tone="warning" title={<span id="close-year-question">{`Haushaltsjahr ${budget.year} für ${spaceName} abschließen?`}</span>} role="none">
            <p className="kern-body">Danach sind keine Buchungen und Stornierungen in diesem Jahr mehr möglich. Das lässt sich nicht rückgängig machen.</p>
          </Alert>
          {close.error ? <ErrorAlert error={close.error} title="Jahr nicht abgeschlossen" /> : null}
          <ButtonRow>
            <Button busy={close.isPending} onClick={() =>
                close.mutate(
                  { spaceId: budget.spaceId, year: budget.year },
                  // This section disappears with the write actions: focus goes to the notice that the year is closed.
                  { onSuccess: () => window.setTimeout(() => document.getElementById('budget-closed')?.focus(), 0) },
                )
              }>
              Jahr endgültig abschließen
            </Button>
            <Button
              variant="tertiary"
              onClick={() => {
                close.reset();
                setConfirming(false);
              }}
            >
              Abbrechen
            </Button>
          </ButtonRow>
        </div>
      )}
    </section>
  );
}

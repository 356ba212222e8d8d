import { ConfirmDelete } from '../../../components/ui/confirm-delete';
import { useDeleteNeed } from '../hooks/use-needs';

type NeedDetailDeleteProps = { needId: string; onDeleted: () => void };

/** Deleting in two steps; meant for entries made by mistake (the server lets only the management delete). */
export function NeedDetailDelete({ needId, onDeleted }: NeedDetailDeleteProps) {
  const remove = useDeleteNeed(needId, onDeleted);
  return (
    <ConfirmDelete
      id="delete-need"
      startLabel="Bedarf löschen …"
      question="Diesen Bedarf endgültig löschen?"
      request={remove}
      onConfirm={() => remove.mutate()}
    >
      Löschen ist für irrtümlich angelegte Einträge gedacht. Ein erledigter Bedarf bleibt besser mit dem Status
      „abgeschlossen“ erhalten: Er zählt dann weiter in der Lückenanalyse der vergangenen Jahre.
    </ConfirmDelete>
  );
}

import type { ServiceDetail } from '../../../../common/api/services';
import { ConfirmDelete } from '../../../components/ui/confirm-delete';
import { useDeleteService } from '../hooks/use-services-admin';

type EditDeleteServiceProps = { service: ServiceDetail; onDeleted: (service: ServiceDetail) => void };

/** Deleting in two steps; the second says that "eingestellt" is usually the better choice. */
export function EditDeleteService({ service, onDeleted }: EditDeleteServiceProps) {
  const remove = useDeleteService(service.id);
  return (
    <ConfirmDelete
      id="delete-service"
      startLabel="Angebot löschen …"
      question={<>„{service.name}“ endgültig löschen?</>}
      request={remove}
      onConfirm={() => remove.mutate(undefined, { onSuccess: () => onDeleted(service) })}
    >
      Löschen ist für falsch angelegte Angebote gedacht. Gibt es das Angebot nicht mehr, setzen Sie besser den Status auf
      „eingestellt“: Dann bleibt es für Auswertungen und Bedarfe erhalten, ist aber nicht mehr öffentlich zu finden.
    </ConfirmDelete>
  );
}

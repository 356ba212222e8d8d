import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { formatDay } from '../../components/format/format-date';
import { Alert, ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { ConfirmDelete } from '../../components/ui/confirm-delete';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { ConsultationForm } from '../../features/case-consultations/components/consultation-form';
import { ConsultationDetails } from '../../features/case-consultations/components/consultation-views';
import { consultationPaths } from '../../features/case-consultations/consultation-paths';
import { useConsultation, useConsultationSpaces, useDeleteConsultation } from '../../features/case-consultations/hooks/use-consultations';
import { consultationManagerRoles } from '../roles';

function savedNote(state: unknown): string | null {
  const saved = state && typeof state === 'object' ? (state as Record<string, unknown>).savedConsultation : undefined;
  return saved === 'created' ? 'Die Beratung wurde gespeichert.' : null;
}

/** One collegial consultation: who took part, what was missing, the cases; to change or (managers) delete. */
export function ConsultationPage() {
  const { id = '' } = useParams();
  const { data: account } = useMe();
  const navigate = useNavigate();
  const created = savedNote(useLocation().state);
  const [editing, setEditing] = useState(false);
  const [updated, setUpdated] = useState(false);
  const consultation = useConsultation(id);
  const spaces = useConsultationSpaces();
  const remove = useDeleteConsultation(id, () => void navigate(consultationPaths.consultations, { state: { deletedConsultation: true } }));

  if (consultation.isPending) return <LoadingIndicator label="Beratung wird geladen …" />;
  if (consultation.isError)
    return (
      <div className="app-stack">
        <PageHeading title="Kollegiale Beratung" />
        <ErrorAlert error={consultation.error} />
        <p className="kern-body">
          <Link className="kern-link" to={consultationPaths.consultations}>
            Zu allen Beratungen
          </Link>
        </p>
      </div>
    );
  const c = consultation.data;
  const spaceName = spaces.data?.find((s) => s.id === c.spaceId)?.name ?? '';
  return (
    <div className="app-stack">
      <PageHeading title={`Beratung am ${formatDay(c.heldOn)}`} preline={`Kollegiale Beratung${spaceName ? ` · ${spaceName}` : ''}`} />
      <p className="kern-body">
        <Link className="kern-link" to={consultationPaths.consultations}>
          Alle Beratungen
        </Link>
      </p>
      {created && !updated ? <Alert tone="success" title={created} /> : null}
      {updated ? <Alert tone="success" title="Die Änderungen wurden gespeichert." /> : null}
      {editing ? (
        <ConsultationForm
          consultation={c}
          onSaved={() => {
            setEditing(false);
            setUpdated(true);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <ConsultationDetails consultation={c} spaceName={spaceName} />
          {c.editable ? (
            <div>
              <Button variant="secondary" onClick={() => setEditing(true)}>
                Beratung bearbeiten
              </Button>
            </div>
          ) : null}
        </>
      )}
      {hasAnyRole(account, consultationManagerRoles) && !editing ? (
        <section className="app-section" aria-labelledby="consultation-delete-heading">
          <h2 className="kern-heading-medium" id="consultation-delete-heading">
            Löschen
          </h2>
          <ConfirmDelete id="consultation-delete" startLabel="Löschen …" question="Diese Beratung endgültig löschen?" request={remove} onConfirm={() => remove.mutate()}>
            Löschen Sie nur Beratungen, die aus Versehen erfasst wurden: sie fehlen danach in allen Zahlen.
          </ConfirmDelete>
        </section>
      ) : null}
    </div>
  );
}

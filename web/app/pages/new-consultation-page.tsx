import { useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { ConsultationForm } from '../../features/case-consultations/components/consultation-form';
import { consultationPaths } from '../../features/case-consultations/consultation-paths';

/** Recording a collegial case consultation. */
export function NewConsultationPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <div className="app-stack">
      <PageHeading title="Neue Beratung" preline="Kollegiale Beratung" lead="Wer dabei war, wie viele Fälle beraten wurden und welche Hilfe sich ergab – ohne Namen und Aktenzeichen." />
      <ConsultationForm
        initialSpaceId={params.get('spaceId') ?? undefined}
        onSaved={(c) => void navigate(consultationPaths.consultation(c.id), { state: { savedConsultation: 'created' } })}
        onCancel={() => void navigate(consultationPaths.consultations)}
      />
    </div>
  );
}

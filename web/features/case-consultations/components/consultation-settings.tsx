import { useState, type FormEvent } from 'react';
import { teamRoleLabels, teamRoles } from '../../../../common/social-space-terms';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { useConsultationSettings, useUpdateConsultationSettings } from '../hooks/use-consultations';

function SettingsForm({ initial }: { initial: string[] }) {
  const [roles, setRoles] = useState<string[]>(initial);
  const [saved, setSaved] = useState(false);
  const update = useUpdateConsultationSettings();
  const errors = fieldErrorsOf(update.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    setSaved(false);
    update.mutate(roles, { onSuccess: () => setSaved(true) });
  };
  return (
    <form className="app-form" aria-label="Benötigte Rollen" noValidate onSubmit={submit}>
      {update.error && !errors.requiredRoles ? <ErrorAlert error={update.error} title="Nicht gespeichert" /> : null}
      <CheckboxGroup
        id="consultation-required-roles"
        name="consultation-required-roles"
        legend="Rollen, die bei jeder Kollegialen Beratung dabei sein sollen"
        hint="Fehlt eine davon, wird die Beratung markiert. Die Netzwerkerin oder der Netzwerker zählt nur, solange das Modell „Netzwerker/in“ gilt."
        options={teamRoles.map((r) => ({ value: r, label: teamRoleLabels[r] }))}
        value={roles.filter((r): r is (typeof teamRoles)[number] => (teamRoles as readonly string[]).includes(r))}
        onChange={(next) => {
          setRoles(next);
          setSaved(false);
        }}
        error={errors.requiredRoles}
      />
      <div role="status">{saved ? <Alert tone="success" title="Die benötigten Rollen wurden gespeichert." role="none" /> : null}</div>
      <ButtonRow>
        <Button type="submit" busy={update.isPending}>
          Rollen speichern
        </Button>
      </ButtonRow>
    </form>
  );
}

/** The required roles of a consultation (a setting of the office; admins change it). */
export function ConsultationSettings() {
  const settings = useConsultationSettings();
  if (settings.isPending) return <LoadingIndicator label="Einstellung wird geladen …" />;
  if (settings.isError) return <ErrorAlert error={settings.error} />;
  return <SettingsForm initial={settings.data.requiredRoles} />;
}

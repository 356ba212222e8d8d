import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, type ApiError } from '../../../components/api/api-error';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { TextField } from '../../../components/ui/text-field';
import { useServiceSettings, useUpdateServiceSettings } from '../hooks/use-services-admin';
import { invalidInput } from './edit-service-values';
import './edit-service.css';

/** The period after which an offer counts as "nicht mehr geprüft" (admins). */
export function StalePeriodForm() {
  const settings = useServiceSettings();
  if (settings.isPending) return <LoadingIndicator />;
  if (settings.isError) return <ErrorAlert error={settings.error} />;
  return <StalePeriodFields months={settings.data.staleAfterMonths} />;
}

function StalePeriodFields({ months }: { months: number }) {
  const [value, setValue] = useState(String(months));
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const update = useUpdateServiceSettings();
  const error = clientError ?? update.error;
  const errors = fieldErrorsOf(error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const n = Number(value.trim());
    if (!Number.isInteger(n) || n < 1 || n > 60) {
      update.reset();
      setClientError(invalidInput([{ field: 'staleAfterMonths', message: 'Eine ganze Zahl von 1 bis 60.' }]));
      return;
    }
    setClientError(null);
    update.mutate({ staleAfterMonths: n }, { onSuccess: (s) => setSaved(s.staleAfterMonths) });
  };

  return (
    <form className="app-form app-narrow" noValidate onSubmit={submit} aria-labelledby="stale-period-heading">
      {error && !errors.staleAfterMonths ? <ErrorAlert error={error} title="Nicht gespeichert" /> : null}
      <div className="app-short-input">
        <TextField
          id="stale-after-months"
          label="Prüfintervall in Monaten"
          hint="Nach so vielen Monaten ohne Bestätigung gilt ein Angebot als „nicht mehr geprüft“ und wird seinen Redaktionen bei der Anmeldung gezeigt. Üblich: 12."
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setSaved(null);
            setClientError(null);
            update.reset();
          }}
          error={errors.staleAfterMonths}
        />
      </div>
      <div className="app-row-actions app-row-actions--wrap">
        <Button type="submit" busy={update.isPending}>
          Prüfintervall speichern
        </Button>
        <p className="kern-body" role="status">
          {saved !== null ? `Gespeichert: ${saved} ${saved === 1 ? 'Monat' : 'Monate'}.` : ''}
        </p>
      </div>
    </form>
  );
}

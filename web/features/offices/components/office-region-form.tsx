import { useState, type FormEvent } from 'react';
import type { OfficeSettings } from '../../../../common/api/offices';
import { ApiError, fieldErrorsOf } from '../../../components/api/api-error';
import { formatDecimal, parseDecimal } from '../../../components/format/format-number';
import { Alert, ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { FieldMessage } from '../../../components/ui/field-message';
import { TextField } from '../../../components/ui/text-field';
import { useUpdateOfficeSettings } from '../hooks/use-offices';
import { describeRegion } from './region-text';

type Side = 'west' | 'south' | 'east' | 'north';
// The order of GeoJSON's bbox: [minLon, minLat, maxLon, maxLat].
const sides: { key: Side; label: string; hint: string; example: string }[] = [
  { key: 'west', label: 'West', hint: 'Kleinste geografische Länge', example: '9,85' },
  { key: 'south', label: 'Süd', hint: 'Kleinste geografische Breite', example: '53,6' },
  { key: 'east', label: 'Ost', hint: 'Größte geografische Länge', example: '10,15' },
  { key: 'north', label: 'Nord', hint: 'Größte geografische Breite', example: '53,8' },
];

const fields: FieldTargets = {
  ...Object.fromEntries(sides.map((s, i) => [`region.${i}`, { label: s.label, targetId: `region-${s.key}` }])),
  region: { label: 'Region', targetId: 'region-west' },
};

type Values = Record<Side, string>;

const valuesOf = (settings: OfficeSettings): Values => {
  const [west, south, east, north] = settings.region.map(formatDecimal);
  return { west: west ?? '', south: south ?? '', east: east ?? '', north: north ?? '' };
};

/** The office's region: boundaries outside it are refused, which catches swapped longitude and latitude. */
export function OfficeRegionForm({ settings }: { settings: OfficeSettings }) {
  const [values, setValues] = useState<Values>(() => valuesOf(settings));
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const update = useUpdateOfficeSettings();
  const error = clientError ?? update.error;
  const errors = fieldErrorsOf(error);

  const set = (key: Side) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [key]: event.target.value }));
    update.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const numbers = sides.map((s) => parseDecimal(values[s.key]));
    const wrong = sides
      .map((s, i) => (numbers[i] === null ? { field: `region.${i}`, message: `Bitte eine Zahl angeben, z. B. ${s.example}.` } : null))
      .filter((e) => e !== null);
    if (wrong.length) {
      setClientError(new ApiError({ status: 400, code: 'INVALID_INPUT', title: 'Ungültige Eingabe', fieldErrors: wrong }));
      return;
    }
    setClientError(null);
    const [west = 0, south = 0, east = 0, north = 0] = numbers.map((n) => n ?? 0);
    update.mutate({ region: [west, south, east, north] }, { onSuccess: (saved) => setValues(valuesOf(saved)) });
  };

  const resetToGermany = () => {
    if (update.isPending) return;
    setClientError(null);
    update.mutate({ region: null }, { onSuccess: (saved) => setValues(valuesOf(saved)) });
  };

  return (
    <form className="app-form" noValidate onSubmit={submit} aria-labelledby="region-heading">
      <h2 className="kern-heading-medium" id="region-heading">
        Region des Jugendamts
      </h2>
      <p className="kern-body">
        Sozialräume müssen innerhalb dieser Region liegen. So fällt eine Grenze auf, deren Länge und Breite vertauscht
        sind, oder eine Datei aus einer anderen Stadt. Derzeit gilt: <strong>{describeRegion(settings)}</strong>.
      </p>
      {update.isSuccess ? (
        <Alert tone="success" title={update.data.regionIsDefault ? 'Region auf Deutschland zurückgesetzt' : 'Region gespeichert'} />
      ) : null}
      {error ? <ErrorAlert error={error} fields={fields} /> : null}
      <fieldset className={`kern-fieldset${errors.region ? ' kern-fieldset--error' : ''}`} aria-describedby="region-hint">
        <legend className="kern-label">Begrenzung in Grad (WGS 84)</legend>
        <div className="kern-hint" id="region-hint">
          Dezimalzahlen mit Komma oder Punkt. Westen muss kleiner als Osten sein, Süden kleiner als Norden.
        </div>
        <div className="kern-fieldset__body app-region-grid">
          {sides.map((s, i) => (
            <TextField
              key={s.key}
              id={`region-${s.key}`}
              name={s.key}
              label={s.label}
              hint={`${s.hint}, z. B. ${s.example}`}
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={values[s.key]}
              onChange={set(s.key)}
              error={errors[`region.${i}`]}
            />
          ))}
        </div>
        <FieldMessage id="region-error" message={errors.region} />
      </fieldset>
      <ButtonRow>
        <Button type="submit" busy={update.isPending}>
          Region speichern
        </Button>
        {/* Stays in place when the region already is Germany, so focus is not lost after resetting. */}
        <Button variant="secondary" busy={update.isPending} unavailable={settings.regionIsDefault} onClick={resetToGermany}>
          Auf Deutschland zurücksetzen
        </Button>
      </ButtonRow>
    </form>
  );
}

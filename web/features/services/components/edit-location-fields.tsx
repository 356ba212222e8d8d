import { lazy, Suspense, useState } from 'react';
import { formatDecimal, parseDecimal } from '../../../components/format/format-number';
import { Button } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useLocatedSpace } from '../hooks/use-services-admin';
import type { PickerSpace } from './edit-location-map';
import type { LocationValues } from './edit-service-values';

// Leaflet loads when someone opens the map, not with the form.
const EditLocationMap = lazy(() => import('./edit-location-map').then((m) => ({ default: m.EditLocationMap })));

type EditLocationFieldsProps = {
  idPrefix: string;
  index: number;
  values: LocationValues;
  onChange: (values: LocationValues) => void;
  onRemove: () => void;
  errors: Record<string, string>;
  spaces: PickerSpace[];
};

export function EditLocationFields({ idPrefix, index, values, onChange, onRemove, errors, spaces }: EditLocationFieldsProps) {
  const [mapOpen, setMapOpen] = useState(false);
  const id = `${idPrefix}-${index}`;
  const error = (field: string) => errors[`locations.${index}.${field}`];
  const set = (key: 'name' | 'street' | 'postalCode' | 'city' | 'lon' | 'lat' | 'spaceId') => (event: { target: { value: string } }) =>
    onChange({ ...values, [key]: event.target.value });
  const lon = parseDecimal(values.lon);
  const lat = parseDecimal(values.lat);
  const point: [number, number] | null = lon !== null && lat !== null && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : null;
  const located = useLocatedSpace(values.spaceByHand ? null : point);
  const title = `Standort ${index + 1}`;
  return (
    <fieldset className={`kern-fieldset app-service-row${errors[`locations.${index}`] ? ' kern-fieldset--error' : ''}`} id={id}>
      <legend className="kern-label">
        {title}
        {values.name.trim() ? `: ${values.name.trim()}` : ''}
      </legend>
      <div className="kern-fieldset__body">
        {errors[`locations.${index}`] ? <p className="kern-error kern-body">{errors[`locations.${index}`]}</p> : null}
        <TextField
          id={`${id}-name`}
          label="Name des Standorts"
          optional
          hint="Z. B. Familienzentrum Garstedt, Turnhalle der Grundschule"
          autoComplete="off"
          value={values.name}
          onChange={set('name')}
          error={error('name')}
        />
        <TextField id={`${id}-street`} label="Straße und Hausnummer" optional autoComplete="off" value={values.street} onChange={set('street')} error={error('street')} />
        <div className="app-field-row">
          <TextField
            id={`${id}-postal-code`}
            label="Postleitzahl"
            optional
            inputMode="numeric"
            autoComplete="off"
            value={values.postalCode}
            onChange={set('postalCode')}
            error={error('postalCode')}
          />
          <TextField id={`${id}-city`} label="Ort" optional autoComplete="off" value={values.city} onChange={set('city')} error={error('city')} />
        </div>
        <fieldset className={`kern-fieldset${error('point') ? ' kern-fieldset--error' : ''}`} aria-describedby={`${id}-point-hint`}>
          <legend className="kern-label">Lage (optional)</legend>
          <div className="kern-hint" id={`${id}-point-hint`}>
            In Grad (WGS 84), mit Komma oder Punkt – oder auf der Karte klicken. Aus der Lage bestimmt sozialraum den Sozialraum.
          </div>
          <div className="kern-fieldset__body app-field-row">
            <TextField
              id={`${id}-lon`}
              label="Länge"
              hint="z. B. 9,99"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={values.lon}
              onChange={set('lon')}
              error={error('point.0') ?? error('point')}
            />
            <TextField
              id={`${id}-lat`}
              label="Breite"
              hint="z. B. 53,7"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={values.lat}
              onChange={set('lat')}
              error={error('point.1')}
            />
          </div>
        </fieldset>
        <details className="app-disclosure" onToggle={(event) => setMapOpen((event.target as HTMLDetailsElement).open)}>
          <summary className="app-details__summary">Lage auf der Karte wählen</summary>
          <div className="app-details__body">
            {mapOpen ? (
              <Suspense fallback={<div className="app-map app-map--picker leaflet-container" />}>
                <EditLocationMap
                  point={point}
                  spaces={spaces}
                  className="app-map app-map--picker"
                  onPick={([x, y]) => onChange({ ...values, lon: formatDecimal(x), lat: formatDecimal(y) })}
                />
              </Suspense>
            ) : null}
          </div>
        </details>
        <p className="kern-body" id={`${id}-space`} aria-live="polite">
          Sozialraum:{' '}
          {values.spaceByHand
            ? 'von Hand gesetzt (unten)'
            : !point
              ? 'keiner (ohne Lage)'
              : located.isError
                ? 'unbekannt (die Lage lässt sich gerade nicht zuordnen)'
                : located.data
                ? located.data.space
                  ? `${located.data.space.name} (aus der Lage)`
                  : 'keiner – die Lage liegt außerhalb der Sozialräume'
                : 'wird aus der Lage bestimmt …'}
        </p>
        <Checkbox
          id={`${id}-space-by-hand`}
          label="Sozialraum von Hand setzen"
          checked={values.spaceByHand}
          onChange={(event) => onChange({ ...values, spaceByHand: event.target.checked })}
        />
        {values.spaceByHand ? (
          <SelectField
            id={`${id}-space-id`}
            label="Sozialraum des Standorts"
            options={[{ value: '', label: 'Bitte wählen' }, ...spaces.map((s) => ({ value: s.id, label: s.name }))]}
            value={values.spaceId}
            onChange={set('spaceId')}
            error={error('spaceId')}
          />
        ) : null}
        <div>
          <Button variant="tertiary" onClick={onRemove}>
            {title} entfernen
          </Button>
        </div>
      </div>
    </fieldset>
  );
}

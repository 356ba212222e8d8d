import { weekdayLabels, weekdays, type Weekday } from '../../../../common/service-terms';
import { Button } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox';
import { TextField } from '../../../components/ui/text-field';
import type { PhoneValues, ScheduleValues } from './edit-service-values';

const dayOptions = weekdays.map((d) => ({ value: d, label: weekdayLabels[d].de }));

type RowProps<V> = {
  idPrefix: string;
  index: number;
  values: V;
  onChange: (values: V) => void;
  onRemove: () => void;
  errors: Record<string, string>;
};

/** One opening time: the weekdays it holds for, from and to, and a note ("in den Ferien geschlossen"). */
export function EditScheduleFields({ idPrefix, index, values, onChange, onRemove, errors }: RowProps<ScheduleValues>) {
  const id = `${idPrefix}-${index}`;
  const error = (field: string) => errors[`schedules.${index}.${field}`];
  const title = `Öffnungszeit ${index + 1}`;
  return (
    <fieldset className="kern-fieldset app-service-row" id={id}>
      <legend className="kern-label">{title}</legend>
      <div className="kern-fieldset__body">
        <div className="app-check-columns app-check-columns--days">
          <CheckboxGroup<Weekday>
            id={`${id}-days`}
            name={`${id}-days`}
            legend="Wochentage"
            options={dayOptions}
            value={values.days}
            onChange={(days) => onChange({ ...values, days })}
            error={error('days') ?? Object.entries(errors).find(([f]) => f.startsWith(`schedules.${index}.days.`))?.[1]}
          />
        </div>
        <div className="app-field-row app-field-row--times">
          <TextField
            id={`${id}-opens-at`}
            label="von"
            optional
            type="time"
            value={values.opensAt}
            onChange={(event) => onChange({ ...values, opensAt: event.target.value })}
            error={error('opensAt')}
          />
          <TextField
            id={`${id}-closes-at`}
            label="bis"
            optional
            type="time"
            value={values.closesAt}
            onChange={(event) => onChange({ ...values, closesAt: event.target.value })}
            error={error('closesAt')}
          />
        </div>
        <TextField
          id={`${id}-description`}
          label="Hinweis"
          optional
          hint="Z. B. „14-täglich“ oder „nicht in den Schulferien“"
          autoComplete="off"
          value={values.description}
          onChange={(event) => onChange({ ...values, description: event.target.value })}
          error={error('description')}
        />
        <div>
          <Button variant="tertiary" onClick={onRemove}>
            {title} entfernen
          </Button>
        </div>
      </div>
    </fieldset>
  );
}

/** One phone number of the offer (of the organisation, never a private one) with what it is for. */
export function EditPhoneFields({ idPrefix, index, values, onChange, onRemove, errors }: RowProps<PhoneValues>) {
  const id = `${idPrefix}-${index}`;
  const title = `Telefon ${index + 1}`;
  return (
    <fieldset className="kern-fieldset app-service-row" id={id}>
      <legend className="kern-label">{title}</legend>
      <div className="kern-fieldset__body app-field-row">
        <TextField
          id={`${id}-number`}
          label="Nummer"
          type="tel"
          autoComplete="off"
          value={values.number}
          onChange={(event) => onChange({ ...values, number: event.target.value })}
          error={errors[`phones.${index}.number`]}
        />
        <TextField
          id={`${id}-description`}
          label="Wofür"
          optional
          hint="Z. B. Anmeldung, Beratung"
          autoComplete="off"
          value={values.description}
          onChange={(event) => onChange({ ...values, description: event.target.value })}
          error={errors[`phones.${index}.description`]}
        />
      </div>
      <div>
        <Button variant="tertiary" onClick={onRemove}>
          {title} entfernen
        </Button>
      </div>
    </fieldset>
  );
}

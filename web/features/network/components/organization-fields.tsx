import type { Organization } from '../../../../common/api/network';
import type { FieldTargets } from '../../../components/ui/alert';
import { formatDecimal, parseDecimal } from '../../../components/format/format-number';
import { CheckboxGroup, type CheckboxOption } from '../../../components/ui/checkbox';
import { SelectField, type SelectOption } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import type { CreateOrganizationInput } from '../api/organizations-api';
import type { FieldProblem } from './form-errors';
import { choose } from './network-labels';

/** The fields of an organisation as typed: strings, checked and converted only on submit. */
export type OrganizationFieldValues = {
  name: string;
  alternateName: string;
  type: string;
  description: string;
  email: string;
  phone: string;
  website: string;
  street: string;
  postalCode: string;
  city: string;
  lon: string;
  lat: string;
  parentId: string;
  spaceIds: string[];
};

export const emptyOrganizationFields: OrganizationFieldValues = {
  name: '',
  alternateName: '',
  type: '',
  description: '',
  email: '',
  phone: '',
  website: '',
  street: '',
  postalCode: '',
  city: '',
  lon: '',
  lat: '',
  parentId: '',
  spaceIds: [],
};

export const organizationFieldValues = (o: Organization): OrganizationFieldValues => ({
  name: o.name,
  alternateName: o.alternateName ?? '',
  type: o.type,
  description: o.description,
  email: o.email ?? '',
  phone: o.phone ?? '',
  website: o.website ?? '',
  street: o.address.street ?? '',
  postalCode: o.address.postalCode ?? '',
  city: o.address.city ?? '',
  lon: o.point ? formatDecimal(o.point[0]) : '',
  lat: o.point ? formatDecimal(o.point[1]) : '',
  parentId: o.parentId ?? '',
  spaceIds: o.spaceIds,
});

/** Where each body field lives; the point's two numbers come back from the server as "point.0" and "point.1". */
export const organizationFieldTargets = (idPrefix: string, firstSpaceId: string | undefined): FieldTargets => ({
  name: { label: 'Name', targetId: `${idPrefix}-name` },
  alternateName: { label: 'Kurzname', targetId: `${idPrefix}-alternate-name` },
  type: { label: 'Art', targetId: `${idPrefix}-type` },
  description: { label: 'Beschreibung', targetId: `${idPrefix}-description` },
  email: { label: 'E-Mail', targetId: `${idPrefix}-email` },
  phone: { label: 'Telefon', targetId: `${idPrefix}-phone` },
  website: { label: 'Website', targetId: `${idPrefix}-website` },
  street: { label: 'Straße und Hausnummer', targetId: `${idPrefix}-street` },
  postalCode: { label: 'Postleitzahl', targetId: `${idPrefix}-postal-code` },
  city: { label: 'Ort', targetId: `${idPrefix}-city` },
  point: { label: 'Lage', targetId: `${idPrefix}-lon` },
  'point.0': { label: 'Länge', targetId: `${idPrefix}-lon` },
  'point.1': { label: 'Breite', targetId: `${idPrefix}-lat` },
  parentId: { label: 'Übergeordnete Organisation', targetId: `${idPrefix}-parent` },
  spaceIds: { label: 'Sozialräume', targetId: firstSpaceId ? `${idPrefix}-spaces-${firstSpaceId}` : `${idPrefix}-spaces` },
});

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** The values as the API takes them, or the problems that stop the request before it is sent. */
export function toOrganizationBody(values: OrganizationFieldValues): { body: CreateOrganizationInput; errors: FieldProblem[] } {
  const errors: FieldProblem[] = [];
  if (!values.name.trim()) errors.push({ field: 'name', message: 'Bitte einen Namen angeben.' });
  if (!values.type) errors.push({ field: 'type', message: 'Bitte die Art der Organisation wählen.' });
  let point: [number, number] | null = null;
  if (values.lon.trim() || values.lat.trim()) {
    const lon = parseDecimal(values.lon);
    const lat = parseDecimal(values.lat);
    if (lon === null || lon < -180 || lon > 180) errors.push({ field: 'point.0', message: 'Eine Zahl zwischen −180 und 180, z. B. 9,99.' });
    if (lat === null || lat < -90 || lat > 90) errors.push({ field: 'point.1', message: 'Eine Zahl zwischen −90 und 90, z. B. 53,7.' });
    if (lon !== null && lat !== null) point = [lon, lat];
  }
  return {
    body: {
      name: values.name.trim(),
      alternateName: orNull(values.alternateName),
      type: values.type,
      description: values.description.trim(),
      email: orNull(values.email),
      phone: orNull(values.phone),
      website: orNull(values.website),
      street: orNull(values.street),
      postalCode: orNull(values.postalCode),
      city: orNull(values.city),
      point,
      parentId: values.parentId || null,
      spaceIds: values.spaceIds,
    },
    errors,
  };
}

type OrganizationFieldsProps = {
  idPrefix: string;
  values: OrganizationFieldValues;
  onChange: (values: OrganizationFieldValues) => void;
  errors: Record<string, string>;
  types: SelectOption[];
  /** Organisations that may be chosen as parent (the organisation itself left out). */
  parents: SelectOption[];
  spaces: CheckboxOption<string>[];
};

export function OrganizationFields({ idPrefix, values, onChange, errors, types, parents, spaces }: OrganizationFieldsProps) {
  const set = (key: Exclude<keyof OrganizationFieldValues, 'spaceIds'>) => (event: { target: { value: string } }) =>
    onChange({ ...values, [key]: event.target.value });
  const spaceError = errors.spaceIds ?? Object.entries(errors).find(([field]) => field.startsWith('spaceIds.'))?.[1];
  return (
    <>
      <TextField id={`${idPrefix}-name`} name="name" label="Name" autoComplete="off" value={values.name} onChange={set('name')} error={errors.name} />
      <TextField
        id={`${idPrefix}-alternate-name`}
        name="alternateName"
        label="Kurzname"
        optional
        hint="Wie die Organisation im Alltag heißt, z. B. FZ Garstedt."
        autoComplete="off"
        value={values.alternateName}
        onChange={set('alternateName')}
        error={errors.alternateName}
      />
      <SelectField
        id={`${idPrefix}-type`}
        name="type"
        label="Art"
        options={[choose(), ...types]}
        value={values.type}
        onChange={set('type')}
        error={errors.type}
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        name="description"
        label="Beschreibung"
        optional
        value={values.description}
        onChange={set('description')}
        error={errors.description}
      />
      <fieldset className="kern-fieldset" aria-describedby={`${idPrefix}-contact-hint`}>
        <legend className="kern-label">Kontakt</legend>
        <div className="kern-hint" id={`${idPrefix}-contact-hint`}>
          Nur Angaben der Organisation, keine persönlichen Adressen: Sie sind öffentlich sichtbar.
        </div>
        <div className="kern-fieldset__body">
          <TextField
            id={`${idPrefix}-email`}
            name="email"
            label="E-Mail"
            optional
            type="email"
            inputMode="email"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={values.email}
            onChange={set('email')}
            error={errors.email}
          />
          <TextField id={`${idPrefix}-phone`} name="phone" label="Telefon" optional type="tel" autoComplete="off" value={values.phone} onChange={set('phone')} error={errors.phone} />
          <TextField
            id={`${idPrefix}-website`}
            name="website"
            label="Website"
            optional
            hint="Mit https://, z. B. https://www.beispiel.de"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={values.website}
            onChange={set('website')}
            error={errors.website}
          />
        </div>
      </fieldset>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">Anschrift</legend>
        <div className="kern-fieldset__body">
          <TextField id={`${idPrefix}-street`} name="street" label="Straße und Hausnummer" optional autoComplete="off" value={values.street} onChange={set('street')} error={errors.street} />
          <div className="app-field-row">
            <TextField
              id={`${idPrefix}-postal-code`}
              name="postalCode"
              label="Postleitzahl"
              optional
              inputMode="numeric"
              autoComplete="off"
              value={values.postalCode}
              onChange={set('postalCode')}
              error={errors.postalCode}
            />
            <TextField id={`${idPrefix}-city`} name="city" label="Ort" optional autoComplete="off" value={values.city} onChange={set('city')} error={errors.city} />
          </div>
        </div>
      </fieldset>
      <fieldset className={`kern-fieldset${errors.point ? ' kern-fieldset--error' : ''}`} aria-describedby={`${idPrefix}-point-hint`}>
        <legend className="kern-label">Lage auf der Karte (optional)</legend>
        <div className="kern-hint" id={`${idPrefix}-point-hint`}>
          In Grad (WGS 84), mit Komma oder Punkt. Beide Felder leer lassen, wenn die Lage nicht gezeigt werden soll.
        </div>
        <div className="kern-fieldset__body app-field-row">
          <TextField
            id={`${idPrefix}-lon`}
            name="lon"
            label="Länge"
            hint="z. B. 9,99"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={values.lon}
            onChange={set('lon')}
            error={errors['point.0'] ?? errors.point}
          />
          <TextField
            id={`${idPrefix}-lat`}
            name="lat"
            label="Breite"
            hint="z. B. 53,7"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={values.lat}
            onChange={set('lat')}
            error={errors['point.1']}
          />
        </div>
      </fieldset>
      <SelectField
        id={`${idPrefix}-parent`}
        name="parentId"
        label="Übergeordnete Organisation"
        optional
        hint="Z. B. der Träger, zu dem eine Einrichtung gehört."
        options={[choose('keine'), ...parents]}
        value={values.parentId}
        onChange={set('parentId')}
        error={errors.parentId}
      />
      {spaces.length ? (
        <CheckboxGroup
          id={`${idPrefix}-spaces`}
          name="spaceIds"
          legend="Sozialräume"
          hint="In welchen Sozialräumen die Organisation arbeitet."
          options={spaces}
          value={values.spaceIds}
          onChange={(spaceIds) => onChange({ ...values, spaceIds })}
          error={spaceError}
        />
      ) : null}
    </>
  );
}

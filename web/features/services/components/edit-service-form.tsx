import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ServiceDetail } from '../../../../common/api/services';
import {
  commonLanguages,
  lowThresholdTraits,
  serviceStatuses,
  serviceStatusLabels,
  targetGroupLabels,
  targetGroups,
  traitLabels,
  type ServiceStatus,
} from '../../../../common/service-terms';
import { fieldErrorsOf, type ApiError } from '../../../components/api/api-error';
import { ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { Checkbox, CheckboxGroup } from '../../../components/ui/checkbox';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useCreateService, useOrganizationChoices, useSpaceChoices, useTopicsForEditing, useUpdateService } from '../hooks/use-services-admin';
import { EditLocationFields } from './edit-location-fields';
import { EditPhoneFields, EditScheduleFields } from './edit-schedule-fields';
import {
  changedFields,
  emptyLocation,
  emptyPhone,
  emptySchedule,
  emptyServiceValues,
  invalidInput,
  serviceValues,
  toServiceBody,
  type ServiceValues,
} from './edit-service-values';
import { EditTopicTree } from './edit-topic-tree';
import './edit-service.css';

const ID = 'service';

const languageOptions = Object.entries(commonLanguages).map(([value, label]) => ({ value, label: label.de }));
const statusOptions = serviceStatuses.map((s) => ({ value: s, label: serviceStatusLabels[s].de }));

/** Where each body field lives, for the list of problems above the form (rows by their index). */
function fieldTargets(values: ServiceValues, firstTopicId: string | undefined): FieldTargets {
  const targets: FieldTargets = {
    organizationId: { label: 'Organisation', targetId: `${ID}-organization` },
    name: { label: 'Name des Angebots', targetId: `${ID}-name` },
    alternateName: { label: 'Kurzname', targetId: `${ID}-alternate-name` },
    description: { label: 'Beschreibung', targetId: `${ID}-description` },
    status: { label: 'Status', targetId: `${ID}-status` },
    minimumAge: { label: 'Alter von', targetId: `${ID}-minimum-age` },
    maximumAge: { label: 'Alter bis', targetId: `${ID}-maximum-age` },
    topicIds: { label: 'Themen', targetId: firstTopicId ? `${ID}-topics-${firstTopicId}` : `${ID}-topics` },
    targetGroups: { label: 'Zielgruppen', targetId: `${ID}-target-groups-${targetGroups[0]}` },
    traits: { label: 'Merkmale', targetId: `${ID}-traits-${lowThresholdTraits[0]}` },
    languages: { label: 'Sprachen', targetId: `${ID}-other-languages` },
    keywords: { label: 'Stichwörter', targetId: `${ID}-keywords` },
    spaceIds: { label: 'Sozialräume', targetId: `${ID}-spaces-by-hand` },
    locations: { label: 'Standorte', targetId: `${ID}-add-location` },
    url: { label: 'Website', targetId: `${ID}-url` },
    email: { label: 'E-Mail', targetId: `${ID}-email` },
    feesDescription: { label: 'Kosten', targetId: `${ID}-fees` },
    applicationProcess: { label: 'Anmeldung', targetId: `${ID}-application` },
    eligibilityDescription: { label: 'Voraussetzungen', targetId: `${ID}-eligibility` },
    alert: { label: 'Aktueller Hinweis', targetId: `${ID}-alert` },
  };
  values.languages.forEach((_, i) => (targets[`languages.${i}`] = { label: 'Sprachen', targetId: `${ID}-other-languages` }));
  values.keywords.split(',').forEach((_, i) => (targets[`keywords.${i}`] = { label: 'Stichwörter', targetId: `${ID}-keywords` }));
  values.locations.forEach((_, i) => {
    const row = `${ID}-location-${i}`;
    const label = `Standort ${i + 1}`;
    targets[`locations.${i}`] = { label, targetId: `${row}-name` };
    targets[`locations.${i}.name`] = { label: `${label}, Name`, targetId: `${row}-name` };
    targets[`locations.${i}.street`] = { label: `${label}, Straße`, targetId: `${row}-street` };
    // The server's message names the field itself: "Postleitzahl: fünf Ziffern."
    targets[`locations.${i}.postalCode`] = { label, targetId: `${row}-postal-code` };
    targets[`locations.${i}.city`] = { label: `${label}, Ort`, targetId: `${row}-city` };
    targets[`locations.${i}.point`] = { label: `${label}, Lage`, targetId: `${row}-lon` };
    targets[`locations.${i}.point.0`] = { label: `${label}, Länge`, targetId: `${row}-lon` };
    targets[`locations.${i}.point.1`] = { label: `${label}, Breite`, targetId: `${row}-lat` };
    targets[`locations.${i}.spaceId`] = { label: `${label}, Sozialraum`, targetId: `${row}-space-id` };
  });
  values.schedules.forEach((_, i) => {
    const row = `${ID}-schedule-${i}`;
    const label = `Öffnungszeit ${i + 1}`;
    targets[`schedules.${i}`] = { label, targetId: `${row}-days-MO` };
    targets[`schedules.${i}.days`] = { label: `${label}, Wochentage`, targetId: `${row}-days-MO` };
    targets[`schedules.${i}.opensAt`] = { label: `${label}, von`, targetId: `${row}-opens-at` };
    targets[`schedules.${i}.closesAt`] = { label: `${label}, bis`, targetId: `${row}-closes-at` };
    targets[`schedules.${i}.description`] = { label: `${label}, Hinweis`, targetId: `${row}-description` };
  });
  values.phones.forEach((_, i) => {
    targets[`phones.${i}.number`] = { label: `Telefon ${i + 1}`, targetId: `${ID}-phone-${i}-number` };
    targets[`phones.${i}.description`] = { label: `Telefon ${i + 1}, wofür`, targetId: `${ID}-phone-${i}-description` };
  });
  return targets;
}

function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="app-section app-service-form__section" aria-labelledby={`${id}-heading`}>
      <h2 className="kern-heading-medium" id={`${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

type EditServiceFormProps = {
  /** The offer to change; without it, a new one is created. */
  service?: ServiceDetail;
  /** A provider editor's own organisation: the offer belongs to it, no choice. */
  fixedOrganizationId?: string | null;
  onSaved: (service: ServiceDetail) => void;
  onCancel: () => void;
};

/** The German form for an offer; server problems appear at their field and as a linked list above the form. */
export function EditServiceForm({ service, fixedOrganizationId, onSaved, onCancel }: EditServiceFormProps) {
  const initial = useRef<ServiceValues>(service ? serviceValues(service) : emptyServiceValues(fixedOrganizationId ?? ''));
  const [values, setValues] = useState<ServiceValues>(initial.current);
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [nothingChanged, setNothingChanged] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const topics = useTopicsForEditing();
  const organizations = useOrganizationChoices();
  const spaces = useSpaceChoices();
  const create = useCreateService();
  const update = useUpdateService(service?.id ?? '');
  const mutation = service ? update : create;
  const error = clientError ?? mutation.error;
  const errors = fieldErrorsOf(error);

  // A new row gets focus on its first field; a removed one hands focus to the group's "add" button.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);
  // A refused save: the list of problems comes into view and takes focus, so the screen reader starts there.
  useEffect(() => {
    if (!error) return;
    errorRef.current?.focus();
    errorRef.current?.scrollIntoView({ block: 'start' });
  }, [error]);

  const change = (next: Partial<ServiceValues>) => {
    setValues((v) => ({ ...v, ...next }));
    setClientError(null);
    setNothingChanged(false);
    mutation.reset();
  };
  const set = (key: 'organizationId' | 'name' | 'alternateName' | 'description' | 'url' | 'email' | 'minimumAge' | 'maximumAge' | 'otherLanguages' | 'keywords' | 'feesDescription' | 'applicationProcess' | 'eligibilityDescription' | 'alert') =>
    (event: { target: { value: string } }) => change({ [key]: event.target.value });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const { body, errors: wrong } = toServiceBody(values);
    if (wrong.length) {
      mutation.reset();
      setClientError(invalidInput(wrong));
      return;
    }
    setClientError(null);
    if (service) {
      const changes = changedFields(toServiceBody(initial.current).body, body);
      if (Object.keys(changes).length === 0) {
        setNothingChanged(true);
        return;
      }
      update.mutate(changes, { onSuccess: onSaved });
    } else {
      create.mutate(body, { onSuccess: onSaved });
    }
  };

  if (topics.isPending || organizations.isPending || spaces.isPending) return <LoadingIndicator label="Formular wird vorbereitet …" />;
  const loadError = topics.error ?? organizations.error ?? spaces.error;
  if (loadError) return <ErrorAlert error={loadError} title="Das Formular kann nicht geladen werden" />;

  const spaceList = spaces.data ?? [];
  const orgs = organizations.data ?? [];
  const fixedOrganization = fixedOrganizationId ? (orgs.find((o) => o.id === fixedOrganizationId)?.name ?? service?.organization.name ?? '') : null;
  const topicList = topics.data ?? [];

  const updateRow = <K extends 'locations' | 'schedules' | 'phones'>(key: K, index: number, row: ServiceValues[K][number]) =>
    change({ [key]: values[key].map((r, i) => (i === index ? row : r)) } as Partial<ServiceValues>);
  const removeRow = (key: 'locations' | 'schedules' | 'phones', index: number, addButton: string) => {
    change({ [key]: values[key].filter((_, i) => i !== index) } as Partial<ServiceValues>);
    setFocusId(addButton);
  };

  return (
    <form className="app-form app-service-form" noValidate onSubmit={submit} aria-label={service ? `${service.name} bearbeiten` : 'Neues Angebot'}>
      {error ? (
        <div ref={errorRef} tabIndex={-1} className="app-focus-target">
          <ErrorAlert error={error} fields={fieldTargets(values, topicList[0]?.id)} title="Nicht gespeichert" />
        </div>
      ) : null}

      <FormSection id={`${ID}-basics`} title="Angebot">
        {fixedOrganization !== null ? (
          <p className="kern-body" id={`${ID}-organization`}>
            Organisation: <strong>{fixedOrganization}</strong>
          </p>
        ) : (
          <SelectField
            id={`${ID}-organization`}
            label="Organisation"
            hint="Wer das Angebot macht."
            options={[{ value: '', label: 'Bitte wählen' }, ...orgs.map((o) => ({ value: o.id, label: o.name }))]}
            value={values.organizationId}
            onChange={set('organizationId')}
            error={errors.organizationId}
          />
        )}
        <TextField id={`${ID}-name`} label="Name des Angebots" autoComplete="off" value={values.name} onChange={set('name')} error={errors.name} />
        <TextField
          id={`${ID}-alternate-name`}
          label="Kurzname"
          optional
          autoComplete="off"
          value={values.alternateName}
          onChange={set('alternateName')}
          error={errors.alternateName}
        />
        <TextAreaField
          id={`${ID}-description`}
          label="Beschreibung"
          optional
          hint="Was passiert dort, für wen, wie kommt man hin? In einfachen Worten – Familien lesen das."
          rows={6}
          value={values.description}
          onChange={set('description')}
          error={errors.description}
        />
        <SelectField
          id={`${ID}-status`}
          label="Status"
          options={statusOptions}
          value={values.status}
          onChange={(event) => change({ status: event.target.value as ServiceStatus })}
          error={errors.status}
        />
      </FormSection>

      <FormSection id={`${ID}-audience`} title="Themen und Zielgruppen">
        <EditTopicTree
          id={`${ID}-topics`}
          topics={topicList}
          value={values.topicIds}
          onChange={(topicIds) => change({ topicIds })}
          error={errors.topicIds ?? Object.entries(errors).find(([f]) => f.startsWith('topicIds.'))?.[1]}
        />
        <div className="app-check-columns">
          <CheckboxGroup
            id={`${ID}-target-groups`}
            name="targetGroups"
            legend="Zielgruppen"
            options={targetGroups.map((g) => ({ value: g, label: targetGroupLabels[g].de }))}
            value={values.targetGroups}
            onChange={(next) => change({ targetGroups: next })}
            error={errors.targetGroups}
          />
        </div>
        <fieldset className="kern-fieldset" aria-describedby={`${ID}-age-hint`}>
          <legend className="kern-label">Alter (optional)</legend>
          <div className="kern-hint" id={`${ID}-age-hint`}>
            In Jahren. Leer lassen, wenn es keine Grenze gibt.
          </div>
          <div className="kern-fieldset__body app-field-row app-field-row--ages">
            <TextField id={`${ID}-minimum-age`} label="von" inputMode="numeric" autoComplete="off" value={values.minimumAge} onChange={set('minimumAge')} error={errors.minimumAge} />
            <TextField id={`${ID}-maximum-age`} label="bis" inputMode="numeric" autoComplete="off" value={values.maximumAge} onChange={set('maximumAge')} error={errors.maximumAge} />
          </div>
        </fieldset>
        <div className="app-check-columns">
          <CheckboxGroup
            id={`${ID}-traits`}
            name="traits"
            legend="Niedrigschwellig"
            hint="Was den Zugang leicht macht."
            options={lowThresholdTraits.map((t) => ({ value: t, label: traitLabels[t].de }))}
            value={values.traits}
            onChange={(traits) => change({ traits })}
            error={errors.traits}
          />
        </div>
        <div className="app-check-columns">
          <CheckboxGroup
            id={`${ID}-languages`}
            name="languages"
            legend="Sprachen"
            hint="In welchen Sprachen man das Angebot nutzen kann."
            options={languageOptions}
            value={values.languages}
            onChange={(languages) => change({ languages })}
          />
        </div>
        <TextField
          id={`${ID}-other-languages`}
          label="Weitere Sprachen"
          optional
          hint="Als ISO-Kürzel, durch Komma getrennt, z. B. sq, vi"
          autoComplete="off"
          spellCheck={false}
          value={values.otherLanguages}
          onChange={set('otherLanguages')}
          error={errors.languages ?? Object.entries(errors).find(([f]) => f.startsWith('languages.'))?.[1]}
        />
        <TextField
          id={`${ID}-keywords`}
          label="Stichwörter"
          optional
          hint="Weitere Suchbegriffe, durch Komma getrennt, z. B. Hausaufgaben, Mittagessen"
          autoComplete="off"
          value={values.keywords}
          onChange={set('keywords')}
          error={errors.keywords ?? Object.entries(errors).find(([f]) => f.startsWith('keywords.'))?.[1]}
        />
      </FormSection>

      <FormSection id={`${ID}-places`} title="Standorte">
        <p className="kern-body app-muted">
          Wo das Angebot stattfindet. Aus der Lage eines Standorts bestimmt sozialraum, in welchem Sozialraum es liegt.
        </p>
        {values.locations.map((location, i) => (
          <EditLocationFields
            key={location.key}
            idPrefix={`${ID}-location`}
            index={i}
            values={location}
            onChange={(row) => updateRow('locations', i, row)}
            onRemove={() => removeRow('locations', i, `${ID}-add-location`)}
            errors={errors}
            spaces={spaceList}
          />
        ))}
        <div>
          <Button
            id={`${ID}-add-location`}
            variant="secondary"
            onClick={() => {
              change({ locations: [...values.locations, emptyLocation()] });
              setFocusId(`${ID}-location-${values.locations.length}-name`);
            }}
          >
            {values.locations.length ? 'Weiteren Standort hinzufügen' : 'Standort hinzufügen'}
          </Button>
        </div>
        <Checkbox
          id={`${ID}-spaces-by-hand`}
          label="Sozialräume des Angebots von Hand festlegen"
          checked={values.spacesByHand}
          onChange={(event) => change({ spacesByHand: event.target.checked })}
          invalid={Boolean(errors.spaceIds)}
        />
        {values.spacesByHand ? (
          <CheckboxGroup
            id={`${ID}-spaces`}
            name="spaceIds"
            legend="Sozialräume"
            hint="Z. B. für Straßensozialarbeit ohne festen Standort. Sonst gelten die Sozialräume der Standorte."
            options={spaceList.map((s) => ({ value: s.id, label: s.name }))}
            value={values.spaceIds}
            onChange={(spaceIds) => change({ spaceIds })}
            error={errors.spaceIds}
          />
        ) : null}
      </FormSection>

      <FormSection id={`${ID}-times`} title="Öffnungszeiten">
        {values.schedules.length === 0 ? <p className="kern-body app-muted">Noch keine Öffnungszeiten.</p> : null}
        {values.schedules.map((schedule, i) => (
          <EditScheduleFields
            key={schedule.key}
            idPrefix={`${ID}-schedule`}
            index={i}
            values={schedule}
            onChange={(row) => updateRow('schedules', i, row)}
            onRemove={() => removeRow('schedules', i, `${ID}-add-schedule`)}
            errors={errors}
          />
        ))}
        <div>
          <Button
            id={`${ID}-add-schedule`}
            variant="secondary"
            onClick={() => {
              change({ schedules: [...values.schedules, emptySchedule()] });
              setFocusId(`${ID}-schedule-${values.schedules.length}-days-MO`);
            }}
          >
            Öffnungszeit hinzufügen
          </Button>
        </div>
      </FormSection>

      <FormSection id={`${ID}-contact`} title="Kontakt">
        <p className="kern-body app-muted">Nur Angaben der Organisation, keine persönlichen: Sie sind öffentlich sichtbar.</p>
        <TextField
          id={`${ID}-url`}
          label="Website"
          optional
          hint="Mit https://, z. B. https://www.beispiel.de/angebot"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={values.url}
          onChange={set('url')}
          error={errors.url}
        />
        <TextField
          id={`${ID}-email`}
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
        {values.phones.map((phone, i) => (
          <EditPhoneFields
            key={phone.key}
            idPrefix={`${ID}-phone`}
            index={i}
            values={phone}
            onChange={(row) => updateRow('phones', i, row)}
            onRemove={() => removeRow('phones', i, `${ID}-add-phone`)}
            errors={errors}
          />
        ))}
        <div>
          <Button
            id={`${ID}-add-phone`}
            variant="secondary"
            onClick={() => {
              change({ phones: [...values.phones, emptyPhone()] });
              setFocusId(`${ID}-phone-${values.phones.length}-number`);
            }}
          >
            Telefonnummer hinzufügen
          </Button>
        </div>
      </FormSection>

      <FormSection id={`${ID}-more`} title="Weitere Angaben">
        <TextAreaField id={`${ID}-fees`} label="Kosten" optional hint="Z. B. „kostenlos“ oder „5 € im Monat, Ermäßigung mit Familienpass“" value={values.feesDescription} onChange={set('feesDescription')} error={errors.feesDescription} />
        <TextAreaField id={`${ID}-application`} label="Anmeldung" optional hint="Wie man teilnimmt: einfach vorbeikommen, anrufen, …" value={values.applicationProcess} onChange={set('applicationProcess')} error={errors.applicationProcess} />
        <TextAreaField id={`${ID}-eligibility`} label="Voraussetzungen" optional value={values.eligibilityDescription} onChange={set('eligibilityDescription')} error={errors.eligibilityDescription} />
        <TextAreaField
          id={`${ID}-alert`}
          label="Aktueller Hinweis"
          optional
          hint="Erscheint hervorgehoben, z. B. „Fällt bis 15. August aus“."
          rows={2}
          value={values.alert}
          onChange={set('alert')}
          error={errors.alert}
        />
      </FormSection>

      {nothingChanged ? (
        <p className="kern-body" role="status">
          Es gibt keine Änderungen zu speichern.
        </p>
      ) : null}
      <ButtonRow>
        <Button type="submit" busy={mutation.isPending}>
          {service ? 'Änderungen speichern' : 'Angebot anlegen'}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

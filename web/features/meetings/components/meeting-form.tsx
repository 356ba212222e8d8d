import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { FieldError } from '../../../../common/problem';
import type { CreateMeetingBody, MeetingDetail } from '../../../../common/api/meetings';
import { organizationTypeLabels, teamRoleLabels } from '../../../../common/social-space-terms';
import { ApiError, fieldErrorsOf } from '../../../components/api/api-error';
import { formatDay, todayIso } from '../../../components/format/format-date';
import { ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { TextField } from '../../../components/ui/text-field';
import { useCreateMeeting, useMeetingOrganizations, useMeetingSpaces, useOrganizerSuggestions } from '../hooks/use-meetings';
import { berlinToIso } from '../../../components/format/berlin-time';
import { SearchableChecklist, type ChecklistOption } from './searchable-checklist';
import './meetings.css';

const id = 'meeting';

type Values = {
  spaceIds: string[];
  title: string;
  day: string;
  startTime: string;
  endTime: string;
  place: string;
  onlineUrl: string;
  organizerMembershipIds: string[];
  invitedOrganizationTypes: string[];
  invitedOrganizationIds: string[];
};

const emptyValues = (spaceId: string | undefined): Values => ({
  spaceIds: spaceId ? [spaceId] : [],
  title: '',
  day: '',
  startTime: '16:00',
  endTime: '18:00',
  place: '',
  onlineUrl: '',
  organizerMembershipIds: [],
  invitedOrganizationTypes: [],
  invitedOrganizationIds: [],
});

/** The body for the API, or the problems the browser already sees (the server checks everything again). */
export function toMeetingBody(values: Values): { body: CreateMeetingBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const startsAt = berlinToIso(values.day, values.startTime);
  const endsAt = berlinToIso(values.day, values.endTime);
  if (!values.day) errors.push({ field: 'day', message: 'Bitte das Datum angeben.' });
  else if (!startsAt) errors.push({ field: 'startsAt', message: 'Bitte Datum und Beginn als gültige Uhrzeit angeben, z. B. 16:00.' });
  if (values.day && !endsAt) errors.push({ field: 'endsAt', message: 'Bitte das Ende als gültige Uhrzeit angeben, z. B. 18:00.' });
  if (startsAt && endsAt && endsAt <= startsAt) errors.push({ field: 'endsAt', message: 'Das Ende muss nach dem Beginn liegen.' });
  if (values.spaceIds.length === 0) errors.push({ field: 'spaceIds', message: 'Bitte mindestens einen Sozialraum wählen.' });
  if (values.title.trim().length < 3) errors.push({ field: 'title', message: 'Bitte einen Titel mit mindestens 3 Zeichen angeben.' });
  if (values.organizerMembershipIds.length === 0) errors.push({ field: 'organizerMembershipIds', message: 'Bitte mindestens eine Person angeben, die das Treffen organisiert.' });
  const body: CreateMeetingBody = {
    spaceIds: values.spaceIds,
    title: values.title.trim(),
    startsAt: startsAt ?? '',
    endsAt: endsAt ?? '',
    place: values.place.trim(),
    onlineUrl: values.onlineUrl.trim() || null,
    organizerMembershipIds: values.organizerMembershipIds,
    invitedOrganizationIds: values.invitedOrganizationIds,
    invitedOrganizationTypes: values.invitedOrganizationTypes,
  };
  return { body, errors };
}

function targets(firstSpace: string | undefined): FieldTargets {
  return {
    title: { label: 'Titel', targetId: `${id}-title` },
    spaceIds: { label: 'Sozialräume', targetId: firstSpace ? `${id}-spaces-${firstSpace}` : `${id}-spaces` },
    day: { label: 'Datum', targetId: `${id}-day` },
    startsAt: { label: 'Beginn', targetId: `${id}-start` },
    endsAt: { label: 'Ende', targetId: `${id}-end` },
    place: { label: 'Ort', targetId: `${id}-place` },
    onlineUrl: { label: 'Online-Link', targetId: `${id}-online` },
    organizerMembershipIds: { label: 'Organisation des Treffens', targetId: `${id}-organizers` },
    invitedOrganizationIds: { label: 'Eingeladene Organisationen', targetId: `${id}-invited` },
    invitedOrganizationTypes: { label: 'Arten von Organisationen', targetId: `${id}-types` },
  };
}

function Section({ name, title, children }: { name: string; title: string; children: ReactNode }) {
  return (
    <section className="app-section" aria-labelledby={`${id}-${name}-heading`}>
      <h2 className="kern-heading-medium" id={`${id}-${name}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

const organisedText = (lastOrganisedOn: string | null, times: number) =>
  lastOrganisedOn ? `zuletzt organisiert am ${formatDay(lastOrganisedOn)}, ${times}-mal` : 'hat noch nie organisiert';

type MeetingFormProps = { initialSpaceId?: string | undefined; onSaved: (meeting: MeetingDetail) => void; onCancel: () => void };

/**
 * Planning a network meeting: spaces, title, day and time (Berlin), place or link, who organises (the rotation's
 * suggestion first and preselected), and whom to invite (by type and one by one). Problems show at their field and
 * as a linked list above the form.
 */
export function MeetingForm({ initialSpaceId, onSaved, onCancel }: MeetingFormProps) {
  const [values, setValues] = useState<Values>(() => emptyValues(initialSpaceId));
  const [organizersTouched, setOrganizersTouched] = useState(false);
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const spaces = useMeetingSpaces();
  const organizations = useMeetingOrganizations();
  const suggestions = useOrganizerSuggestions(values.spaceIds, values.day || todayIso());
  const create = useCreateMeeting();
  const error = clientError ?? create.error;
  const errors = fieldErrorsOf(error);

  useEffect(() => {
    if (!error) return;
    errorRef.current?.focus();
    errorRef.current?.scrollIntoView({ block: 'start' });
  }, [error]);

  const change = (next: Partial<Values>) => {
    setValues((v) => ({ ...v, ...next }));
    setClientError(null);
    if (create.error) create.reset();
  };

  // The rotation's first suggestion is preselected until someone changes the organisers.
  const first = suggestions[0]?.data?.[0];
  useEffect(() => {
    if (organizersTouched || !first) return;
    setValues((v) => (v.organizerMembershipIds.length === 1 && v.organizerMembershipIds[0] === first.membershipId ? v : { ...v, organizerMembershipIds: [first.membershipId] }));
  }, [first, organizersTouched]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const { body, errors: wrong } = toMeetingBody(values);
    if (wrong.length) {
      create.reset();
      setClientError(new ApiError({ status: 400, code: 'INVALID_INPUT', title: 'Nicht gespeichert', fieldErrors: wrong }));
      return;
    }
    setClientError(null);
    create.mutate(body, { onSuccess: onSaved });
  };

  if (spaces.isPending) return <LoadingIndicator label="Formular wird vorbereitet …" />;
  if (spaces.error) return <ErrorAlert error={spaces.error} title="Das Formular kann nicht geladen werden" />;
  const spaceList = spaces.data;
  const spaceName = new Map(spaceList.map((s) => [s.id, s.name]));

  const seen = new Set<string>();
  const people = suggestions.flatMap((q) => q.data ?? []).filter((p) => !seen.has(p.membershipId) && seen.add(p.membershipId));
  const organizerOptions: ChecklistOption[] = people.map((p) => {
    const role = teamRoleLabels[p.teamRole as keyof typeof teamRoleLabels] ?? p.teamRole;
    const text = [p.name, role, p.organizationName].filter(Boolean).join(' · ');
    return { value: p.membershipId, searchText: text, label: `${text} (${organisedText(p.lastOrganisedOn, p.timesOrganised)})` };
  });
  const hiddenSuggestions = values.spaceIds.filter((_, i) => suggestions[i]?.isError).map((s) => spaceName.get(s) ?? s);

  const spaceOrganizations = (organizations.data ?? []).filter((o) => o.spaceIds.some((s) => values.spaceIds.includes(s)));
  const typeCounts = new Map<string, number>();
  for (const o of spaceOrganizations) typeCounts.set(o.type, (typeCounts.get(o.type) ?? 0) + 1);
  const typeOptions = [...typeCounts.entries()].map(([type, count]) => ({
    value: type,
    label: `${organizationTypeLabels[type as keyof typeof organizationTypeLabels] ?? spaceOrganizations.find((o) => o.type === type)?.typeLabel ?? type} (${count})`,
  })).sort((a, b) => a.label.localeCompare(b.label, 'de'));
  const invitedByType = spaceOrganizations.filter((o) => values.invitedOrganizationTypes.includes(o.type)).length;
  const organizationOptions: ChecklistOption[] = spaceOrganizations.map((o) => ({ value: o.id, searchText: `${o.name} ${o.typeLabel}`, label: `${o.name} (${o.typeLabel})` }));

  return (
    <form className="app-form" noValidate onSubmit={submit} aria-label="Neues Treffen">
      {error ? (
        <div ref={errorRef} tabIndex={-1} className="app-focus-target">
          <ErrorAlert error={error} fields={targets(spaceList[0]?.id)} title="Nicht gespeichert" />
        </div>
      ) : null}

      <Section name="basics" title="Das Treffen">
        <TextField id={`${id}-title`} label="Titel" required value={values.title} onChange={(event) => change({ title: event.target.value })} error={errors.title} hint="z. B. „Netzwerktreffen Frühjahr“" />
        <CheckboxGroup
          id={`${id}-spaces`}
          name={`${id}-spaces`}
          legend="Sozialräume"
          hint="Das Treffen gehört zu diesen Sozialräumen; ihre Teams organisieren, ihre Organisationen werden eingeladen."
          options={spaceList.map((s) => ({ value: s.id, label: s.name }))}
          value={values.spaceIds}
          onChange={(spaceIds) => change({ spaceIds, organizerMembershipIds: organizersTouched ? values.organizerMembershipIds : [] })}
          error={errors.spaceIds}
        />
      </Section>

      <Section name="time" title="Wann und wo">
        <div className="app-field-row">
          <TextField id={`${id}-day`} type="date" label="Datum" required value={values.day} onChange={(event) => change({ day: event.target.value })} error={errors.day} />
          <TextField id={`${id}-start`} type="time" label="Beginn" required value={values.startTime} onChange={(event) => change({ startTime: event.target.value })} error={errors.startsAt} />
          <TextField id={`${id}-end`} type="time" label="Ende" required value={values.endTime} onChange={(event) => change({ endTime: event.target.value })} error={errors.endsAt} />
        </div>
        <TextField id={`${id}-place`} label="Ort" optional hint="Anschrift und Raum, z. B. „Familienzentrum Am Markt, Raum 2“." value={values.place} onChange={(event) => change({ place: event.target.value })} error={errors.place} />
        <TextField id={`${id}-online`} type="url" label="Online-Link" optional hint="Für ein Treffen per Video, beginnend mit https://" value={values.onlineUrl} onChange={(event) => change({ onlineUrl: event.target.value })} error={errors.onlineUrl} />
      </Section>

      <Section name="organizers" title="Wer organisiert">
        {values.spaceIds.length === 0 ? (
          <p className="kern-body app-muted">Bitte zuerst die Sozialräume wählen.</p>
        ) : suggestions.some((q) => q.isPending) ? (
          <LoadingIndicator label="Teams werden geladen …" />
        ) : (
          <SearchableChecklist
            id={`${id}-organizers`}
            legend="Organisation des Treffens"
            hint={
              hiddenSuggestions.length
                ? `Das Team von ${hiddenSuggestions.join(', ')} können Sie nicht sehen.`
                : 'Die Netzwerkarbeit ruht auf vielen Schultern: wer am längsten nicht und am seltensten organisiert hat, steht oben.'
            }
            searchLabel="Personen durchsuchen"
            options={organizerOptions}
            value={values.organizerMembershipIds}
            onChange={(organizerMembershipIds) => {
              setOrganizersTouched(true);
              change({ organizerMembershipIds });
            }}
            error={errors.organizerMembershipIds}
            empty="In den Teams der gewählten Sozialräume ist heute niemand eingetragen."
          >
            {first ? (
              <div className="app-meeting-suggestion">
                <p className="kern-body">
                  <strong>Vorschlag:</strong> {first.name} ({organisedText(first.lastOrganisedOn, first.timesOrganised)})
                </p>
              </div>
            ) : null}
          </SearchableChecklist>
        )}
      </Section>

      <Section name="invited" title="Wer eingeladen wird">
        {values.spaceIds.length === 0 ? (
          <p className="kern-body app-muted">Bitte zuerst die Sozialräume wählen.</p>
        ) : organizations.isPending ? (
          <LoadingIndicator label="Organisationen werden geladen …" />
        ) : (
          <>
            <CheckboxGroup
              id={`${id}-types`}
              name={`${id}-types`}
              legend="Alle Organisationen dieser Arten einladen"
              hint={invitedByType ? `Damit sind ${invitedByType} Organisationen eingeladen.` : 'Zum Beispiel alle Schulen und Kitas der gewählten Sozialräume.'}
              options={typeOptions}
              value={values.invitedOrganizationTypes}
              onChange={(invitedOrganizationTypes) => change({ invitedOrganizationTypes })}
              error={errors.invitedOrganizationTypes}
            />
            <SearchableChecklist
              id={`${id}-invited`}
              legend="Einzelne Organisationen einladen"
              searchLabel="Organisationen durchsuchen"
              options={organizationOptions}
              value={values.invitedOrganizationIds}
              onChange={(invitedOrganizationIds) => change({ invitedOrganizationIds })}
              error={errors.invitedOrganizationIds}
              empty="In den gewählten Sozialräumen sind keine Organisationen eingetragen."
            />
          </>
        )}
      </Section>

      <ButtonRow>
        <Button type="submit" busy={create.isPending}>
          {create.isPending ? 'Wird gespeichert …' : 'Treffen planen'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ProjectDetail } from '../../../../common/api/projects';
import { needStatusLabels } from '../../../../common/need-terms';
import { teamRoleLabels } from '../../../../common/social-space-terms';
import { ApiError, fieldErrorsOf, withTopLevelFields } from '../../../components/api/api-error';
import { formatDay, todayIso } from '../../../components/format/format-date';
import { Alert, ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useCreateProject, useOrganizations, useProjectSpaces, useProjectTopics, useSpaceNeeds, useTeams, useUpdateProject } from '../hooks/use-projects';
import { VoiceBadge } from './project-badges';
import { InitiativeField, ReachField, SearchableChecklist, TopicsField, topicTree, type ChecklistOption } from './project-form-fields';
import { emptyProjectValues, projectValues, toProjectBody, type ProjectValues } from './project-form-values';
import './projects.css';

const id = 'project';
const firstYear = 2015;

function fieldTargets(values: ProjectValues, firstSpaceId: string | undefined, firstTopicId: string | undefined): FieldTargets {
  const targets: FieldTargets = {
    title: { label: 'Titel', targetId: `${id}-title` },
    description: { label: 'Beschreibung', targetId: `${id}-description` },
    spaceIds: { label: 'Sozialräume', targetId: firstSpaceId ? `${id}-spaces-${firstSpaceId}` : `${id}-spaces` },
    topicIds: { label: 'Themen', targetId: firstTopicId ? `${id}-topics-${firstTopicId}` : `${id}-topics` },
    initiatedBy: { label: 'Initiative', targetId: `${id}-initiative-affected` },
    initiationNote: { label: 'Wie es dazu kam', targetId: `${id}-initiation-note` },
    startsOn: { label: 'Beginn', targetId: `${id}-starts` },
    endsOn: { label: 'Ende', targetId: `${id}-ends` },
    needIds: { label: 'Bedarfe', targetId: `${id}-needs-search` },
    partnerOrganizationIds: { label: 'Partner', targetId: `${id}-partners-search` },
    carrierMembershipIds: { label: 'Wer es trägt', targetId: `${id}-carriers-search` },
    reach: { label: 'Erreichte Menschen', targetId: `${id}-reach-year` },
  };
  for (const row of values.reach) {
    for (const band of Object.keys(row.counts)) {
      targets[`reach.${row.year}.${band}`] = { label: `Erreicht ${row.year}`, targetId: `${id}-reach-${row.year}-${band}` };
    }
  }
  return targets;
}

function Section({ name, title, children }: { name: string; title: string; children: ReactNode }) {
  return (
    <section className="app-section app-project-form__section" aria-labelledby={`${id}-${name}-heading`}>
      <h2 className="kern-heading-medium" id={`${id}-${name}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

type ProjectFormProps = {
  /** The project to change; without it a new one is created. */
  project?: ProjectDetail;
  onSaved: (project: ProjectDetail) => void;
  onCancel: () => void;
};

/**
 * Creating and changing a project. Problems show at their field and as a linked list above the form, which gets the
 * focus; the server's messages (also its privacy guard's) are shown the same way.
 */
export function ProjectForm({ project, onSaved, onCancel }: ProjectFormProps) {
  const [values, setValues] = useState<ProjectValues>(() => (project ? projectValues(project) : emptyProjectValues()));
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const spaces = useProjectSpaces();
  const topics = useProjectTopics();
  const organizations = useOrganizations();
  const needs = useSpaceNeeds(values.spaceIds);
  const teams = useTeams(values.spaceIds);
  const create = useCreateProject();
  const update = useUpdateProject(project?.id ?? '');
  const save = project ? update : create;
  const error = clientError ?? (save.error ? withTopLevelFields(save.error) : null);
  const errors = fieldErrorsOf(error);

  useEffect(() => {
    if (!error) return;
    errorRef.current?.focus();
    errorRef.current?.scrollIntoView({ block: 'start' });
  }, [error]);

  const change = (next: Partial<ProjectValues>) => {
    setValues((v) => ({ ...v, ...next }));
    setClientError(null);
    if (save.error) save.reset();
  };

  // What can be linked: the needs and team members of the chosen spaces, and what the project already has.
  const needList = [...(project?.needs ?? []).map((n) => ({ ...n, spaceName: '' })), ...needs.flatMap((q) => q.data?.items ?? [])];
  const needById = new Map(needList.map((n) => [n.id, n]));
  const teamList = teams.flatMap((q) => q.data ?? []);
  const carrierSpace = new Map<string, string>([
    ...(project?.carriers ?? []).map((c) => [c.membershipId, c.spaceId] as const),
    ...teamList.map((m) => [m.id, m.spaceId] as const),
  ]);

  const changeSpaces = (spaceIds: string[]) =>
    change({
      spaceIds,
      // A need or a carrier belongs to one space: unticking the space drops them.
      needIds: values.needIds.filter((n) => spaceIds.includes(needById.get(n)?.spaceId ?? '')),
      carrierMembershipIds: values.carrierMembershipIds.filter((m) => spaceIds.includes(carrierSpace.get(m) ?? '')),
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const { body, errors: wrong } = toProjectBody(values);
    if (wrong.length) {
      save.reset();
      setClientError(new ApiError({ status: 400, code: 'INVALID_INPUT', title: 'Nicht gespeichert', fieldErrors: wrong }));
      return;
    }
    setClientError(null);
    if (project) update.mutate(body, { onSuccess: onSaved });
    else create.mutate(body, { onSuccess: onSaved });
  };

  if (spaces.isPending || topics.isPending) return <LoadingIndicator label="Formular wird vorbereitet …" />;
  if (spaces.error || topics.error) return <ErrorAlert error={spaces.error ?? topics.error} title="Das Formular kann nicht geladen werden" />;
  const spaceList = spaces.data;
  const spaceName = new Map(spaceList.map((s) => [s.id, s.name]));
  const topicList = topics.data;
  // People are counted for years that have begun.
  const thisYear = Number(todayIso().slice(0, 4));
  const years = Array.from({ length: thisYear - firstYear + 1 }, (_, i) => thisYear - i);

  const seenNeeds = new Set<string>();
  const needOptions: ChecklistOption[] = needList
    .filter((n) => values.spaceIds.includes(n.spaceId) && !seenNeeds.has(n.id) && seenNeeds.add(n.id))
    .map((n) => ({
      value: n.id,
      searchText: n.text,
      label: (
        <span className="app-project-option">
          <span>{n.text}</span>
          <span className="app-project-option__meta">
            <VoiceBadge voice={n.voice} />{' '}
            <span className="kern-body kern-body--small app-muted">
              {spaceName.get(n.spaceId)} · {formatDay(n.recordedOn)} · {needStatusLabels[n.status as keyof typeof needStatusLabels] ?? n.status}
            </span>
          </span>
        </span>
      ),
    }));
  const chosenNeeds = values.needIds.map((n) => needById.get(n)).filter((n) => n !== undefined);
  const noAffected = chosenNeeds.length > 0 && chosenNeeds.every((n) => n.voice !== 'affected');

  const seenMembers = new Set<string>();
  const carrierOptions: ChecklistOption[] = [
    ...(project?.carriers ?? []).map((c) => ({ id: c.membershipId, spaceId: c.spaceId, name: c.name, role: c.teamRole, org: c.organizationName })),
    ...teamList.map((m) => ({ id: m.id, spaceId: m.spaceId, name: m.personName, role: m.teamRole, org: m.organizationName })),
  ]
    .filter((m) => values.spaceIds.includes(m.spaceId) && !seenMembers.has(m.id) && seenMembers.add(m.id))
    .map((m) => {
      const role = teamRoleLabels[m.role as keyof typeof teamRoleLabels] ?? m.role;
      const text = [m.name, role, m.org, spaceName.get(m.spaceId)].filter(Boolean).join(' · ');
      return { value: m.id, searchText: text, label: text };
    });
  const hiddenTeams = values.spaceIds.filter((s, i) => teams[i]?.isError).map((s) => spaceName.get(s) ?? s);

  const partnerOptions: ChecklistOption[] = (organizations.data ?? []).map((o) => ({
    value: o.id,
    searchText: `${o.name} ${o.typeLabel}`,
    label: `${o.name} (${o.typeLabel})`,
  }));

  return (
    <form className="app-form app-project-form" noValidate onSubmit={submit} aria-label={project ? 'Projekt bearbeiten' : 'Neues Projekt'}>
      {error ? (
        <div ref={errorRef} tabIndex={-1} className="app-focus-target">
          <ErrorAlert error={error} fields={fieldTargets(values, spaceList[0]?.id, topicTree(topicList)[0]?.topic.id)} title="Nicht gespeichert" />
        </div>
      ) : null}

      <Section name="basics" title="Das Projekt">
        <TextField id={`${id}-title`} label="Titel" required value={values.title} onChange={(event) => change({ title: event.target.value })} error={errors.title} />
        <TextAreaField
          id={`${id}-description`}
          label="Beschreibung"
          optional
          hint="Was geschieht, für wen, wo. Ohne Namen von Familien oder Kindern."
          rows={5}
          value={values.description}
          onChange={(event) => change({ description: event.target.value })}
          error={errors.description}
        />
        <CheckboxGroup
          id={`${id}-spaces`}
          name={`${id}-spaces`}
          legend="Sozialräume"
          hint="Mindestens einer, in dem Sie im Team sind. Bedarfe und Personen kommen aus den gewählten Sozialräumen."
          options={spaceList.map((s) => ({ value: s.id, label: s.name }))}
          value={values.spaceIds}
          onChange={changeSpaces}
          error={errors.spaceIds}
        />
        <TopicsField id={`${id}-topics`} topics={topicList} value={values.topicIds} onChange={(topicIds) => change({ topicIds })} error={errors.topicIds} />
      </Section>

      <Section name="initiative" title="Initiative">
        <InitiativeField id={`${id}-initiative`} value={values.initiatedBy} onChange={(initiatedBy) => change({ initiatedBy })} error={errors.initiatedBy} />
        <TextField
          id={`${id}-initiation-note`}
          label="Wie es dazu kam"
          optional
          hint="Ein Satz, z. B. „Eltern beim Osterfrühstück des ambulanten Trägers“."
          value={values.initiationNote}
          onChange={(event) => change({ initiationNote: event.target.value })}
          error={errors.initiationNote}
        />
      </Section>

      <Section name="dates" title="Zeitraum">
        <div className="app-field-row">
          <TextField id={`${id}-starts`} type="date" label="Beginn" optional value={values.startsOn} onChange={(event) => change({ startsOn: event.target.value })} error={errors.startsOn} />
          <TextField id={`${id}-ends`} type="date" label="Ende" optional value={values.endsOn} onChange={(event) => change({ endsOn: event.target.value })} error={errors.endsOn} />
        </div>
      </Section>

      <Section name="needs" title="Bedarfe, auf die es antwortet">
        {values.spaceIds.length === 0 ? (
          <p className="kern-body app-muted">Bitte zuerst die Sozialräume wählen.</p>
        ) : needs.some((q) => q.isPending) ? (
          <LoadingIndicator label="Bedarfe werden geladen …" />
        ) : (
          <SearchableChecklist
            id={`${id}-needs`}
            legend="Bedarfe"
            hint="Mit einem Bedarf verknüpft gilt er als vom Projekt aufgegriffen."
            searchLabel="Bedarfe durchsuchen"
            options={needOptions}
            value={values.needIds}
            onChange={(needIds) => change({ needIds })}
            error={errors.needIds}
            empty="In den gewählten Sozialräumen sind keine Bedarfe erfasst."
          />
        )}
        {noAffected ? (
          <Alert tone="warning" title="Kein Bedarf von Betroffenen">
            <p className="kern-body">Alle gewählten Bedarfe sind fachliche Einschätzungen. Projekte, die niemand von den Betroffenen wollte, erreichen sie oft nicht.</p>
          </Alert>
        ) : null}
      </Section>

      <Section name="people" title="Partner und Beteiligte">
        {organizations.isPending ? (
          <LoadingIndicator label="Organisationen werden geladen …" />
        ) : (
          <SearchableChecklist
            id={`${id}-partners`}
            legend="Partnerorganisationen"
            searchLabel="Organisationen durchsuchen"
            options={partnerOptions}
            value={values.partnerOrganizationIds}
            onChange={(partnerOrganizationIds) => change({ partnerOrganizationIds })}
            error={errors.partnerOrganizationIds}
            empty="Es sind keine Organisationen angelegt."
          />
        )}
        {values.spaceIds.length === 0 ? null : teams.some((q) => q.isPending) ? (
          <LoadingIndicator label="Teams werden geladen …" />
        ) : (
          <SearchableChecklist
            id={`${id}-carriers`}
            legend="Wer es trägt (viele Schultern)"
            hint={
              hiddenTeams.length
                ? `Personen aus den Teams der gewählten Sozialräume. Das Team von ${hiddenTeams.join(', ')} können Sie nicht sehen.`
                : 'Personen aus den Teams der gewählten Sozialräume.'
            }
            searchLabel="Personen durchsuchen"
            options={carrierOptions}
            value={values.carrierMembershipIds}
            onChange={(carrierMembershipIds) => change({ carrierMembershipIds })}
            error={errors.carrierMembershipIds}
            empty="In den Teams der gewählten Sozialräume ist niemand eingetragen."
          />
        )}
      </Section>

      <Section name="reach" title="Erreichte Menschen">
        <p className="kern-body app-muted">Anzahl je Jahr und Altersgruppe – nur Zahlen, nie Namen.</p>
        {errors.reach ? <p className="kern-error">{errors.reach}</p> : null}
        <ReachField id={`${id}-reach`} rows={values.reach} onChange={(reach) => change({ reach })} years={years} errors={errors} />
      </Section>

      <ButtonRow>
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? 'Wird gespeichert …' : project ? 'Änderungen speichern' : 'Projekt anlegen'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

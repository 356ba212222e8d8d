import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CaseConsultation, ConsultationBody } from '../../../../common/api/case-consultations';
import { helpTypeLabels, helpTypes, type HelpType } from '../../../../common/meeting-terms';
import { teamRoleLabels, teamRoles, type TeamRole } from '../../../../common/social-space-terms';
import type { FieldError } from '../../../../common/problem';
import { ApiError, fieldErrorsOf } from '../../../components/api/api-error';
import { todayIso } from '../../../components/format/format-date';
import { ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { describedBy, FieldMessage } from '../../../components/ui/field-message';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useConsultationSettings, useConsultationSpaces, useConsultationTeam, useCreateConsultation, useMyConsultationSpaces, useUpdateConsultation } from '../hooks/use-consultations';
import { PrivacyNoteField } from './privacy-note-field';
import './consultations.css';

const id = 'consultation';

type CaseRow = { key: number; helpType: HelpType | ''; lowThresholdOfferFound: boolean; note: string };
type Values = { spaceId: string; heldOn: string; roles: Partial<Record<TeamRole, { membershipId: string }>>; cases: CaseRow[]; note: string };

let nextKey = 1;
const newCase = (): CaseRow => ({ key: nextKey++, helpType: '', lowThresholdOfferFound: false, note: '' });

function valuesOf(consultation: CaseConsultation | undefined, spaceId: string): Values {
  if (!consultation) return { spaceId, heldOn: todayIso(), roles: {}, cases: [], note: '' };
  const roles: Values['roles'] = {};
  for (const p of consultation.participants) if ((teamRoles as readonly string[]).includes(p.teamRole)) roles[p.teamRole as TeamRole] = { membershipId: p.membershipId ?? '' };
  return {
    spaceId: consultation.spaceId,
    heldOn: consultation.heldOn,
    roles,
    cases: consultation.cases.map((c) => ({ key: nextKey++, helpType: c.helpType, lowThresholdOfferFound: c.lowThresholdOfferFound, note: c.note })),
    note: consultation.note,
  };
}

/** The body for the API, or the problems the browser already sees. */
export function toConsultationBody(values: Values): { body: ConsultationBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!values.spaceId) errors.push({ field: 'spaceId', message: 'Bitte den Sozialraum wählen.' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.heldOn)) errors.push({ field: 'heldOn', message: 'Bitte das Datum der Beratung angeben.' });
  const participants = teamRoles.flatMap((role) => {
    const chosen = values.roles[role];
    return chosen ? [{ teamRole: role, membershipId: chosen.membershipId || null }] : [];
  });
  if (participants.length === 0) errors.push({ field: 'participants', message: 'Bitte die Teilnehmenden nach Rolle angeben.' });
  values.cases.forEach((c, i) => {
    if (!c.helpType) errors.push({ field: `cases.${i}.helpType`, message: 'Bitte die Hilfe wählen, die sich ergeben hat.' });
  });
  const body: ConsultationBody = {
    spaceId: values.spaceId,
    heldOn: values.heldOn,
    participants,
    cases: values.cases.map((c) => ({ helpType: (c.helpType || 'none') as HelpType, lowThresholdOfferFound: c.lowThresholdOfferFound, note: c.note.trim() })),
    note: values.note.trim(),
  };
  return { body, errors };
}

function targets(cases: readonly CaseRow[]): FieldTargets {
  const t: FieldTargets = {
    spaceId: { label: 'Sozialraum', targetId: `${id}-space` },
    heldOn: { label: 'Datum', targetId: `${id}-held-on` },
    participants: { label: 'Teilnehmende', targetId: `${id}-role-${teamRoles[0]}` },
    note: { label: 'Notiz', targetId: `${id}-note` },
    cases: { label: 'Fälle', targetId: `${id}-add-case` },
  };
  cases.forEach((_, i) => {
    t[`cases.${i}.helpType`] = { label: `Fall ${i + 1}, Hilfe`, targetId: `${id}-case-${i}-help` };
    t[`cases.${i}.note`] = { label: `Fall ${i + 1}, Kurznotiz`, targetId: `${id}-case-${i}-note` };
    t[`cases.${i}.lowThresholdOfferFound`] = { label: `Fall ${i + 1}, niedrigschwelliges Angebot`, targetId: `${id}-case-${i}-low` };
  });
  return t;
}

type ConsultationFormProps = {
  consultation?: CaseConsultation | undefined;
  initialSpaceId?: string | undefined;
  onSaved: (consultation: CaseConsultation) => void;
  onCancel: () => void;
};

/**
 * Recording a collegial case consultation: space and day, who took part by team role (and, where known, which
 * person), the cases – counted, never named – with the help that resulted, and a note. Every free text is checked
 * for personal data while typing; the server's refusal shows at the field.
 */
export function ConsultationForm({ consultation, initialSpaceId, onSaved, onCancel }: ConsultationFormProps) {
  const spaces = useConsultationSpaces();
  const mine = useMyConsultationSpaces();
  const settings = useConsultationSettings();
  const [values, setValues] = useState<Values>(() => valuesOf(consultation, initialSpaceId ?? ''));
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const team = useConsultationTeam(values.spaceId);
  const create = useCreateConsultation();
  const update = useUpdateConsultation(consultation?.id ?? '');
  const save = consultation ? update : create;
  const error = clientError ?? save.error;
  const errors = fieldErrorsOf(error);

  useEffect(() => {
    if (!error) return;
    errorRef.current?.focus();
    errorRef.current?.scrollIntoView({ block: 'start' });
  }, [error]);

  // The first space where the user works, once known.
  const firstOwn = mine.data && !mine.data.allSpaces ? mine.data.spaceIds[0] : spaces.data?.[0]?.id;
  useEffect(() => {
    if (!values.spaceId && firstOwn) setValues((v) => (v.spaceId ? v : { ...v, spaceId: firstOwn }));
  }, [firstOwn, values.spaceId]);

  const change = (next: Partial<Values>) => {
    setValues((v) => ({ ...v, ...next }));
    setClientError(null);
    if (save.error) save.reset();
  };
  const changeCase = (key: number, next: Partial<CaseRow>) => change({ cases: values.cases.map((c) => (c.key === key ? { ...c, ...next } : c)) });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const { body, errors: wrong } = toConsultationBody(values);
    if (wrong.length) {
      save.reset();
      setClientError(new ApiError({ status: 400, code: 'INVALID_INPUT', title: 'Nicht gespeichert', fieldErrors: wrong }));
      return;
    }
    setClientError(null);
    if (consultation) update.mutate(body, { onSuccess: onSaved });
    else create.mutate(body, { onSuccess: onSaved });
  };

  const addCase = () => {
    const row = newCase();
    change({ cases: [...values.cases, row] });
    const index = values.cases.length;
    window.setTimeout(() => document.getElementById(`${id}-case-${index}-help`)?.focus(), 0);
  };

  if (spaces.isPending || mine.isPending) return <LoadingIndicator label="Formular wird vorbereitet …" />;
  if (spaces.error) return <ErrorAlert error={spaces.error} title="Das Formular kann nicht geladen werden" />;
  const own = mine.data && !mine.data.allSpaces ? new Set(mine.data.spaceIds) : null;
  const spaceOptions = spaces.data.filter((s) => !own || own.has(s.id) || s.id === consultation?.spaceId).map((s) => ({ value: s.id, label: s.name }));
  const required = new Set(settings.data?.requiredRoles ?? []);
  const members = (team.data ?? []).filter((m) => m.validFrom <= values.heldOn && (m.validTo === null || m.validTo >= values.heldOn));
  const participantsId = `${id}-participants`;

  return (
    <form className="app-form" noValidate onSubmit={submit} aria-label={consultation ? 'Beratung bearbeiten' : 'Neue Beratung'}>
      {error ? (
        <div ref={errorRef} tabIndex={-1} className="app-focus-target">
          <ErrorAlert error={error} fields={targets(values.cases)} title="Nicht gespeichert" />
        </div>
      ) : null}

      <section className="app-section" aria-labelledby={`${id}-basics-heading`}>
        <h2 className="kern-heading-medium" id={`${id}-basics-heading`}>
          Wann und wo
        </h2>
        <div className="app-field-row">
          <SelectField
            id={`${id}-space`}
            label="Sozialraum"
            options={[{ value: '', label: '– wählen –' }, ...spaceOptions]}
            value={values.spaceId}
            onChange={(event) => change({ spaceId: event.target.value, roles: Object.fromEntries(Object.entries(values.roles).map(([r]) => [r, { membershipId: '' }])) })}
            error={errors.spaceId}
          />
          <TextField id={`${id}-held-on`} type="date" label="Datum" value={values.heldOn} onChange={(event) => change({ heldOn: event.target.value })} error={errors.heldOn} />
        </div>
      </section>

      <section className="app-section" aria-labelledby={`${id}-participants-heading`}>
        <h2 className="kern-heading-medium" id={`${id}-participants-heading`}>
          Wer teilgenommen hat
        </h2>
        <fieldset className={`kern-fieldset${errors.participants ? ' kern-fieldset--error' : ''}`} id={participantsId} aria-describedby={describedBy(`${participantsId}-hint`, errors.participants && `${participantsId}-error`)}>
          <legend className="kern-label">Teilnehmende nach Rolle</legend>
          <div className="kern-hint" id={`${participantsId}-hint`}>
            Benötigt: {[...required].map((r) => teamRoleLabels[r as TeamRole] ?? r).join(', ') || '–'}. Die Netzwerkerin oder der Netzwerker zählt nur, solange das Modell
            „Netzwerker/in“ gilt. Die Person ist freiwillig.
          </div>
          <div className="kern-fieldset__body">
            <ul className="app-consultation-roles">
              {teamRoles.map((role) => {
                const chosen = values.roles[role];
                const people = members.filter((m) => m.teamRole === role);
                const label = `${teamRoleLabels[role]}${required.has(role) ? ' (benötigt)' : ''}`;
                return (
                  <li key={role} className="app-consultation-role">
                    <Checkbox
                      id={`${id}-role-${role}`}
                      label={label}
                      checked={Boolean(chosen)}
                      invalid={Boolean(errors.participants)}
                      onChange={(event) => {
                        const roles = Object.fromEntries(Object.entries(values.roles).filter(([r]) => r !== role));
                        if (event.target.checked) roles[role] = { membershipId: people.length === 1 ? (people[0]?.id ?? '') : '' };
                        change({ roles });
                      }}
                    />
                    {chosen && people.length ? (
                      <SelectField
                        id={`${id}-person-${role}`}
                        label={`Person: ${teamRoleLabels[role]}`}
                        optional
                        options={[{ value: '', label: '– ohne Angabe –' }, ...people.map((p) => ({ value: p.id, label: [p.personName, p.organizationName].filter(Boolean).join(' · ') }))]}
                        value={chosen.membershipId}
                        onChange={(event) => change({ roles: { ...values.roles, [role]: { membershipId: event.target.value } } })}
                      />
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
          <FieldMessage id={`${participantsId}-error`} message={errors.participants} />
        </fieldset>
      </section>

      <section className="app-section" aria-labelledby={`${id}-cases-heading`}>
        <h2 className="kern-heading-medium" id={`${id}-cases-heading`}>
          Fälle
        </h2>
        <p className="kern-body">Jeder Fall wird gezählt, nie benannt: keine Namen, keine Aktenzeichen.</p>
        {errors.cases ? <p className="kern-error">{errors.cases}</p> : null}
        {values.cases.length === 0 ? <p className="kern-body app-muted">Noch keine Fälle.</p> : null}
        <ol className="app-consultation-cases">
          {values.cases.map((c, i) => (
            <li key={c.key}>
              <fieldset className="kern-fieldset app-consultation-case">
                <legend className="kern-label">Fall {i + 1}</legend>
                <div className="kern-fieldset__body">
                  <SelectField
                    id={`${id}-case-${i}-help`}
                    label="Hilfe, die sich ergeben hat"
                    options={[{ value: '', label: '– wählen –' }, ...helpTypes.map((h) => ({ value: h, label: helpTypeLabels[h] }))]}
                    value={c.helpType}
                    onChange={(event) => changeCase(c.key, { helpType: event.target.value as HelpType | '' })}
                    error={errors[`cases.${i}.helpType`]}
                  />
                  <Checkbox
                    id={`${id}-case-${i}-low`}
                    label="Niedrigschwelliges Angebot im Sozialraum gefunden"
                    checked={c.lowThresholdOfferFound}
                    onChange={(event) => changeCase(c.key, { lowThresholdOfferFound: event.target.checked })}
                  />
                  <PrivacyNoteField
                    id={`${id}-case-${i}-note`}
                    label="Kurznotiz"
                    hint="Worum es ging, ohne Namen, Anschriften, Geburtsdaten oder Aktenzeichen."
                    value={c.note}
                    onChange={(note) => changeCase(c.key, { note })}
                    error={errors[`cases.${i}.note`]}
                  />
                  <div>
                    <Button variant="tertiary" onClick={() => change({ cases: values.cases.filter((x) => x.key !== c.key) })}>
                      Fall {i + 1} entfernen
                    </Button>
                  </div>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <div>
          <Button variant="secondary" id={`${id}-add-case`} onClick={addCase}>
            Fall hinzufügen
          </Button>
        </div>
      </section>

      <section className="app-section" aria-labelledby={`${id}-note-heading`}>
        <h2 className="kern-heading-medium" id={`${id}-note-heading`}>
          Notiz
        </h2>
        <PrivacyNoteField
          id={`${id}-note`}
          label="Notiz zur Beratung"
          hint="Zum Beispiel, was im Sozialraum fehlte. Ohne persönliche Daten."
          rows={3}
          maxLength={2000}
          value={values.note}
          onChange={(note) => change({ note })}
          error={errors.note}
        />
      </section>

      <ButtonRow>
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? 'Wird gespeichert …' : consultation ? 'Änderungen speichern' : 'Beratung speichern'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

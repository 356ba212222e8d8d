import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Committee, CommitteeMeeting, Paper, PaperSummary } from '../../../../common/api/committee-papers';
import { ApiError, fieldErrorsOf, withFormFields } from '../../../components/api/api-error';
import { formatDay, todayIso } from '../../../components/format/format-date';
import { ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useCreatePaper, useUpdatePaper } from '../hooks/use-committee-papers';
import { paperPaths } from '../paper-paths';
import { addConsultationId, ConsultationRows, consultationFieldId } from './consultation-rows';
import { defaultPaperName, emptyPaperValues, formField, paperValues, previousReportPaper, toPaperBody, type PaperValues } from './paper-form-values';
import { ResolutionTemplateField } from './resolution-template-field';
import './committee-papers.css';

const id = 'paper';
/** The first year of the demo's data; the report goes back no further. */
const firstYear = 2015;

function fieldTargets(values: PaperValues, firstRelated: string | undefined): FieldTargets {
  const targets: FieldTargets = {
    reference: { label: 'Drucksachennummer', targetId: `${id}-reference` },
    name: { label: 'Titel', targetId: `${id}-name` },
    paperType: { label: 'Art der Vorlage', targetId: `${id}-type` },
    date: { label: 'Datum', targetId: `${id}-date` },
    year: { label: 'Berichtsjahr', targetId: `${id}-year` },
    spaceId: { label: 'Sozialraum', targetId: `${id}-space` },
    responsibleUnitId: { label: 'Zuständig', targetId: `${id}-unit` },
    relatedPaperIds: { label: 'Bezug', targetId: firstRelated ? `${id}-related-${firstRelated}` : `${id}-related` },
    resolutionTemplate: { label: 'Beschlussvorschlag', targetId: `${id}-resolution` },
    consultations: { label: 'Beratungsfolge', targetId: addConsultationId },
  };
  values.consultations.forEach((row, index) => {
    targets[`consultations.${index}.committeeId`] = { label: `Beratung ${index + 1}, Gremium`, targetId: consultationFieldId(row, 'committee') };
    targets[`consultations.${index}.meetingId`] = { label: `Beratung ${index + 1}, Sitzung`, targetId: consultationFieldId(row, 'meeting') };
    targets[`consultations.${index}.role`] = { label: `Beratung ${index + 1}, Rolle`, targetId: consultationFieldId(row, 'role') };
  });
  return targets;
}

function preselectedUnit(units: readonly Committee[], defaultUnitId: string | undefined): string {
  if (defaultUnitId && units.some((u) => u.id === defaultUnitId)) return defaultUnitId;
  return units.length === 1 ? (units[0]?.id ?? '') : '';
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

type PaperFormProps = {
  /** The paper to change; without it a new one is created. */
  paper?: Paper;
  /** Every paper, for the related papers (Bezug) and last year's report. */
  papers: PaperSummary[];
  committees: Committee[];
  meetings: CommitteeMeeting[];
  spaces: { id: string; name: string }[];
  /** For a new paper: the unit preselected as Zuständig (that of the last paper); the only unit when there is one. */
  defaultUnitId?: string | undefined;
  onSaved: (paper: Paper) => void;
  onCancel: () => void;
};

/**
 * Creating and changing a committee paper: its council metadata, what it refers to, the Beratungsfolge and the
 * Beschlussvorschlag as a template. Problems show at their field and as a linked list above the form, which gets
 * the focus; the server's messages (a reference already taken, a meeting of another committee) are shown the same way.
 */
export function PaperForm({ paper, papers, committees, meetings, spaces, defaultUnitId, onSaved, onCancel }: PaperFormProps) {
  const thisYear = Number(todayIso().slice(0, 4));
  const units = committees.filter((c) => c.kind === 'administration');
  const councils = committees.filter((c) => c.kind === 'committee');
  const [values, setValues] = useState<PaperValues>(() =>
    paper ? paperValues(paper) : emptyPaperValues({ today: todayIso(), year: thisYear - 1, responsibleUnitId: preselectedUnit(units, defaultUnitId), papers }),
  );
  const [relatedTouched, setRelatedTouched] = useState(Boolean(paper));
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const create = useCreatePaper();
  const update = useUpdatePaper(paper?.id ?? '');
  const save = paper ? update : create;
  const error = clientError ?? (save.error ? withFormFields(save.error, formField) : null);
  const errors = fieldErrorsOf(error);

  useEffect(() => {
    if (!error) return;
    errorRef.current?.focus();
    errorRef.current?.scrollIntoView({ block: 'start' });
  }, [error]);

  const change = (next: Partial<PaperValues>) => {
    setValues((v) => ({ ...v, ...next }));
    setClientError(null);
    if (save.error) save.reset();
  };

  const changeYear = (year: string) => {
    const next: Partial<PaperValues> = { year };
    // A title and a Bezug that still follow the old year follow the new one.
    if (values.name === defaultPaperName(values.year)) next.name = defaultPaperName(year);
    if (!relatedTouched) {
      const previous = previousReportPaper(papers, Number(year), paper?.id);
      next.relatedPaperIds = previous ? [previous.id] : [];
    }
    change(next);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const { body, errors: wrong } = toPaperBody(values);
    if (wrong.length) {
      save.reset();
      setClientError(new ApiError({ status: 400, code: 'INVALID_INPUT', title: 'Nicht gespeichert', fieldErrors: wrong }));
      return;
    }
    setClientError(null);
    if (paper) update.mutate(body, { onSuccess: onSaved });
    else create.mutate(body, { onSuccess: onSaved });
  };

  const years = Array.from({ length: thisYear - firstYear + 1 }, (_, i) => thisYear - i);
  if (!years.includes(Number(values.year))) years.push(Number(values.year));
  const related = papers.filter((p) => p.id !== paper?.id);
  const sortedSpaces = [...spaces].sort((a, b) => a.name.localeCompare(b.name, 'de'));

  return (
    <form className="app-form app-paper-form" noValidate onSubmit={submit} aria-label={paper ? 'Vorlage bearbeiten' : 'Neue Vorlage'}>
      {error ? (
        <div ref={errorRef} tabIndex={-1} className="app-focus-target">
          <ErrorAlert error={error} fields={fieldTargets(values, related[0]?.id)} title="Nicht gespeichert" />
        </div>
      ) : null}

      <Section name="basics" title="Die Vorlage">
        <div className="app-field-row">
          <TextField id={`${id}-reference`} label="Drucksachennummer" required hint="z. B. B 17/0042" value={values.reference} onChange={(event) => change({ reference: event.target.value })} error={errors.reference} />
          <TextField id={`${id}-type`} label="Art der Vorlage" required hint="z. B. Berichtsvorlage" value={values.paperType} onChange={(event) => change({ paperType: event.target.value })} error={errors.paperType} />
          <TextField id={`${id}-date`} type="date" label="Datum" required value={values.date} onChange={(event) => change({ date: event.target.value })} error={errors.date} />
        </div>
        <TextField id={`${id}-name`} label="Titel" required value={values.name} onChange={(event) => change({ name: event.target.value })} error={errors.name} />
        <div className="app-field-row">
          <SelectField
            id={`${id}-year`}
            label="Berichtsjahr"
            hint="Der Bericht dieses Jahres ist die Anlage; aus ihm kommen die Beträge."
            options={years.map((y) => ({ value: String(y), label: String(y) }))}
            value={values.year}
            onChange={(event) => changeYear(event.target.value)}
            error={errors.year}
          />
          <SelectField
            id={`${id}-space`}
            label="Sozialraum"
            hint="Der Bericht über alle Sozialräume oder über einen."
            options={[{ value: '', label: 'Alle Sozialräume' }, ...sortedSpaces.map((s) => ({ value: s.id, label: s.name }))]}
            value={values.spaceId}
            onChange={(event) => change({ spaceId: event.target.value })}
            error={errors.spaceId}
          />
          <SelectField
            id={`${id}-unit`}
            label="Zuständig"
            required
            hint={
              units.length === 0 ? (
                <>
                  Es ist noch kein Verwaltungsbereich eingetragen:{' '}
                  <Link className="kern-link" to={paperPaths.committees}>
                    Gremien und Verwaltungsbereiche
                  </Link>
                </>
              ) : (
                'Der Verwaltungsbereich, der die Vorlage einbringt.'
              )
            }
            options={[{ value: '', label: 'Bitte wählen' }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
            value={values.responsibleUnitId}
            onChange={(event) => change({ responsibleUnitId: event.target.value })}
            error={errors.responsibleUnitId}
          />
        </div>
      </Section>

      <Section name="related" title="Bezug">
        {related.length === 0 ? (
          <p className="kern-body app-muted">Es gibt noch keine anderen Vorlagen, auf die sich diese beziehen könnte.</p>
        ) : (
          <CheckboxGroup
            id={`${id}-related`}
            name={`${id}-related`}
            legend="Bezug auf andere Vorlagen"
            hint={paper ? undefined : 'Die Vorlage zum Bericht des Vorjahres ist vorgewählt.'}
            options={related.map((p) => ({ value: p.id, label: `${p.reference} – ${p.name} (${formatDay(p.date)})` }))}
            value={values.relatedPaperIds}
            onChange={(relatedPaperIds) => {
              setRelatedTouched(true);
              change({ relatedPaperIds });
            }}
            error={errors.relatedPaperIds}
          />
        )}
      </Section>

      <Section name="consultations" title="Beratungsfolge">
        <p className="kern-body">Die Gremien, die die Vorlage beraten, in ihrer Reihenfolge – mit Sitzung, sobald sie feststeht, und ihrer Rolle.</p>
        <ConsultationRows rows={values.consultations} committees={councils} meetings={meetings} errors={errors} onChange={(consultations) => change({ consultations })} />
      </Section>

      <Section name="resolution" title="Beschlussvorschlag">
        <ResolutionTemplateField id={`${id}-resolution`} value={values.resolutionTemplate} error={errors.resolutionTemplate} onChange={(resolutionTemplate) => change({ resolutionTemplate })} />
      </Section>

      <ButtonRow>
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? 'Wird gespeichert …' : paper ? 'Änderungen speichern' : 'Vorlage anlegen'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Abbrechen
        </Button>
      </ButtonRow>
    </form>
  );
}

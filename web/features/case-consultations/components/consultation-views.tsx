import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseConsultation, ConsultationsSummary } from '../../../../common/api/case-consultations';
import { helpTypeLabels } from '../../../../common/meeting-terms';
import { teamRoleLabels, type TeamRole } from '../../../../common/social-space-terms';
import { formatDay } from '../../../components/format/format-date';
import { formatInteger } from '../../../components/format/format-number';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { DataTable } from '../../../components/ui/data-table';
import { DescriptionList } from '../../../components/ui/description-list';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { consultationPaths } from '../consultation-paths';
import './consultations.css';

export const roleLabel = (role: string) => teamRoleLabels[role as TeamRole] ?? role;

/** A KERN warning badge per role that was required but absent: "fehlt: Freier Träger stationär". */
export function MissingRoles({ roles }: { roles: readonly string[] }) {
  if (roles.length === 0) return <Badge tone="success">vollständig</Badge>;
  return (
    <span className="app-consultation-badges">
      {roles.map((r) => (
        <Badge key={r} tone="warning">
          fehlt: {roleLabel(r)}
        </Badge>
      ))}
    </span>
  );
}

export type ConsultationsFilter = { spaceId: string; from: string; to: string };

export function readConsultationsFilter(params: URLSearchParams): ConsultationsFilter {
  const day = (key: string) => {
    const v = params.get(key) ?? '';
    return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '';
  };
  return { spaceId: params.get('spaceId') ?? '', from: day('from'), to: day('to') };
}

export function consultationsSearch(filter: ConsultationsFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

type FiltersProps = { filter: ConsultationsFilter; spaces: readonly { id: string; name: string }[]; onChange: (next: Partial<ConsultationsFilter>) => void };

export function ConsultationFilters({ filter, spaces, onChange }: FiltersProps) {
  return (
    <form className="app-consultation-filters" aria-label="Beratungen filtern" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        id="consultations-space"
        label="Sozialraum"
        options={[{ value: '', label: 'Alle Sozialräume' }, ...spaces.map((s) => ({ value: s.id, label: s.name }))]}
        value={filter.spaceId}
        onChange={(event) => onChange({ spaceId: event.target.value })}
      />
      <TextField id="consultations-from" type="date" label="Von" value={filter.from} onChange={(event) => onChange({ from: event.target.value })} />
      <TextField id="consultations-to" type="date" label="Bis" value={filter.to} onChange={(event) => onChange({ to: event.target.value })} />
    </form>
  );
}

/** Consultations as a table: day (link), space, cases, who took part by role, and what was missing. */
export function ConsultationTable({ consultations, spaceNames }: { consultations: readonly CaseConsultation[]; spaceNames: ReadonlyMap<string, string> }) {
  const pageSize = 25;
  const [shown, setShown] = useState(pageSize);
  return (
    <>
      <DataTable
        caption="Kollegiale Beratungen (neueste zuerst)"
        captionHidden
        columns={[
          {
            key: 'day',
            header: 'Datum',
            rowHeader: true,
            cell: (c) => (
              <Link className="kern-link" to={consultationPaths.consultation(c.id)}>
                {formatDay(c.heldOn)}
              </Link>
            ),
          },
          { key: 'space', header: 'Sozialraum', cell: (c) => spaceNames.get(c.spaceId) ?? '–' },
          { key: 'cases', header: 'Fälle', cell: (c) => formatInteger(c.caseCount), numeric: true },
          { key: 'roles', header: 'Teilnehmende Rollen', cell: (c) => c.participants.map((p) => roleLabel(p.teamRole)).join(', ') },
          { key: 'missing', header: 'Besetzung', cell: (c) => <MissingRoles roles={c.missingRoles} /> },
        ]}
        rows={consultations.slice(0, shown)}
        rowKey={(c) => c.id}
      />
      {consultations.length > shown ? (
        <div>
          <Button variant="secondary" onClick={() => setShown((n) => n + pageSize)}>
            Weitere {Math.min(pageSize, consultations.length - shown)} anzeigen
          </Button>
        </div>
      ) : null}
    </>
  );
}

/** One consultation: facts, participants, cases with their help and notes. */
export function ConsultationDetails({ consultation, spaceName }: { consultation: CaseConsultation; spaceName: string }) {
  const c = consultation;
  return (
    <>
      <DescriptionList
        items={[
          { term: 'Sozialraum', value: spaceName },
          { term: 'Datum', value: formatDay(c.heldOn) },
          { term: 'Fälle', value: formatInteger(c.caseCount) },
          { term: 'Besetzung', value: <MissingRoles roles={c.missingRoles} /> },
          {
            term: 'Teilnehmende',
            value: c.participants.map((p) => [roleLabel(p.teamRole), p.name, p.organizationName].filter(Boolean).join(' · ')).join('; ') || '–',
          },
          ...(c.note ? [{ term: 'Notiz', value: c.note }] : []),
        ]}
      />
      {c.cases.length ? (
        <DataTable
          caption="Fälle (anonym)"
          columns={[
            { key: 'n', header: 'Fall', cell: (x) => String(c.cases.indexOf(x) + 1), rowHeader: true },
            { key: 'help', header: 'Hilfe', cell: (x) => helpTypeLabels[x.helpType] },
            { key: 'low', header: 'Niedrigschwelliges Angebot gefunden', cell: (x) => (x.lowThresholdOfferFound ? 'ja' : 'nein') },
            { key: 'note', header: 'Kurznotiz', cell: (x) => x.note || '–' },
          ]}
          rows={c.cases}
          rowKey={(x) => x.id}
        />
      ) : null}
    </>
  );
}

/** The figures anyone signed in may see, the committee included: counts only, no notes, no people. */
export function ConsultationsFigures({ summary }: { summary: ConsultationsSummary }) {
  const figures = [
    { label: 'Beratungen', value: summary.consultations },
    { label: 'Fälle', value: summary.cases },
    { label: 'niedrigschwelliges Angebot gefunden', value: summary.lowThresholdOfferFound },
    { label: 'Beratungen mit fehlender Rolle', value: summary.consultationsWithMissingRoles },
  ];
  return (
    <div className="app-section">
      <ul className="app-consultation-figures" aria-label="Zahlen der Kollegialen Beratung">
        {figures.map((f) => (
          <li key={f.label} className="app-consultation-figure">
            <span className="app-consultation-figure__value">{formatInteger(f.value)}</span>
            <span className="kern-body kern-body--small">{f.label}</span>
          </li>
        ))}
      </ul>
      <DataTable
        caption="Fälle nach der Hilfe, die sich ergab"
        columns={[
          { key: 'help', header: 'Hilfe', cell: (r) => helpTypeLabels[r.helpType], rowHeader: true },
          { key: 'cases', header: 'Fälle', cell: (r) => formatInteger(r.cases), numeric: true },
        ]}
        rows={summary.byHelpType}
        rowKey={(r) => r.helpType}
      />
      {summary.missingByRole.length ? (
        <DataTable
          caption="Fehlende Rollen (Anzahl Beratungen)"
          columns={[
            { key: 'role', header: 'Rolle', cell: (r) => roleLabel(r.teamRole), rowHeader: true },
            { key: 'n', header: 'Beratungen ohne sie', cell: (r) => formatInteger(r.consultations), numeric: true },
          ]}
          rows={summary.missingByRole}
          rowKey={(r) => r.teamRole}
        />
      ) : (
        <p className="kern-body">Bei keiner Beratung fehlte eine benötigte Rolle.</p>
      )}
    </div>
  );
}

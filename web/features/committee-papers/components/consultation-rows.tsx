import { consultationRoleLabels, consultationRoles, type Committee, type CommitteeMeeting, type ConsultationRole } from '../../../../common/api/committee-papers';
import { Button } from '../../../components/ui/button';
import { FieldMessage } from '../../../components/ui/field-message';
import { SelectField } from '../../../components/ui/select-field';
import { formatMeetingTime } from '../../../components/format/berlin-time';
import { newestFirst } from './committee-meeting-values';
import { moveRow, newConsultationRow, nextRole, type ConsultationRow } from './paper-form-values';

export const consultationFieldId = (row: ConsultationRow, part: 'committee' | 'meeting' | 'role') => `paper-consultation-${row.key}-${part}`;
export const addConsultationId = 'paper-consultation-add';

type ConsultationRowsProps = {
  rows: ConsultationRow[];
  /** The committees (not the administration units). */
  committees: Committee[];
  /** Every committee's meetings; each row offers those of its committee. */
  meetings: CommitteeMeeting[];
  /** Field errors by form field ("consultations.0.committeeId", "consultations"). */
  errors: Record<string, string>;
  onChange: (rows: ConsultationRow[]) => void;
};

// After a row moves or goes, focus stays on the same control of the moved row, or goes to a neighbour.
const focusLater = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus());

/**
 * Beratungsfolge: the committees that take the paper, in order, each with its meeting (when known) and its role.
 * Rows are added at the end, moved up and down, and removed; every button names its row for screen readers.
 */
export function ConsultationRows({ rows, committees, meetings, errors, onChange }: ConsultationRowsProps) {
  const change = (index: number, next: Partial<ConsultationRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...next } : r)));

  const move = (index: number, delta: -1 | 1) => {
    const row = rows[index];
    const next = moveRow(rows, index, delta);
    onChange(next);
    if (!row) return;
    // At the new top or bottom the pressed button is gone: the other direction takes the focus.
    const target = index + delta;
    const part = (delta === -1 && target === 0) || (delta === 1 && target === next.length - 1) ? (delta === -1 ? 'down' : 'up') : delta === -1 ? 'up' : 'down';
    focusLater(`paper-consultation-${row.key}-${part}`);
  };

  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    onChange(next);
    const neighbour = next[index] ?? next[index - 1];
    focusLater(neighbour ? consultationFieldId(neighbour, 'committee') : addConsultationId);
  };

  const add = () => {
    const row = newConsultationRow('', nextRole(rows));
    onChange([...rows, row]);
    focusLater(consultationFieldId(row, 'committee'));
  };

  return (
    <div className="app-paper-consultations">
      {rows.length === 0 ? <p className="kern-body app-muted">Noch kein Gremium in der Beratungsfolge.</p> : null}
      <ol className="app-paper-consultation-list">
        {rows.map((row, index) => {
          const label = `Beratung ${index + 1}`;
          const own = newestFirst(meetings.filter((m) => m.committeeId === row.committeeId));
          return (
            <li key={row.key}>
              <fieldset className="kern-fieldset app-paper-consultation">
                <legend className="kern-label">{label}</legend>
                <div className="kern-fieldset__body">
                  <div className="app-field-row">
                    <SelectField
                      id={consultationFieldId(row, 'committee')}
                      label="Gremium"
                      required
                      options={[{ value: '', label: 'Bitte wählen' }, ...committees.map((c) => ({ value: c.id, label: c.name }))]}
                      value={row.committeeId}
                      onChange={(event) => change(index, { committeeId: event.target.value, meetingId: '' })}
                      error={errors[`consultations.${index}.committeeId`]}
                    />
                    <SelectField
                      id={consultationFieldId(row, 'meeting')}
                      label="Sitzung"
                      optional
                      hint={row.committeeId ? undefined : 'Erst das Gremium wählen.'}
                      options={[{ value: '', label: 'noch offen' }, ...own.map((m) => ({ value: m.id, label: `${formatMeetingTime(m.startsAt)} – ${m.name}` }))]}
                      value={row.meetingId}
                      onChange={(event) => change(index, { meetingId: event.target.value })}
                      error={errors[`consultations.${index}.meetingId`]}
                    />
                    <SelectField
                      id={consultationFieldId(row, 'role')}
                      label="Rolle"
                      required
                      options={consultationRoles.map((r) => ({ value: r, label: consultationRoleLabels[r] }))}
                      value={row.role}
                      onChange={(event) => change(index, { role: event.target.value as ConsultationRole })}
                      error={errors[`consultations.${index}.role`]}
                    />
                  </div>
                  <div className="app-row-actions app-paper-consultation__actions">
                    {index > 0 ? (
                      <Button variant="tertiary" id={`paper-consultation-${row.key}-up`} onClick={() => move(index, -1)}>
                        <span className="app-visually-hidden">{label}: </span>Nach oben
                      </Button>
                    ) : null}
                    {index < rows.length - 1 ? (
                      <Button variant="tertiary" id={`paper-consultation-${row.key}-down`} onClick={() => move(index, 1)}>
                        <span className="app-visually-hidden">{label}: </span>Nach unten
                      </Button>
                    ) : null}
                    <Button variant="tertiary" onClick={() => remove(index)}>
                      <span className="app-visually-hidden">{label}: </span>Entfernen
                    </Button>
                  </div>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <FieldMessage id="paper-consultations-error" message={errors.consultations} />
      <div>
        <Button variant="secondary" id={addConsultationId} onClick={add} aria-describedby={errors.consultations ? 'paper-consultations-error' : undefined}>
          Gremium hinzufügen
        </Button>
      </div>
    </div>
  );
}

import {
  defaultResolutionTemplate,
  unknownPlaceholdersMessage,
  type ConsultationRole,
  type Paper,
  type PaperSummary,
} from '../../../../common/api/committee-papers';
import type { FieldError } from '../../../../common/problem';
import type { PaperBody } from '../api/committee-papers-api';

// The paper form as typed, and its conversion to the API body with the checks the browser can make itself (the server
// checks everything again: the reference's uniqueness, the units, committees and meetings).

/** One row of the Beratungsfolge; `key` keeps a row's identity while rows move. */
export type ConsultationRow = { key: string; committeeId: string; meetingId: string; role: ConsultationRole };

export type PaperValues = {
  reference: string;
  name: string;
  paperType: string;
  date: string;
  year: string;
  /** Empty for the report on all spaces. */
  spaceId: string;
  responsibleUnitId: string;
  relatedPaperIds: string[];
  resolutionTemplate: string;
  consultations: ConsultationRow[];
};

export const defaultPaperType = 'Berichtsvorlage';
export const defaultPaperName = (year: number | string) => `Bericht zur Sozialraumorientierung ${year}`;

let rowCount = 0;
export const newConsultationRow = (committeeId = '', role: ConsultationRole = 'decision'): ConsultationRow => {
  rowCount += 1;
  return { key: `row-${rowCount}`, committeeId, meetingId: '', role };
};

/** Last year's report paper for a report year: the newest paper of the year before (not the paper itself). */
export function previousReportPaper(papers: readonly PaperSummary[], year: number, exceptId?: string): PaperSummary | null {
  const candidates = papers.filter((p) => p.year === year - 1 && p.id !== exceptId);
  return candidates.sort((a, b) => b.date.localeCompare(a.date))[0] ?? null;
}

type NewPaperDefaults = {
  today: string;
  /** The report year the new paper carries (usually the year just finished). */
  year: number;
  /** The only administration unit, preselected when there is just one. */
  responsibleUnitId: string;
  papers: readonly PaperSummary[];
};

export function emptyPaperValues({ today, year, responsibleUnitId, papers }: NewPaperDefaults): PaperValues {
  const previous = previousReportPaper(papers, year);
  return {
    reference: '',
    name: defaultPaperName(year),
    paperType: defaultPaperType,
    date: today,
    year: String(year),
    spaceId: '',
    responsibleUnitId,
    relatedPaperIds: previous ? [previous.id] : [],
    resolutionTemplate: defaultResolutionTemplate,
    consultations: [],
  };
}

export function paperValues(paper: Paper): PaperValues {
  return {
    reference: paper.reference,
    name: paper.name,
    paperType: paper.paperType,
    date: paper.date,
    year: String(paper.year),
    spaceId: paper.spaceId ?? '',
    responsibleUnitId: paper.responsibleUnitId,
    relatedPaperIds: paper.relatedPapers.map((r) => r.id),
    resolutionTemplate: paper.resolutionTemplate,
    consultations: [...paper.consultations]
      .sort((a, b) => a.position - b.position)
      .map((c) => ({ ...newConsultationRow(c.committeeId, c.role), meetingId: c.meetingId ?? '' })),
  };
}


export function toPaperBody(values: PaperValues): { body: PaperBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const reference = values.reference.trim();
  if (!reference) errors.push({ field: 'reference', message: 'Bitte eine Drucksachennummer angeben, z. B. „B 17/0042“.' });
  if (values.name.trim().length < 2) errors.push({ field: 'name', message: 'Bitte einen Titel angeben (mindestens 2 Zeichen).' });
  if (values.paperType.trim().length < 2) errors.push({ field: 'paperType', message: 'Bitte eine Vorlagenart angeben, z. B. „Berichtsvorlage“.' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.push({ field: 'date', message: 'Bitte das Datum der Vorlage angeben.' });
  if (!values.responsibleUnitId) errors.push({ field: 'responsibleUnitId', message: 'Bitte angeben, wer zuständig ist.' });
  const unknown = unknownPlaceholdersMessage(values.resolutionTemplate);
  if (unknown) errors.push({ field: 'resolutionTemplate', message: unknown }); else if (values.resolutionTemplate.trim().length < 10) {
    errors.push({ field: 'resolutionTemplate', message: 'Bitte einen Beschlussvorschlag angeben.' });
  }
  values.consultations.forEach((row, index) => {
    if (!row.committeeId) errors.push({ field: `consultations.${index}.committeeId`, message: 'Bitte ein Gremium wählen.' });
  });
  const body: PaperBody = {
    reference,
    name: values.name.trim(),
    paperType: values.paperType.trim(),
    date: values.date,
    year: Number(values.year),
    spaceId: values.spaceId || null,
    responsibleUnitId: values.responsibleUnitId,
    relatedPaperIds: values.relatedPaperIds,
    resolutionTemplate: values.resolutionTemplate.trim(),
    consultations: values.consultations.map((row) => ({ committeeId: row.committeeId, meetingId: row.meetingId || null, role: row.role })),
  };
  return { body, errors };
}

/** The rows with one moved up (-1) or down (+1); at either end nothing changes. */
export function moveRow<T>(rows: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(index, 1);
  if (row !== undefined) next.splice(target, 0, row);
  return next;
}

/** "{jahr}" put in place of the selection (or at the caret); the caret goes behind it. */
export function insertPlaceholder(text: string, start: number, end: number, placeholder: string): { text: string; caret: number } {
  const token = `{${placeholder}}`;
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + token + text.slice(to), caret: from + token.length };
}

/**
 * Where a server field error belongs in the form: "relatedPaperIds.2" → "relatedPaperIds", "consultations.1" →
 * "consultations.1.committeeId"; the fields of a row stay as they are.
 */
export function formField(field: string): string {
  const related = /^relatedPaperIds(\.|$)/.exec(field);
  if (related) return 'relatedPaperIds';
  const row = /^consultations\.(\d+)(?:\.(\w+))?/.exec(field);
  if (row) {
    const part = row[2] === 'meetingId' || row[2] === 'role' ? row[2] : 'committeeId';
    return `consultations.${row[1]}.${part}`;
  }
  return field;
}

/** The role a new row of the Beratungsfolge starts with: the decision, unless a committee already decides. */
export const nextRole = (rows: readonly ConsultationRow[]): ConsultationRole => (rows.some((r) => r.role === 'decision') ? 'preliminary' : 'decision');

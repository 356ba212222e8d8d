import type { CreateProjectBody, ProjectDetail, ReachCount } from '../../../../common/api/projects';
import { ageBands, type AgeBand } from '../../../../common/need-terms';
import type { Initiator } from '../../../../common/project-terms';
import type { FieldError } from '../../../../common/problem';

// The project form as typed, and its conversion to the API body with the checks the browser can make itself (the
// server checks them again, and the privacy guard as well).

/** People reached in one year as typed: a text per age band ("" for none). */
export type ReachRow = { year: number; counts: Record<AgeBand, string> };

export type ProjectValues = {
  title: string;
  description: string;
  spaceIds: string[];
  topicIds: string[];
  initiatedBy: Initiator | '';
  initiationNote: string;
  startsOn: string;
  endsOn: string;
  needIds: string[];
  partnerOrganizationIds: string[];
  carrierMembershipIds: string[];
  reach: ReachRow[];
};

export const emptyCounts = (): Record<AgeBand, string> => Object.fromEntries(ageBands.map((a) => [a, ''])) as Record<AgeBand, string>;

export const emptyProjectValues = (): ProjectValues => ({
  title: '',
  description: '',
  spaceIds: [],
  topicIds: [],
  initiatedBy: '',
  initiationNote: '',
  startsOn: '',
  endsOn: '',
  needIds: [],
  partnerOrganizationIds: [],
  carrierMembershipIds: [],
  reach: [],
});

/** The counts of the API as rows by year, newest first. */
export function reachRows(reach: readonly ReachCount[]): ReachRow[] {
  const byYear = new Map<number, Record<AgeBand, string>>();
  for (const r of reach) {
    const counts = byYear.get(r.year) ?? emptyCounts();
    counts[r.ageBand] = String(r.count);
    byYear.set(r.year, counts);
  }
  return [...byYear.entries()].sort(([a], [b]) => b - a).map(([year, counts]) => ({ year, counts }));
}

export function projectValues(project: ProjectDetail): ProjectValues {
  return {
    title: project.title,
    description: project.description,
    spaceIds: [...project.spaceIds],
    topicIds: [...project.topicIds],
    initiatedBy: project.initiatedBy,
    initiationNote: project.initiationNote,
    startsOn: project.startsOn ?? '',
    endsOn: project.endsOn ?? '',
    needIds: project.needs.map((n) => n.id),
    partnerOrganizationIds: project.partners.map((p) => p.id),
    carrierMembershipIds: project.carriers.map((c) => c.membershipId),
    reach: reachRows(project.reach),
  };
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Where a reach count lives in the form (its input's id suffix and the field name of its message). */
export const reachField = (year: number, ageBand: AgeBand) => `reach.${year}.${ageBand}`;

/** The body for POST /api/projects (and PATCH: the same fields, all of them), or the problems that keep it from being sent. */
export function toProjectBody(values: ProjectValues): { body: CreateProjectBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const title = values.title.trim();
  if (title.length < 3) errors.push({ field: 'title', message: 'Bitte einen Titel mit mindestens 3 Zeichen angeben.' });
  if (values.spaceIds.length === 0) errors.push({ field: 'spaceIds', message: 'Bitte mindestens einen Sozialraum wählen.' });
  if (!values.initiatedBy) errors.push({ field: 'initiatedBy', message: 'Bitte angeben, von wem die Initiative ausging.' });
  if (values.startsOn && !isoDay.test(values.startsOn)) errors.push({ field: 'startsOn', message: 'Bitte ein gültiges Datum angeben.' });
  if (values.endsOn && !isoDay.test(values.endsOn)) errors.push({ field: 'endsOn', message: 'Bitte ein gültiges Datum angeben.' });
  if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) errors.push({ field: 'endsOn', message: 'Das Ende liegt vor dem Beginn.' });
  const reach: ReachCount[] = [];
  for (const row of values.reach) {
    for (const ageBand of ageBands) {
      const text = row.counts[ageBand].trim();
      if (!text) continue;
      if (!/^\d{1,6}$/.test(text) || Number(text) > 100_000) {
        errors.push({ field: reachField(row.year, ageBand), message: 'Bitte eine ganze Zahl von 0 bis 100.000 angeben.' });
        continue;
      }
      reach.push({ year: row.year, ageBand, count: Number(text) });
    }
  }
  // Carriers and needs outside the chosen spaces are dropped by the form when a space is unticked; the server checks.
  const body: CreateProjectBody = {
    title,
    description: values.description.trim(),
    spaceIds: values.spaceIds,
    topicIds: values.topicIds,
    // Checked above: a body with errors is never sent, the fallback only fills the type.
    initiatedBy: values.initiatedBy || 'joint',
    initiationNote: values.initiationNote.trim(),
    startsOn: values.startsOn || null,
    endsOn: values.endsOn || null,
    needIds: values.needIds,
    partnerOrganizationIds: values.partnerOrganizationIds,
    carrierMembershipIds: values.carrierMembershipIds,
    reach,
  };
  return { body, errors };
}

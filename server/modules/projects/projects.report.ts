import { sql } from 'drizzle-orm';
import type { AgeBand } from '../../../common/need-terms';
import { ageBands } from '../../../common/need-terms';
import type { Initiator, ProjectStatus } from '../../../common/project-terms';
import { initiators } from '../../../common/project-terms';
import { queryRows } from '../../platform/db/database';
import type { AppendixEntry, ReportFunction, ReportPeriod } from '../../platform/report-period';
import { needCountsOfProjects } from '../needs';

// The projects' figures for the annual report (issue 8): read only through `projectsReport` from index.ts.
// Everything is counted from the status events (`project_status_events`, each with its own day), not from the
// project's current status, so that a report for a past year shows that year.

/** Projects counted by what happened to them in the report year (distinct projects; one in two spaces counts once office-wide). */
export type ProjectCounts = {
  /** NEW: the project's first status event (its creation, whether as idea, planned or already running) lies in the year. */
  new: number;
  /** STARTED: the project's first `running` event lies in the year (it may have been created earlier). */
  started: number;
  /**
   * RUNNING: the project was running on at least one day of the year: its first `running` event is on or before the
   * year's last day and it was not completed or stopped before the year's first day.
   */
  running: number;
  /** COMPLETED: the `completed` event lies in the year. */
  completed: number;
  /** STOPPED: the `stopped` event lies in the year. */
  stopped: number;
  /** Projects of the year: new, running, completed or stopped in the year (the union, each project once). */
  ofYear: number;
};

export type ProjectStory = {
  id: string;
  title: string;
  spaceIds: string[];
  /** The status now, when the report is made. */
  status: ProjectStatus;
  initiatedBy: Initiator;
  /** The team's own words for the year, verbatim (may be empty when only the other field was written). */
  successes: string;
  difficulties: string;
};

export type ProjectsFigures = {
  /** All projects in scope. */
  counts: ProjectCounts;
  /** The same counts per initiator (by the affected, by professionals, jointly): how affected-initiated projects fared. */
  byInitiator: Record<Initiator, ProjectCounts>;
  /** The projects stopped in the year, with the reason given at the `stopped` event (the team's words), by day. */
  stoppedProjects: { id: string; title: string; initiatedBy: Initiator; stoppedOn: string; reason: string }[];
  /**
   * People reached in the year: the sum of the counts recorded per project and age band for the report year
   * (`project_reach.year`). A person reached by two projects counts twice.
   */
  reached: { total: number; byAgeBand: Record<AgeBand, number> };
  /** Projects with a year note for the report year that has successes or difficulties, by title. */
  stories: ProjectStory[];
  /**
   * Of the projects of the year (`counts.ofYear`): how many answer at least one need, and how many of those answer
   * none that the affected voiced (all their needs came from professionals). Needs as linked when the report is made.
   */
  withNeeds: number;
  withoutAffectedVoice: number;
};

const de = (iso: string) => iso.split('-').reverse().join('.');
const scopeText = (period: ReportPeriod) => `${period.spaceId ? 'der gewählte Sozialraum' : 'alle Sozialräume des Amts (ein Projekt in mehreren Sozialräumen zählt einmal)'}; ${de(period.from)}–${de(period.to)}`;

const zeroCounts = (): ProjectCounts => ({ new: 0, started: 0, running: 0, completed: 0, stopped: 0, ofYear: 0 });

type CountRow = { initiated_by: string; new: number; started: number; running: number; completed: number; stopped: number; of_year: number; ids: string[] | null };

/** Figures of the projects of a year: four aggregate queries and the needs module's counts per project. */
export const projectsReport: ReportFunction<ProjectsFigures> = async (tx, period) => {
  const scope = period.spaceId ? sql`and p.space_ids @> array[${period.spaceId}]::uuid[]` : sql``;
  const from = sql`${period.from}::date`;
  const to = sql`${period.to}::date`;
  const countRows = await queryRows<CountRow>(
    tx,
    sql`with ev as (
          select e.project_id, min(e.occurred_on) as first_on,
            min(e.occurred_on) filter (where e.status = 'running') as running_on,
            min(e.occurred_on) filter (where e.status = 'completed') as completed_on,
            min(e.occurred_on) filter (where e.status = 'stopped') as stopped_on
          from project_status_events e join projects p on p.id = e.project_id
          where p.office_id = ${period.officeId} ${scope}
          group by e.project_id),
        f as (
          select p.id, p.initiated_by,
            coalesce(ev.first_on between ${from} and ${to}, false) as is_new,
            coalesce(ev.running_on between ${from} and ${to}, false) as is_started,
            coalesce(ev.running_on <= ${to} and coalesce(least(ev.completed_on, ev.stopped_on), ${to}) >= ${from}, false) as is_running,
            coalesce(ev.completed_on between ${from} and ${to}, false) as is_completed,
            coalesce(ev.stopped_on between ${from} and ${to}, false) as is_stopped
          from projects p join ev on ev.project_id = p.id)
        select initiated_by,
          count(*) filter (where is_new)::int as new, count(*) filter (where is_started)::int as started,
          count(*) filter (where is_running)::int as running, count(*) filter (where is_completed)::int as completed,
          count(*) filter (where is_stopped)::int as stopped,
          count(*) filter (where is_new or is_running or is_completed or is_stopped)::int as of_year,
          array_agg(id) filter (where is_new or is_running or is_completed or is_stopped) as ids
        from f group by initiated_by`,
  );
  const stoppedRows = await queryRows<{ id: string; title: string; initiated_by: string; stopped_on: string; reason: string }>(
    tx,
    sql`select p.id, p.title, p.initiated_by, to_char(e.occurred_on, 'YYYY-MM-DD') as stopped_on, e.reason
        from project_status_events e join projects p on p.id = e.project_id
        where p.office_id = ${period.officeId} ${scope} and e.status = 'stopped' and e.occurred_on between ${from} and ${to}
        order by e.occurred_on, p.title, p.id`,
  );
  const reachRows = await queryRows<{ age_band: string; total: string | number }>(
    tx,
    sql`select r.age_band, sum(r.count) as total
        from project_reach r join projects p on p.id = r.project_id
        where p.office_id = ${period.officeId} ${scope} and r.year = ${period.year}
        group by r.age_band`,
  );
  const storyRows = await queryRows<{ id: string; title: string; space_ids: string[]; status: string; initiated_by: string; successes: string; difficulties: string }>(
    tx,
    sql`select p.id, p.title, p.space_ids, p.status, p.initiated_by, n.successes, n.difficulties
        from project_year_notes n join projects p on p.id = n.project_id
        where p.office_id = ${period.officeId} ${scope} and n.year = ${period.year}
          and (btrim(n.successes) <> '' or btrim(n.difficulties) <> '')
        order by p.title, p.id`,
  );

  const byInitiator = Object.fromEntries(initiators.map((i) => [i, zeroCounts()])) as Record<Initiator, ProjectCounts>;
  const counts = zeroCounts();
  const ofYearIds: string[] = [];
  for (const r of countRows) {
    const c: ProjectCounts = { new: Number(r.new), started: Number(r.started), running: Number(r.running), completed: Number(r.completed), stopped: Number(r.stopped), ofYear: Number(r.of_year) };
    if (r.initiated_by in byInitiator) byInitiator[r.initiated_by as Initiator] = c;
    for (const key of Object.keys(counts) as (keyof ProjectCounts)[]) counts[key] += c[key];
    ofYearIds.push(...(r.ids ?? []));
  }
  const needCounts = ofYearIds.length > 0 ? await needCountsOfProjects(tx, period.officeId) : new Map<string, { total: number; affected: number }>();
  let withNeeds = 0;
  let withoutAffectedVoice = 0;
  for (const id of ofYearIds) {
    const n = needCounts.get(id);
    if (!n || n.total === 0) continue;
    withNeeds += 1;
    if (n.affected === 0) withoutAffectedVoice += 1;
  }
  const byAgeBand = Object.fromEntries(ageBands.map((b) => [b, 0])) as Record<AgeBand, number>;
  for (const r of reachRows) if (r.age_band in byAgeBand) byAgeBand[r.age_band as AgeBand] = Number(r.total);

  const where = scopeText(period);
  const appendix: AppendixEntry[] = [
    {
      table: 'Projekte im Berichtsjahr',
      counted:
        'Projekte nach ihren Statusereignissen (jeweils mit eigenem Datum): neu = erstes Statusereignis (Anlage als Idee, geplant oder laufend) im Berichtsjahr; begonnen = erstes Ereignis „läuft“ im Berichtsjahr; laufend = an mindestens einem Tag des Jahres gelaufen (begonnen bis zum Jahresende und nicht vor Jahresbeginn abgeschlossen oder eingestellt); abgeschlossen bzw. eingestellt = dieses Ereignis im Berichtsjahr',
      filters: where,
    },
    {
      table: 'Projekte nach Initiative',
      counted: 'dieselben Zahlen getrennt nach Initiative: von Betroffenen, von Fachkräften, gemeinsam',
      filters: where,
    },
    {
      table: 'Eingestellte Projekte',
      counted: 'Projekte mit dem Ereignis „eingestellt“ im Berichtsjahr und der dabei angegebenen Begründung im Wortlaut',
      filters: where,
    },
    {
      table: 'Erreichte Personen',
      counted: 'Summe der für das Berichtsjahr je Projekt und Altersgruppe erfassten Zahlen; wer von zwei Projekten erreicht wurde, zählt doppelt',
      filters: where,
    },
    {
      table: 'Erfolge und Schwierigkeiten',
      counted: 'Jahresnotizen der Projekte für das Berichtsjahr im Wortlaut des Teams; Projekte ohne Notiz fehlen',
      filters: where,
    },
    {
      table: 'Projekte ohne Stimme der Betroffenen',
      counted: 'Projekte des Berichtsjahres (neu, laufend, abgeschlossen oder eingestellt), die auf Bedarfe antworten, davon solche, bei denen keiner dieser Bedarfe von Betroffenen geäußert wurde; Verknüpfungen zum Zeitpunkt der Berichtserstellung',
      filters: where,
    },
  ];
  return {
    figures: {
      counts,
      byInitiator,
      stoppedProjects: stoppedRows.map((r) => ({ id: r.id, title: r.title, initiatedBy: r.initiated_by as Initiator, stoppedOn: r.stopped_on, reason: r.reason })),
      reached: { total: Object.values(byAgeBand).reduce((s, n) => s + n, 0), byAgeBand },
      stories: storyRows.map((r) => ({
        id: r.id,
        title: r.title,
        spaceIds: r.space_ids,
        status: r.status as ProjectStatus,
        initiatedBy: r.initiated_by as Initiator,
        successes: r.successes,
        difficulties: r.difficulties,
      })),
      withNeeds,
      withoutAffectedVoice,
    },
    appendix,
  };
};

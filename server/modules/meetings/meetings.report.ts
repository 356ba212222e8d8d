import { type SQL, sql } from 'drizzle-orm';
import { type DecisionKind, decisionKinds } from '../../../common/meeting-terms';
import { queryRows } from '../../platform/db/database';
import type { AppendixEntry, ReportFunction } from '../../platform/report-period';
import { spacesOfOffice } from '../social-spaces';

// The network meetings' figures for the annual report: raw counts, the report suppresses small ones.

export type MeetingsFigures = {
  /** Network meetings held in the year: state `held`, the day they began (`starts_at` in Europe/Berlin) in the year. */
  held: number;
  /** Network meetings cancelled that were to take place in the year (by the same day). */
  cancelled: number;
  /** Distinct organisations that attended at least one held meeting of the year. */
  organizationsAttending: number;
  /** People at the held meetings of the year: the organisations' head counts plus the guests, summed over meetings (a person at two meetings counts twice). */
  people: number;
  /** Agenda items of the held meetings of the year. */
  agendaItems: number;
  /** Decisions of the held meetings of the year, by kind: plain decision, follow-up task, project draft. */
  decisionsByKind: Record<DecisionKind, number>;
  /** Follow-up tasks of the held meetings of the year marked done on or before the last day of the year. */
  tasksDone: number;
  /** Follow-up tasks of the held meetings of the year still open at the year's end (not done, or done only after it). */
  tasksOpen: number;
  /** Project drafts decided at the held meetings of the year whose project is still on record (each started a project as an idea). */
  projectDraftsStarted: number;
};

const germanDate = (iso: string) => iso.split('-').reverse().join('.');

export const meetingsReport: ReportFunction<MeetingsFigures> = async (tx, period) => {
  const { officeId, spaceId, from, to } = period;
  const inSpace: SQL = spaceId ? sql` and m.space_ids @> array[${spaceId}]::uuid[]` : sql``;
  const ofYear = sql`m.office_id = ${officeId} and (m.starts_at at time zone 'Europe/Berlin')::date between ${from}::date and ${to}::date${inSpace}`;

  // One statement: the year's meetings once, then each figure as a sub-select over them.
  const [row] = await queryRows<{
    held: number;
    cancelled: number;
    organizations: number;
    heads: number;
    guests: number;
    agendaItems: number;
    note: number;
    task: number;
    projectDraft: number;
    tasksDone: number;
    draftsWithProject: number;
  }>(
    tx,
    sql`with year as (select m.id, m.state, m.guest_count from meetings m where ${ofYear}),
             held as (select id, guest_count from year where state = 'held')
        select
          (select count(*) from held)::int as held,
          (select count(*) from year where state = 'cancelled')::int as cancelled,
          (select count(distinct a.organization_id) from meeting_attendance a join held h on h.id = a.meeting_id)::int as organizations,
          (select coalesce(sum(a.head_count), 0) from meeting_attendance a join held h on h.id = a.meeting_id)::int as heads,
          (select coalesce(sum(guest_count), 0) from held)::int as guests,
          (select count(*) from agenda_items i join held h on h.id = i.meeting_id)::int as "agendaItems",
          d.note, d.task, d.project_draft as "projectDraft", d.tasks_done as "tasksDone", d.drafts_with_project as "draftsWithProject"
        from (select count(*) filter (where kind = 'note')::int as note,
                     count(*) filter (where kind = 'task')::int as task,
                     count(*) filter (where kind = 'project_draft')::int as project_draft,
                     count(*) filter (where kind = 'task' and done_on <= ${to}::date)::int as tasks_done,
                     count(*) filter (where kind = 'project_draft' and project_id is not null)::int as drafts_with_project
                from meeting_decisions dd join held h on h.id = dd.meeting_id) as d`,
  );
  const r = row ?? { held: 0, cancelled: 0, organizations: 0, heads: 0, guests: 0, agendaItems: 0, note: 0, task: 0, projectDraft: 0, tasksDone: 0, draftsWithProject: 0 };
  const decisionsByKind = Object.fromEntries(decisionKinds.map((k) => [k, 0])) as Record<DecisionKind, number>;
  decisionsByKind.note = r.note;
  decisionsByKind.task = r.task;
  decisionsByKind.project_draft = r.projectDraft;

  const spaceName = spaceId ? (await spacesOfOffice(tx, officeId)).find((s) => s.id === spaceId)?.name : undefined;
  const scope = `${spaceId ? `Sozialraum ${spaceName ?? '?'} (auch Treffen mehrerer Sozialräume)` : 'alle Sozialräume (ein Treffen mehrerer Sozialräume einmal)'}; ${germanDate(from)}–${germanDate(to)}`;
  const appendix: AppendixEntry[] = [
    {
      table: 'Netzwerktreffen',
      counted:
        'stattgefundene und abgesagte Netzwerktreffen nach ihrem Tag (Beginn, Europe/Berlin); bei den stattgefundenen: teilnehmende Organisationen (jede einmal), Personen (Anzahl je Organisation und Gäste, je Treffen addiert), Tagesordnungspunkte',
      filters: scope,
    },
    {
      table: 'Beschlüsse der Netzwerktreffen',
      counted:
        'Beschlüsse der im Berichtsjahr stattgefundenen Treffen nach Art; Aufgaben erledigt bis zum Jahresende bzw. am Jahresende offen; Projektentwürfe, deren Projekt noch besteht',
      filters: scope,
    },
  ];

  return {
    figures: {
      held: r.held,
      cancelled: r.cancelled,
      organizationsAttending: r.organizations,
      people: r.heads + r.guests,
      agendaItems: r.agendaItems,
      decisionsByKind,
      tasksDone: r.tasksDone,
      tasksOpen: r.task - r.tasksDone,
      projectDraftsStarted: r.draftsWithProject,
    },
    appendix,
  };
};

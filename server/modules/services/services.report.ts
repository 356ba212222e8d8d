import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database';
import type { AppendixEntry, ReportFunction, ReportPeriod } from '../../platform/report-period';
import { staleAfterMonthsOf } from './services.queries';
import { staleCutoff, todayInBerlin } from './services.rules';

// The offers' figures for the annual report (issue 8): read only through `servicesReport` from index.ts.
//
// An offer keeps only its current status and last verification; their earlier values come from the HSDS change
// metadata (`hsds_metadata`, written by every change made here): the value in force on a day is the previous value
// of the first change after that day, or the current value when nothing changed since. Deleted offers are gone and
// not counted; an offer's spaces and topics are the current ones.

/** Offers counted for the report year (distinct offers; one in two spaces counts once office-wide). */
export type OfferCounts = {
  /** ADDED: offers created in the year (creation time, Europe/Berlin). */
  added: number;
  /**
   * VERIFIED: offers confirmed as current ("geprüft") on a day in the year: their verification date (assured_date)
   * now, or an earlier one recorded in the change metadata, lies in the year.
   */
  verified: number;
  /** ACTIVE: offers that existed on the reference day (see `asOf`) with the status "active" that day. */
  active: number;
  /**
   * STALE: offers that existed on the reference day, were active or temporarily closed that day (the offers the
   * services module asks to keep current) and whose verification that day was missing or older than the office's
   * period (`staleAfterMonths`) before the reference day: the services module's own rule (`isStale`).
   */
  stale: number;
};

export type ServicesFigures = {
  /** All offers in scope. */
  counts: OfferCounts;
  /** The same counts for each top-level topic of the office (an offer filed under a subtopic counts for its top topic; an offer with several topics counts under each), by the topics' order. */
  byTopic: ({ topicId: string; code: string | null; name: string } & OfferCounts)[];
  /** The day "at the end of the year" is measured on: the year's last day, or today while the year is not over. */
  asOf: string;
  /** The office's period after which an offer is stale (months), as set when the report is made. */
  staleAfterMonths: number;
};

const de = (iso: string) => iso.split('-').reverse().join('.');

type Row = { topic_id: string | null; code: string | null; name: string | null; sort_order: number | null; added: number; verified: number; active: number; stale: number };

/** Figures of the offers of a year: one aggregate query (total and per top-level topic) and the stale setting. */
export const servicesReport: ReportFunction<ServicesFigures> = async (tx, period: ReportPeriod) => {
  const today = todayInBerlin();
  const asOf = period.to < today ? period.to : today;
  const staleAfterMonths = await staleAfterMonthsOf(tx, period.officeId);
  const cutoff = staleCutoff(asOf, staleAfterMonths);
  const scope = period.spaceId ? sql`and s.space_ids && array[${period.spaceId}]::uuid[]` : sql``;
  // The value of a field in force on `asOf`: the previous value of the first change after it, else the current one.
  const valueThen = (field: string, current: ReturnType<typeof sql>) =>
    sql`coalesce((select m.previous_value from hsds_metadata m
                  where m.resource_id = s.id and m.resource_type = 'service' and m.field_name = ${field} and m.last_action_date > ${asOf}::date
                  order by m.last_action_date, m.created_at limit 1), ${current})`;
  const rows = await queryRows<Row>(
    tx,
    sql`with f as materialized (
          select s.id, s.topic_path,
            (s.created_at at time zone 'Europe/Berlin')::date between ${period.from}::date and ${period.to}::date as is_added,
            (s.assured_date between ${period.from}::date and ${period.to}::date
              or exists (select 1 from hsds_metadata m where m.resource_id = s.id and m.resource_type = 'service' and m.field_name = 'assured_date'
                           and m.replacement_value between ${period.from} and ${period.to})) as is_verified,
            (s.created_at at time zone 'Europe/Berlin')::date <= ${asOf}::date as existed,
            ${valueThen('status', sql`s.status`)} as status_then,
            nullif(${valueThen('assured_date', sql`to_char(s.assured_date, 'YYYY-MM-DD')`)}, '') as assured_then
          from services s
          where s.office_id = ${period.officeId} ${scope}),
        c as (
          select f.*, existed and status_then = 'active' as is_active,
            existed and status_then in ('active', 'temporarily closed') and (assured_then is null or assured_then < ${cutoff}) as is_stale
          from f)
        select null::uuid as topic_id, null as code, null as name, null::int as sort_order,
          count(*) filter (where is_added)::int as added, count(*) filter (where is_verified)::int as verified,
          count(*) filter (where is_active)::int as active, count(*) filter (where is_stale)::int as stale
        from c
        union all
        select t.id, t.code, t.name, t.sort_order,
          count(c.id) filter (where is_added)::int, count(c.id) filter (where is_verified)::int,
          count(c.id) filter (where is_active)::int, count(c.id) filter (where is_stale)::int
        from taxonomy_terms t left join c on c.topic_path @> array[t.id]
        where t.office_id = ${period.officeId} and t.is_topic and t.parent_id is null
        group by t.id, t.code, t.name, t.sort_order`,
  );
  const counts = (r: Row | undefined): OfferCounts => ({ added: Number(r?.added ?? 0), verified: Number(r?.verified ?? 0), active: Number(r?.active ?? 0), stale: Number(r?.stale ?? 0) });
  const total = rows.find((r) => r.topic_id === null);
  const byTopic = rows
    .filter((r): r is Row & { topic_id: string } => r.topic_id !== null)
    .sort((a, b) => Number(a.sort_order) - Number(b.sort_order) || String(a.name).localeCompare(String(b.name), 'de'))
    .map((r) => ({ topicId: r.topic_id, code: r.code, name: r.name ?? '', ...counts(r) }));

  const where = `${period.spaceId ? 'Angebote im gewählten Sozialraum' : 'alle Angebote des Amts (ein Angebot in mehreren Sozialräumen zählt einmal)'}; ${de(period.from)}–${de(period.to)}; ohne gelöschte Angebote; Sozialräume und Themen nach heutigem Stand`;
  const appendix: AppendixEntry[] = [
    {
      table: 'Angebote',
      counted: `neu = angelegt im Berichtsjahr; geprüft = im Berichtsjahr als aktuell bestätigt (Prüfdatum oder ein früheres Prüfdatum aus dem Änderungsprotokoll); aktiv = am ${de(asOf)} vorhanden und im Status „aktiv“; veraltet = am ${de(asOf)} aktiv oder vorübergehend geschlossen und seit mehr als ${staleAfterMonths} Monaten (vor dem ${de(cutoff)}) nicht geprüft; Status und Prüfdatum an jenem Tag aus dem Änderungsprotokoll`,
      filters: where,
    },
    {
      table: 'Angebote nach Thema',
      counted: 'dieselben Zahlen je Oberthema; ein Angebot unter einem Unterthema zählt beim Oberthema, ein Angebot mit mehreren Themen bei jedem',
      filters: where,
    },
  ];
  return { figures: { counts: counts(total), byTopic, asOf, staleAfterMonths }, appendix };
};

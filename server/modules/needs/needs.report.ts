import { type SQL, sql } from 'drizzle-orm';
import { type AgeBand, ageBands, type NeedSource, needSources, type Voice, voices } from '../../../common/need-terms';
import { queryRows } from '../../platform/db/database';
import type { AppendixEntry, ReportFunction } from '../../platform/report-period';
import { topicTerms } from '../services';
import { spacesOfOffice } from '../social-spaces';

// The needs' figures for the annual report: raw counts, the report suppresses small ones.

type GapKind = 'missing' | 'reach' | 'fit';
const gapKinds: readonly GapKind[] = ['missing', 'reach', 'fit'];

export type NeedsFigures = {
  /** Accepted needs recorded in the year (by `recorded_on`); public-form entries only once accepted. */
  total: number;
  /** The same needs by voice: named by the affected themselves, or a professional's assessment. Adds up to `total`. */
  byVoice: Record<Voice, number>;
  /** The same needs by source (home visit, case closure, participation, meeting, public form, other). Adds up to `total`. */
  bySource: Record<NeedSource, number>;
  /**
   * The same needs by top-level topic of the office's taxonomy (a narrower topic counts for its top-level topic), in
   * the taxonomy's order, every top-level topic listed. A need with topics under two top-level topics counts in both,
   * so these do NOT add up to `total`; one with two topics under the same top-level topic counts there once.
   */
  byTopic: { topicId: string; name: string; needs: number }[];
  /** Of `total`, the needs without any topic (they appear in no row of `byTopic`). */
  withoutTopic: number;
  /** The same needs by age band; a need naming several age bands counts in each, so these do not add up to `total`. */
  byAgeBand: Record<AgeBand, number>;
  /** Of `total`, the needs without an age band. */
  withoutAgeBand: number;
  /**
   * Gaps (one per accepted need and topic) opened in the year, by the kind they were opened with (the `opened` event);
   * a gap opens on the day its need was recorded (`gaps.opened_on`), whenever it was entered.
   */
  gapsOpened: Record<GapKind, number>;
  /**
   * Gaps closed in the year (a `closed` event dated in the year, Europe/Berlin), by their kind when closed; a gap
   * closed more than once in the year counts once, with its last closing.
   */
  gapsClosed: Record<GapKind, number>;
  /** Entries of the public form recorded by the year's end and still waiting for review at its end (pending then, or reviewed only later). */
  pendingReviewAtYearEnd: number;
};

const germanDate = (iso: string) => iso.split('-').reverse().join('.');
const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Each topic's top-level ancestor (itself when it has no parent); a broken chain ends where it breaks. */
function topLevelOf(terms: readonly { id: string; parentId: string | null }[]): Map<string, string> {
  const parent = new Map(terms.map((t) => [t.id, t.parentId]));
  const result = new Map<string, string>();
  for (const t of terms) {
    let id = t.id;
    const seen = new Set<string>();
    for (let p = parent.get(id); p && parent.has(p) && !seen.has(p); p = parent.get(id)) {
      seen.add(p);
      id = p;
    }
    result.set(t.id, id);
  }
  return result;
}

export const needsReport: ReportFunction<NeedsFigures> = async (tx, period) => {
  const { officeId, spaceId, from, to } = period;
  const inSpace: SQL = spaceId ? sql` and n.space_id = ${spaceId}` : sql``;
  const recorded = sql`n.office_id = ${officeId} and n.review_state = 'accepted' and n.recorded_on between ${from}::date and ${to}::date${inSpace}`;

  const bySourceVoice = await queryRows<{ voice: Voice; source: NeedSource; count: number; withoutTopic: number; withoutAgeBand: number }>(
    tx,
    sql`select n.voice, n.source, count(*)::int as count,
          count(*) filter (where cardinality(n.topic_ids) = 0)::int as "withoutTopic",
          count(*) filter (where cardinality(n.age_bands) = 0)::int as "withoutAgeBand"
        from needs n where ${recorded} group by 1, 2`,
  );
  const byBand = await queryRows<{ band: string; count: number }>(
    tx,
    sql`select b.band, count(*)::int as count from needs n cross join lateral unnest(n.age_bands) as b(band) where ${recorded} group by 1`,
  );

  const terms = await topicTerms(tx, officeId);
  const top = topLevelOf(terms);
  const termIds = [...top.keys()];
  const byTop = termIds.length
    ? await queryRows<{ topicId: string; count: number }>(
        tx,
        sql`select m.top as "topicId", count(distinct n.id)::int as count
            from needs n cross join lateral unnest(n.topic_ids) as t(id)
            join unnest(${`{${termIds.join(',')}}`}::uuid[], ${`{${termIds.map((id) => top.get(id)).join(',')}}`}::uuid[]) as m(id, top) on m.id = t.id
            where ${recorded} group by 1`,
      )
    : [];

  const inSpaceOfGap: SQL = spaceId ? sql` and n.space_id = ${spaceId}` : sql``;
  const gapFlows = await queryRows<{ flow: 'opened' | 'closed'; kind: GapKind; count: number }>(
    tx,
    sql`select 'opened' as flow, e.kind, count(distinct g.id)::int as count
          from gaps g join needs n on n.id = g.need_id join gap_events e on e.gap_id = g.id and e.event = 'opened'
          where g.office_id = ${officeId} and g.opened_on between ${from}::date and ${to}::date${inSpaceOfGap}
          group by e.kind
        union all
        select 'closed' as flow, last.kind, count(*)::int as count
          from (select distinct on (e.gap_id) e.kind
                  from gap_events e join gaps g on g.id = e.gap_id join needs n on n.id = g.need_id
                  where e.office_id = ${officeId} and e.event = 'closed'
                    and (e.at at time zone 'Europe/Berlin')::date between ${from}::date and ${to}::date${inSpaceOfGap}
                  order by e.gap_id, e.at desc) as last
          group by last.kind`,
  );

  const [pending] = await queryRows<{ count: number }>(
    tx,
    sql`select count(*)::int as count from needs n
        where n.office_id = ${officeId} and n.source = 'public_form' and n.recorded_on <= ${to}::date${inSpace}
          and (n.review_state = 'pending' or (n.reviewed_at is not null and (n.reviewed_at at time zone 'Europe/Berlin')::date > ${to}::date))`,
  );

  const byVoice = zeros(voices);
  const bySource = zeros(needSources);
  let total = 0;
  let withoutTopic = 0;
  let withoutAgeBand = 0;
  for (const r of bySourceVoice) {
    total += r.count;
    byVoice[r.voice] += r.count;
    bySource[r.source] += r.count;
    withoutTopic += r.withoutTopic;
    withoutAgeBand += r.withoutAgeBand;
  }
  const byAgeBand = zeros(ageBands);
  for (const r of byBand) if (r.band in byAgeBand) byAgeBand[r.band as AgeBand] += r.count;
  const topCounts = new Map(byTop.map((r) => [r.topicId, r.count]));
  const byTopic = terms.filter((t) => top.get(t.id) === t.id).map((t) => ({ topicId: t.id, name: t.name, needs: topCounts.get(t.id) ?? 0 }));
  const gapsOpened = zeros(gapKinds);
  const gapsClosed = zeros(gapKinds);
  for (const r of gapFlows) (r.flow === 'opened' ? gapsOpened : gapsClosed)[r.kind] += r.count;

  const spaceName = spaceId ? (await spacesOfOffice(tx, officeId)).find((s) => s.id === spaceId)?.name : undefined;
  const scope = `${spaceId ? `Sozialraum ${spaceName ?? '?'}` : 'alle Sozialräume'}; ${germanDate(from)}–${germanDate(to)}`;
  const accepted = `${scope}; ohne ungeprüfte und abgelehnte Einträge aus dem Online-Formular`;
  const appendix: AppendixEntry[] = [
    { table: 'Bedarfe nach Stimme', counted: 'angenommene Bedarfe, erfasst im Berichtsjahr (Erfassungsdatum)', filters: accepted },
    { table: 'Bedarfe nach Quelle', counted: 'angenommene Bedarfe, erfasst im Berichtsjahr (Erfassungsdatum)', filters: accepted },
    {
      table: 'Bedarfe nach Thema',
      counted:
        'angenommene Bedarfe, erfasst im Berichtsjahr, je oberstem Thema der Themenliste (Unterthemen zählen beim obersten Thema); ein Bedarf mit Themen unter zwei obersten Themen zählt bei beiden, die Zeilen ergeben daher zusammen mehr als die Summe',
      filters: accepted,
    },
    { table: 'Bedarfe nach Altersgruppe', counted: 'angenommene Bedarfe, erfasst im Berichtsjahr, je genannter Altersgruppe (ein Bedarf kann mehrere nennen)', filters: accepted },
    {
      table: 'Lücken',
      counted:
        'eröffnet: Lücken (je Bedarf und Thema), deren Bedarf im Berichtsjahr erfasst wurde, nach der Art bei der Eröffnung; geschlossen: Lücken mit einer Schließung im Berichtsjahr (Datum in Europe/Berlin), nach der Art bei der letzten Schließung im Jahr',
      filters: scope,
    },
    {
      table: 'Ungeprüfte Einträge aus dem Online-Formular',
      counted: 'Einträge aus dem Online-Formular bis zum Jahresende, die am Jahresende noch nicht geprüft waren',
      filters: scope,
    },
  ];

  return {
    figures: { total, byVoice, bySource, byTopic, withoutTopic, byAgeBand, withoutAgeBand, gapsOpened, gapsClosed, pendingReviewAtYearEnd: pending?.count ?? 0 },
    appendix,
  };
};

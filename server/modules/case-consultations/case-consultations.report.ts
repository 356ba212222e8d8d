import { type SQL, sql } from 'drizzle-orm';
import { type HelpType, helpTypes } from '../../../common/meeting-terms';
import { queryRows } from '../../platform/db/database';
import type { AppendixEntry, ReportFunction } from '../../platform/report-period';
import { spacesOfOffice } from '../social-spaces';
import { presenterFor, requiredRolesOf } from './consultation-context';

// The collegial case consultations' figures for the annual report: raw counts, the report suppresses small ones.

export type ConsultationFigures = {
  /** Collegial case consultations held in the year (by `held_on`). */
  held: number;
  /** Cases discussed in those consultations. */
  cases: number;
  /** Those cases by the help that resulted (offer in the space, outpatient, residential, referral, none); adds up to `cases`. */
  casesByHelpType: Record<HelpType, number>;
  /** Of `cases`, those for which a low-threshold offer was found. */
  lowThresholdOfferFound: number;
  /**
   * Per role the office requires today (its setting, in that order): consultations with at least one participant in
   * the role (`present`), and those where it was missing by the module's rule (`missing`: the networker counts as
   * missing only on days the networker model was in force). `held − present − missing` were held without the role
   * on days it was not required.
   */
  roles: { teamRole: string; present: number; missing: number }[];
  /** Consultations where no required role was missing. */
  complete: number;
};

const germanDate = (iso: string) => iso.split('-').reverse().join('.');

export const caseConsultationsReport: ReportFunction<ConsultationFigures> = async (tx, period) => {
  const { officeId, spaceId, from, to } = period;
  const inSpace: SQL = spaceId ? sql` and c.space_id = ${spaceId}` : sql``;
  const ofYear = sql`c.office_id = ${officeId} and c.held_on between ${from}::date and ${to}::date${inSpace}`;

  // Consultations grouped by day and the set of roles present: the missing-role rule runs once per group, not per row.
  const groups = await queryRows<{ heldOn: string; roles: string; count: number }>(
    tx,
    sql`select to_char(c.held_on, 'YYYY-MM-DD') as "heldOn", r.roles, count(*)::int as count
        from case_consultations c
        cross join lateral (select coalesce(string_agg(distinct p.value ->> 'teamRole', ',' order by p.value ->> 'teamRole'), '') as roles
                            from jsonb_array_elements(c.participants) as p) as r
        where ${ofYear}
        group by 1, 2`,
  );
  const caseRows = await queryRows<{ helpType: HelpType; count: number; lowThreshold: number }>(
    tx,
    sql`select k.help_type as "helpType", count(*)::int as count, count(*) filter (where k.low_threshold_offer_found)::int as "lowThreshold"
        from consultation_cases k join case_consultations c on c.id = k.consultation_id
        where ${ofYear} group by 1`,
  );

  const required = [...new Set(await requiredRolesOf(tx, officeId))];
  const { missingOf } = await presenterFor(tx, officeId, false);
  const roles = new Map(required.map((role) => [role, { teamRole: role, present: 0, missing: 0 }]));
  let held = 0;
  let complete = 0;
  for (const g of groups) {
    const present = g.roles ? g.roles.split(',') : [];
    const missing = missingOf({ heldOn: g.heldOn, participants: present.map((teamRole) => ({ teamRole, membershipId: null })) });
    held += g.count;
    if (missing.length === 0) complete += g.count;
    for (const role of present) {
      const entry = roles.get(role);
      if (entry) entry.present += g.count;
    }
    for (const role of missing) {
      const entry = roles.get(role);
      if (entry) entry.missing += g.count;
    }
  }
  const casesByHelpType = Object.fromEntries(helpTypes.map((h) => [h, 0])) as Record<HelpType, number>;
  let cases = 0;
  let lowThresholdOfferFound = 0;
  for (const r of caseRows) {
    casesByHelpType[r.helpType] += r.count;
    cases += r.count;
    lowThresholdOfferFound += r.lowThreshold;
  }

  const spaceName = spaceId ? (await spacesOfOffice(tx, officeId)).find((s) => s.id === spaceId)?.name : undefined;
  const scope = `${spaceId ? `Sozialraum ${spaceName ?? '?'}` : 'alle Sozialräume'}; ${germanDate(from)}–${germanDate(to)}`;
  const appendix: AppendixEntry[] = [
    {
      table: 'Kollegiale Beratungen',
      counted: 'Kollegiale Beratungen nach ihrem Datum im Berichtsjahr; besprochene Fälle nach der Hilfe, die sich ergab; Fälle, für die ein niedrigschwelliges Angebot gefunden wurde',
      filters: scope,
    },
    {
      table: 'Rollen in den Kollegialen Beratungen',
      counted:
        'je heute geforderter Rolle: Beratungen mit mindestens einer Person in der Rolle und Beratungen, in denen sie fehlte (Netzwerker*in nur an Tagen, an denen das Netzwerker-Modell galt); vollständig: keine geforderte Rolle fehlte',
      filters: scope,
    },
  ];

  return { figures: { held, cases, casesByHelpType, lowThresholdOfferFound, roles: [...roles.values()], complete }, appendix };
};

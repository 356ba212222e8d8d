import type { Db } from '../../platform/db/database';
import type { AppendixEntry, ReportFunction, ReportPeriod } from '../../platform/report-period';
import { spacesOfOffice } from '../social-spaces';
import { computeManyShoulders } from './many-shoulders';
import { computeNetwork, tieEvents } from './network-graph';

// The network analysis's figures for the annual report (a public paper: no person is named anywhere in them).

/** Many shoulders of one space in the report year, as the committee sees it (no names, small types combined). */
export type SpaceShoulders = {
  /** Weighted sum of everyone's contributions (meetings organised, agenda items brought, projects carried, needs recorded). */
  total: number;
  /** Share of the largest contributor, 0..1. */
  topShare: number;
  /** Gini coefficient over everyone on the space's team in the year, those with nothing included, 0..1. */
  gini: number;
  /** The figures in plain German sentences (counts of people, no names). */
  explanation: string[];
  /** Set when one person carries more than half; never names the person. */
  warning: string | null;
  /** Score, share and number of people per organisation type; types of fewer than three people combined as `grouped` (or left out). */
  byOrganizationType: { organizationType: string | null; score: number; share: number; people: number }[];
};

export type NetworkFigures = {
  /**
   * One space: its many-shoulders figures for the year. Office-wide (spaceId null) null: the per-space figures do not
   * add up; `spacesWithWarning` says instead where one person carried more than half.
   */
  manyShoulders: SpaceShoulders | null;
  /** Office-wide only (empty for one space): the spaces, by name, where one person carried more than half of the network work in the year. */
  spacesWithWarning: { spaceId: string; name: string }[];
  /** Organisations in the year's network: those of the space (all of the office when office-wide) and those tied in from elsewhere. */
  organizations: number;
  /** Pairs of organisations with at least one tie in the year (shared held meeting, project, contract, referral). */
  ties: number;
  /** Of those, the pairs that had no tie anywhere in the office before the year: their first tie of all time falls in the year. */
  newTies: number;
  /** Share of the possible ties among the organisations that exist, 0..1. */
  density: number;
  /** Organisations in the network without any tie in the year. */
  isolated: number;
  /** Organisation types of which no organisation had a tie in the year, with the German message ("kein Sportverein beteiligt"). */
  missingTypes: { type: string; message: string }[];
};

const germanDate = (iso: string) => iso.split('-').reverse().join('.');
/** Ties before this day are "all time": earlier than any record of the app. */
const beginningOfRecords = '1900-01-01';
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

async function shouldersOf(tx: Db, officeId: string, spaceId: string, period: ReportPeriod): Promise<SpaceShoulders> {
  const m = await computeManyShoulders(tx, officeId, { spaceId, from: period.from, to: period.to }, false);
  return { total: m.total, topShare: m.topShare, gini: m.gini, explanation: m.explanation, warning: m.warning, byOrganizationType: m.byOrganizationType };
}

export const networkAnalysisReport: ReportFunction<NetworkFigures> = async (tx, period) => {
  const { officeId, spaceId, from, to } = period;
  const spaces = await spacesOfOffice(tx, officeId);
  const scope = spaceId ? `Sozialraum ${spaces.find((s) => s.id === spaceId)?.name ?? '?'}` : 'alle Sozialräume';
  const dates = `${germanDate(from)}–${germanDate(to)}`;

  const graph = await computeNetwork(tx, officeId, { spaceId: spaceId ?? undefined, from, to });
  // New ties: the office's ties before the year (one pass over the earlier events), compared with the year's pairs.
  const before = new Set((await tieEvents(tx, officeId, { from: beginningOfRecords, to: dayBefore(from) })).map((e) => pairKey(e.a, e.b)));
  const newTies = graph.ties.filter((t) => !before.has(pairKey(t.source, t.target))).length;

  let manyShoulders: SpaceShoulders | null = null;
  const spacesWithWarning: NetworkFigures['spacesWithWarning'] = [];
  if (spaceId) manyShoulders = await shouldersOf(tx, officeId, spaceId, period);
  else {
    for (const space of spaces) if ((await shouldersOf(tx, officeId, space.id, period)).warning) spacesWithWarning.push({ spaceId: space.id, name: space.name });
  }

  const appendix: AppendixEntry[] = [
    spaceId
      ? {
          table: 'Viele Schultern',
          counted:
            'Beiträge aller Personen, die im Berichtsjahr im Team des Sozialraums waren (auch ohne Beitrag): organisierte stattgefundene Netzwerktreffen, eingebrachte Tagesordnungspunkte, getragene laufende Projekte, erfasste Bedarfe, gewichtet mit den Gewichten des Jugendamts; Anteil der aktivsten Person, Gini-Koeffizient; nach Organisationsart',
          filters: `${scope}; ${dates}; ohne Namen; Organisationsarten mit weniger als drei Personen zusammengefasst`,
        }
      : {
          table: 'Viele Schultern',
          counted: 'Sozialräume, in denen eine Person mehr als die Hälfte der gewichteten Netzwerkarbeit getragen hat (je Sozialraum berechnet; die Werte der Sozialräume lassen sich nicht addieren)',
          filters: `${scope}; ${dates}; ohne Namen`,
        },
    {
      table: 'Netzwerk',
      counted:
        'Organisationen des Netzwerks und Paare von Organisationen mit mindestens einer Verbindung im Berichtsjahr (gemeinsames stattgefundenes Treffen, gemeinsames Projekt, Vertrag mit dem ASD des Teams, Vermittlung); neu: Paare ohne Verbindung vor dem Berichtsjahr im ganzen Jugendamt; Dichte; Organisationsarten ohne Verbindung',
      filters: `${scope}; ${dates}`,
    },
  ];

  return {
    figures: {
      manyShoulders,
      spacesWithWarning,
      organizations: graph.nodes.length,
      ties: graph.ties.length,
      newTies,
      density: graph.density,
      isolated: graph.isolated.length,
      missingTypes: graph.missingTypes,
    },
    appendix,
  };
};

import { randomUUID } from 'node:crypto';
import type { HelpType } from '../../../common/meeting-terms';
import type { NetworkModel, TeamRole } from '../../../common/social-space-terms';
import { todayInBerlin } from '../../platform/calendar';
import type { DemoContext } from '../../platform/module';
import { seededRandom } from '../../platform/seeded-random';
import { activeOn, membershipsOfOffice, modelOn, modelPeriods, spacesOfOffice } from '../social-spaces';
import { caseConsultations, consultationCases, type ConsultationParticipantRow } from './case-consultations.tables';

// The collegial case consultations (Kollegiale Beratung) of the demo city: once a month in every space from the first
// demo year to today. As the source describes them: the ASD with the department head, the coordinator of open youth
// work, one outpatient and one residential provider, and until 2016 the space's networker. About one in eight misses
// a role — most often the residential provider, whose share in the space is small. Two to six cases each, described
// only by the help that resulted and a short note without names or case numbers; from 2017 more of them end in an
// offer of the space itself, as the committee paper hopes ("eine passgenaue möglichst niedrigschwellige Hilfe").

type SpaceCode = 'SR1' | 'SR2' | 'SR3' | 'SR4' | 'SR5';
type Membership = Awaited<ReturnType<typeof membershipsOfOffice>>[number];

/** The first (n = 1) or second weekday of the month on which each space's team meets. */
const schedule: Record<SpaceCode, { weekday: number; week: number }> = {
  SR1: { weekday: 2, week: 1 },
  SR2: { weekday: 3, week: 1 },
  SR3: { weekday: 4, week: 1 },
  SR4: { weekday: 2, week: 2 },
  SR5: { weekday: 3, week: 2 },
};

/** The roles the source names, in the order they are listed. */
const roles: TeamRole[] = ['asd', 'head_of_department', 'youth_work_coordinator', 'provider_outpatient', 'provider_residential', 'networker'];
/** Which role is missing when one is: mostly the residential provider (never the ASD, who brings the cases). */
const missingWeights: Partial<Record<TeamRole, number>> = { provider_residential: 6, youth_work_coordinator: 1.5, head_of_department: 1.5, provider_outpatient: 1 };
const missingNotes: Partial<Record<TeamRole, string>> = {
  provider_residential: 'Der stationäre Träger war verhindert.',
  youth_work_coordinator: 'Die Koordination der offenen Kinder- und Jugendarbeit war verhindert.',
  head_of_department: 'Die Fachbereichsleitung war verhindert.',
  provider_outpatient: 'Der ambulante Träger war verhindert.',
};

/** The share of cases that ended in an offer of the space: low at first, growing once the whole team looked for them. */
const spaceOfferShare = (year: number) => (year <= 2015 ? 0.12 : year === 2016 ? 0.16 : year === 2020 ? 0.26 : Math.min(0.4, 0.22 + (year - 2017) * 0.03));
/** Whether a low-threshold offer in the space was found, by the help that resulted. */
const lowThresholdChance: Record<HelpType, number> = { space_offer: 0.95, outpatient: 0.25, residential: 0.05, referral: 0.3, none: 0.3 };

type CaseNote = { text: string; found?: boolean };
/** Short notes, anonymous: situations and what was agreed, never a name, an address or a case number. */
const caseNotes: Record<HelpType, CaseNote[]> = {
  space_offer: [
    { text: 'Alleinerziehende Mutter mit zwei Kindern im Kita-Alter, kaum Kontakte im Stadtteil. Anbindung an das Elterncafé im Familienzentrum; die Fachkraft dort begleitet den ersten Besuch.' },
    { text: 'Junge im Grundschulalter, nachmittags viel allein, Konflikte in der Schule. Statt einer Einzelfallhilfe: Jugendtreff am Nachmittag und Hausaufgabenhilfe.' },
    { text: 'Neu zugezogene Familie, spricht wenig Deutsch. Sprachcafé und Krabbelgruppe im Familienzentrum vereinbart; Sprachmittlung über den Träger.' },
    { text: 'Eltern nach der Geburt des dritten Kindes erschöpft. Offener Elterntreff und Babymassage im Familienzentrum; Kontakt zu den Frühen Hilfen.' },
    { text: 'Jugendliche zieht sich zurück, wenig Anschluss in der neuen Schule. Mädchengruppe im Jugendhaus vorgeschlagen, die Schulsozialarbeit stellt den Kontakt her.' },
    { text: 'Vater nach der Trennung mit den Kindern an den Wochenenden allein. Vätergruppe im Familienzentrum; gemeinsame Angebote am Samstag.' },
    { text: 'Kind mit Unterstützungsbedarf beim Lesen, Eltern können nicht helfen. Lernpatenschaft über die Stadtbücherei und Hausaufgabenhilfe an der Schule.' },
    { text: 'Familie mit wenig Geld, die Kinder nehmen an nichts teil. Ferienprogramm mit freien Plätzen und Hinweis auf Leistungen für Bildung und Teilhabe.' },
  ],
  outpatient: [
    { text: 'Erziehungsschwierigkeiten und Schulverweigerung bei einem Jugendlichen. Ambulante Hilfe zur Erziehung durch den Träger im Sozialraum, Absprache mit der Schulsozialarbeit.', found: false },
    { text: 'Mutter psychisch erkrankt, die Kinder übernehmen viel Verantwortung im Haushalt. Sozialpädagogische Familienhilfe; ein Gruppenangebot für die Kinder gibt es im Sozialraum nicht.', found: false },
    { text: 'Hoher Unterstützungsbedarf im Alltag, Strukturen fehlen. Familienhilfe für zunächst sechs Monate; danach soll der offene Elterntreff tragen.', found: true },
    { text: 'Wiederkehrende Konflikte zwischen Eltern und Kind, Polizei war zweimal vor Ort. Erziehungsbeistand über den ambulanten Träger.', found: false },
    { text: 'Kind mit Entwicklungsverzögerung, Eltern überfordert. Ambulante Hilfe; zusätzlich Anbindung an die Spielgruppe im Familienzentrum.', found: true },
    { text: 'Trennung der Eltern mit heftigem Streit um die Kinder. Ambulante Hilfe mit Elterngesprächen; die Kinder gehen in die Gruppe der Beratungsstelle.', found: true },
  ],
  residential: [
    { text: 'Akute Gefährdung, die Jugendliche kann nicht zu Hause bleiben. Unterbringung in einer Wohngruppe; eine Rückkehr wird mit der Familie geprüft.' },
    { text: 'Wiederholte Eskalationen trotz ambulanter Hilfe. Stationäre Hilfe in einer Wohngruppe; Besuchskontakte werden begleitet.' },
    { text: 'Eltern können die Versorgung dauerhaft nicht sicherstellen. Unterbringung in einer Einrichtung in der Nähe, damit Schule und Freunde bleiben.' },
  ],
  referral: [
    { text: 'Hinweise auf Suchtmittelkonsum beim Jugendlichen. Weitervermittlung an die Suchtberatung, erster Termin gemeinsam vereinbart.' },
    { text: 'Trennungskonflikt der Eltern, die Kinder stehen dazwischen. Weitervermittlung an die Erziehungsberatungsstelle.' },
    { text: 'Schulden und drohender Wohnungsverlust belasten die Familie. Weitervermittlung an die Schuldnerberatung; Kontakt zur Wohnungsnotfallhilfe.' },
    { text: 'Verdacht auf eine Entwicklungsstörung beim Kleinkind. Weitervermittlung an die Frühförderstelle; die Kita begleitet.' },
    { text: 'Trauer nach dem Tod eines Elternteils. Weitervermittlung an die Trauergruppe für Kinder beim Hospizverein.', found: true },
  ],
  none: [
    { text: 'Die Familie hat sich nach dem Erstgespräch selbst Hilfe im Umfeld organisiert; keine weitere Hilfe erforderlich.' },
    { text: 'Das Anliegen hat sich im Gespräch geklärt; Hinweis auf die offenen Angebote im Stadtteil gegeben.', found: true },
    { text: 'Die Familie lehnt Unterstützung derzeit ab; der ASD meldet sich in drei Monaten erneut.' },
    { text: 'Die Schule hatte sich Sorgen gemacht, im Hausbesuch bestätigte sich kein Hilfebedarf.' },
  ],
};

const pad = (n: number) => String(n).padStart(2, '0');
/** The n-th weekday (0 = Sunday) of a month. */
const nthWeekday = (year: number, month: number, weekday: number, n: number): string => {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return `${year}-${pad(month)}-${pad(1 + ((weekday - first + 7) % 7) + (n - 1) * 7)}`;
};

export async function seedCaseConsultations(ctx: DemoContext): Promise<void> {
  const started = performance.now();
  const today = todayInBerlin();
  const random = seededRandom(93_602_016);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const weightedPick = <T>(entries: readonly [T, number][]): T | undefined => {
    let r = random() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of entries) {
      r -= w;
      if (r < 0) return item;
    }
    return entries.at(-1)?.[0];
  };

  const spaces = (await spacesOfOffice(ctx.tx, ctx.officeId)).filter((s): s is typeof s & { code: SpaceCode } => s.code in schedule).sort((a, b) => a.code.localeCompare(b.code));
  const periods = (await modelPeriods(ctx.tx, ctx.officeId)).map((p) => ({ model: p.model as NetworkModel, validFrom: p.validFrom }));
  const memberships = (await membershipsOfOffice(ctx.tx, ctx.officeId)).sort(
    (a, b) => a.personName.localeCompare(b.personName, 'de') || a.spaceId.localeCompare(b.spaceId) || a.validFrom.localeCompare(b.validFrom),
  );
  const headOfDepartment = memberships.find((m) => m.teamRole === 'head_of_department' && m.userId)?.userId ?? null;

  const consultationRows: (typeof caseConsultations.$inferInsert)[] = [];
  const caseRows: (typeof consultationCases.$inferInsert)[] = [];
  let missing = 0;

  for (const space of spaces) {
    const plan = schedule[space.code];
    const team = memberships.filter((m) => m.spaceId === space.id);
    for (let year = ctx.firstYear; year <= ctx.currentYear; year++) {
      for (let month = 1; month <= 12; month++) {
        const heldOn = nthWeekday(year, month, plan.weekday, plan.week);
        if (heldOn > today) break;
        const id = randomUUID();
        const hasNetworker = modelOn(periods, heldOn)?.model === 'networker';
        const wanted = roles.filter((r) => r !== 'networker' || hasNetworker);
        const absent = random() < 1 / 8 ? weightedPick(wanted.flatMap((r): [TeamRole, number][] => (missingWeights[r] ? [[r, missingWeights[r] ?? 0]] : []))) : undefined;
        if (absent) missing++;

        // Participants by role, with their team memberships where the team has one on that day (the ASD with all its
        // colleagues in the space, one person of every other role); a role nobody on the team holds comes without one.
        const participants: ConsultationParticipantRow[] = [];
        let asdMember: Membership | undefined;
        for (const role of wanted) {
          if (role === absent) continue;
          const holders = team.filter((m) => m.teamRole === role && activeOn(m, heldOn));
          const present = role === 'asd' ? holders : holders.slice(0, 1);
          if (present.length === 0) participants.push({ teamRole: role, membershipId: null });
          for (const m of present) participants.push({ teamRole: role, membershipId: m.id });
          if (role === 'asd') asdMember = present.find((m) => m.userId) ?? present[0];
        }

        // The cases: 2–6, fewer in the summer holidays; more end in an offer of the space from 2017.
        const caseCount = month === 7 || month === 8 ? between(2, 3) : between(2, 6);
        const share = spaceOfferShare(year);
        const rest = 1 - share;
        for (let position = 1; position <= caseCount; position++) {
          const helpType =
            weightedPick<HelpType>([
              ['space_offer', share],
              ['outpatient', rest * 0.46],
              ['residential', rest * 0.14],
              ['referral', rest * 0.22],
              ['none', rest * 0.18],
            ]) ?? 'outpatient';
          const found = random() < lowThresholdChance[helpType];
          const fitting = caseNotes[helpType].filter((n) => n.found === undefined || n.found === found);
          const note = random() < 0.85 ? (pick(fitting.length ? fitting : caseNotes[helpType])?.text ?? '') : '';
          caseRows.push({ consultationId: id, position, helpType, lowThresholdOfferFound: found, note });
        }

        const online = heldOn >= '2020-04-01' && heldOn <= '2021-05-31';
        const notes = [online ? 'Per Videokonferenz.' : '', absent ? (missingNotes[absent] ?? '') : '', month === 8 && random() < 0.5 ? 'Ferienzeit: wenige Fälle.' : ''].filter(Boolean);
        const at = new Date(Math.min(new Date(`${heldOn}T14:00:00Z`).getTime(), Date.now()));
        consultationRows.push({
          id,
          officeId: ctx.officeId,
          spaceId: space.id,
          heldOn,
          participants,
          note: notes.join(' '),
          createdByUserId: asdMember?.userId ?? headOfDepartment,
          createdAt: at,
          updatedAt: at,
        });
      }
    }
  }

  for (let i = 0; i < consultationRows.length; i += 500) await ctx.tx.insert(caseConsultations).values(consultationRows.slice(i, i + 500));
  for (let i = 0; i < caseRows.length; i += 1000) await ctx.tx.insert(consultationCases).values(caseRows.slice(i, i + 1000));
  ctx.log(
    `Demo: ${consultationRows.length} kollegiale Beratungen ${ctx.firstYear}–${ctx.currentYear} mit ${caseRows.length} Fällen ` +
      `(${missing} mit fehlender Rolle) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

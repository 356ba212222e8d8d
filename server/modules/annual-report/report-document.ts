import { reportTextKeyLabels, reportTextKeys, type AnnualReport, type ReportSection, type TextBlock } from '../../../common/api/annual-report';
import { formatEuro } from '../../../common/budget-terms';
import { helpTypeLabels } from '../../../common/meeting-terms';
import { ageBandLabels, gapKindLabels, gapKinds, needSourceLabels, voiceLabels } from '../../../common/need-terms';
import { initiatorLabels, projectStatusLabels, type Initiator } from '../../../common/project-terms';
import { type BudgetYear, budgetYearsSentence, hiddenNote, needsByVoiceSentence, projectColumns } from '../../../common/report-wording';
import { formatDateTime, formatDay, formatInteger, formatLongDateTime, formatRatio, formatShare, isoDayInBerlin } from '../../../common/report-format';
import { organizationTypeLabels, teamRoleLabels } from '../../../common/social-space-terms';
import type { BarChart, Block, DocumentModel, TableColumn, TableRow } from '../../platform/documents/document';
import { type Cell, formatCell } from './suppression.rules';

// The yearly report as a format-neutral document: the same parts, captions, labels, figures and notes as the web
// page (web/app/pages/annual-report-page.tsx and features/annual-report/components/*), so that HTML, PDF and DOCX
// say exactly what the page says. It only formats what the JSON holds; the one thing it adds is nothing.

type Table = Extract<Block, { kind: 'table' }>;
type Scope = { year: number; threshold: number; where: string };

const label = (labels: Record<string, string>, key: string): string => labels[key] ?? key;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const projects = (n: number) => `${formatInteger(n)} ${n === 1 ? 'Projekt' : 'Projekte'}`;
const isHidden = (c: Cell): c is { suppressed: true } => typeof c === 'object';
/** HTML collapses runs of white space; the other formats would not, so the text is given collapsed. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
const paragraph = (text: string, style?: 'lead' | 'note' | 'warning'): Block => (style ? { kind: 'paragraph', text, style } : { kind: 'paragraph', text });

/** A table like the page's `ReportTable`: a labelled row-header column, then numeric columns. */
function table(caption: string, rowHeader: string, columns: readonly string[], rows: readonly TableRow[], notes: ReadonlyArray<string | undefined> = []): Table {
  const given = notes.filter((n): n is string => Boolean(n));
  const columnList: TableColumn[] = [{ label: rowHeader }, ...columns.map((c) => ({ label: c, numeric: true }))];
  return { kind: 'table', caption, columns: columnList, rows, ...(given.length > 0 ? { notes: given } : {}) };
}
const row = (header: string, cells: readonly string[], total = false): TableRow => (total ? { header, cells, total } : { header, cells });


const offerColumns = [
  { key: 'added', label: 'neu' },
  { key: 'verified', label: 'geprüft' },
  { key: 'stale', label: 'veraltet' },
  { key: 'active', label: 'aktiv' },
] as const;


/** "Budget im Vergleich der Vorjahre" (report-charts.tsx `BudgetYearsChart`): planned against booked per year. */
function budgetYearsChart(years: readonly BudgetYear[], where: string, threshold: number): Block[] {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const caption = `Budget im Vergleich der Vorjahre: ${where}`;
  if (!first || !last) return [paragraph(`${caption}. Für diese Jahre gibt es keine Haushaltszahlen.`)];
  const sentence = budgetYearsSentence(sorted);
  const chart: BarChart = {
    series: [
      { name: 'Plan', pattern: 'a' },
      { name: 'Gebucht', pattern: 'b' },
    ],
    rows: sorted.map((y) => ({ label: String(y.year), values: [y.plannedCents, y.bookedCents] })),
    unit: 'euro-cents',
    hiddenText: `< ${threshold}`,
  };
  const data = table(
    `Daten zum Diagramm: ${caption}`,
    'Jahr',
    ['Plan', 'Gebucht'],
    sorted.map((y) => row(String(y.year), [formatEuro(y.plannedCents), formatEuro(y.bookedCents)])),
  );
  return [{ kind: 'chart', title: caption, alt: `Balkendiagramm. ${caption}. ${sentence}`, chart, data }];
}

type VoiceRow = { name: string; affected: Cell; professional: Cell };

/** "Bedarfe nach Stimme je Sozialraum" (report-charts.tsx `NeedsByVoiceChart`). */
function needsByVoiceChart(rows: readonly VoiceRow[], threshold: number): Block {
  const caption = 'Bedarfe nach Stimme je Sozialraum';
  const sentence = needsByVoiceSentence(rows, threshold);
  const value = (c: Cell) => (isHidden(c) ? null : c);
  const chart: BarChart = {
    series: [
      { name: 'von Betroffenen genannt', pattern: 'a' },
      { name: 'fachliche Einschätzung', pattern: 'b' },
    ],
    rows: rows.map((r) => ({ label: r.name, values: [value(r.affected), value(r.professional)] })),
    unit: 'count',
    hiddenText: `< ${threshold}`,
  };
  const data = table(
    `Daten zum Diagramm: ${caption}`,
    'Sozialraum',
    ['von Betroffenen', 'fachlich'],
    rows.map((r) => row(r.name, [formatCell(r.affected, threshold), formatCell(r.professional, threshold)])),
  );
  return { kind: 'chart', title: caption, alt: `Balkendiagramm. ${caption}. ${sentence}`, chart, data };
}

function budgetPart(s: ReportSection, c: Scope): Block[] {
  const b = s.budget;
  const years = [...b.previousYears.filter((y) => y.year !== c.year), ...(b.lines.length > 0 ? [{ year: c.year, plannedCents: b.totals.plannedCents, bookedCents: b.totals.bookedCents }] : [])];
  const money = (t: { plannedCents: number; committedCents: number; bookedCents: number; remainingCents: number }) => [formatEuro(t.plannedCents), formatEuro(t.committedCents), formatEuro(t.bookedCents), formatEuro(t.remainingCents)];
  const blocks: Block[] = [heading(3, 'Haushalt')];
  if (b.lines.length === 0) blocks.push(paragraph('Für dieses Jahr ist kein Haushalt angelegt.'));
  else {
    blocks.push(
      table(
        `Budget je Haushaltslinie ${c.where}`,
        'Haushaltslinie',
        ['Plan', 'Gebunden', 'Gebucht', 'Verfügbar'],
        [...b.lines.map((l) => row(l.accountCodes.length > 0 ? `${l.label} (Konto ${l.accountCodes.join(', ')})` : l.label, money(l))), row('Summe', money(b.totals), true)],
        [
          `${formatInteger(b.bookingCount)} Buchungen, davon ${formatInteger(b.reversalCount)} Stornos.` +
            (b.totals.carriedInCents > 0 ? ` Im Plan enthalten: ${formatEuro(b.totals.carriedInCents)} Übertrag aus dem Vorjahr.` : ''),
        ],
      ),
    );
  }
  blocks.push(...budgetYearsChart(years, c.where.replace(/^in /, ''), c.threshold));
  return blocks;
}

type Story = ReportSection['projects']['stories'][number];

function projectsPart(s: ReportSection, c: Scope): Block[] {
  const p = s.projects;
  const counts = (k: typeof p.counts) => projectColumns.map((col) => formatInteger(k[col.key]));
  const fared = (who: Initiator) => {
    const k = p.byInitiator[who];
    const by = label(initiatorLabels, who);
    if (!k || k.ofYear === 0) return `${by} angestoßen: keine Projekte im Jahr`;
    return `${by} angestoßen: ${projects(k.ofYear)} im Jahr, davon ${formatInteger(k.running)} gelaufen, ${formatInteger(k.completed)} abgeschlossen und ${formatInteger(k.stopped)} eingestellt`;
  };
  const blocks: Block[] = [
    heading(3, 'Projekte'),
    table(
      `Projekte nach Initiative ${c.where}`,
      'Initiative',
      projectColumns.map((col) => col.label),
      [...Object.entries(p.byInitiator).map(([who, k]) => row(label(initiatorLabels, who), counts(k))), row('Alle Projekte', counts(p.counts), true)],
    ),
    paragraph(
      `${capitalise(fared('affected'))}; ${fared('professionals')}. ${projects(p.withNeeds)} ${p.withNeeds === 1 ? 'antwortet' : 'antworten'} auf erfasste Bedarfe` +
        (p.withoutAffectedVoice > 0 ? `, bei ${formatInteger(p.withoutAffectedVoice)} davon ohne einen Bedarf, den Betroffene selbst genannt haben` : '') +
        `. Erreicht wurden ${formatInteger(p.reached.total)} Menschen (wer in zwei Projekten war, zählt doppelt).`,
    ),
  ];
  if (p.stoppedProjects.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `Eingestellte Projekte ${c.where}`,
      columns: [{ label: 'Projekt' }, { label: 'Initiative' }, { label: 'eingestellt am' }, { label: 'Begründung' }],
      rows: p.stoppedProjects.map((sp) => row(sp.title, [label(initiatorLabels, sp.initiatedBy), formatDay(sp.stoppedOn), oneLine(sp.reason)])),
    });
  }
  const groups: ReadonlyArray<{ title: string; text: (st: Story) => string }> = [
    { title: 'Erfolge', text: (st) => st.successes },
    { title: 'Schwierigkeiten', text: (st) => st.difficulties },
  ];
  for (const group of groups) {
    // The page's fourth-level heading; the document has three levels, so it is a lead line within "Projekte".
    blocks.push(paragraph(`${group.title} in den Worten der Teams`, 'lead'));
    const stories = p.stories.filter((st) => group.text(st).trim());
    if (stories.length === 0) blocks.push(paragraph('Für dieses Jahr ist dazu nichts festgehalten.'));
    for (const st of stories) {
      blocks.push(paragraph(oneLine(group.text(st))), paragraph(`– ${st.title} (${label(projectStatusLabels, st.status)}, ${label(initiatorLabels, st.initiatedBy)} angestoßen)`, 'note'));
    }
  }
  return blocks;
}

function needsPart(s: ReportSection, c: Scope): Block[] {
  const n = s.needs;
  const t = c.threshold;
  const one = (name: string, value: Cell, total = false) => row(name, [formatCell(value, t)], total);
  const all: Cell[] = [
    n.total,
    ...Object.values(n.byVoice),
    ...Object.values(n.bySource),
    ...n.byTopic.map((x) => x.needs),
    n.withoutTopic,
    ...Object.values(n.byAgeBand),
    n.withoutAgeBand,
    ...Object.values(n.gapsOpened),
    ...Object.values(n.gapsClosed),
    n.pendingReviewAtYearEnd,
  ];
  const kinds = [...gapKinds.filter((k) => k in n.gapsOpened || k in n.gapsClosed), 'total'] as const;
  const note = hiddenNote(t, all);
  return [
    heading(3, 'Bedarfe'),
    table(`Bedarfe nach Stimme ${c.where}`, 'Stimme', ['Bedarfe'], [...Object.entries(n.byVoice).map(([k, v]) => one(label(voiceLabels, k), v)), one('Alle Bedarfe', n.total, true)]),
    table(`Bedarfe nach Quelle ${c.where}`, 'Quelle', ['Bedarfe'], Object.entries(n.bySource).map(([k, v]) => one(label(needSourceLabels, k), v))),
    table(
      `Bedarfe nach Thema ${c.where}`,
      'Thema',
      ['Bedarfe'],
      [...n.byTopic.map((x) => one(x.name, x.needs)), one('ohne Thema', n.withoutTopic)],
      ['Ein Bedarf mit mehreren Themen zählt bei jedem; die Zeilen ergeben zusammen mehr als alle Bedarfe.'],
    ),
    table(
      `Lücken ${c.where}: eröffnet und geschlossen`,
      'Art der Lücke',
      ['eröffnet', 'geschlossen'],
      kinds.map((k) => row(k === 'total' ? 'Alle Lücken' : label(gapKindLabels, k), [formatCell(n.gapsOpened[k] ?? 0, t), formatCell(n.gapsClosed[k] ?? 0, t)], k === 'total')),
    ),
    table(`Bedarfe nach Altersgruppe ${c.where}`, 'Altersgruppe', ['Bedarfe'], [...Object.entries(n.byAgeBand).map(([k, v]) => one(label(ageBandLabels, k), v)), one('ohne Altersgruppe', n.withoutAgeBand)]),
    paragraph(`Am Jahresende noch ungeprüfte Einträge aus dem Online-Formular: ${formatCell(n.pendingReviewAtYearEnd, t)}.`),
    ...(note ? [paragraph(note, 'note')] : []),
  ];
}

function offersPart(s: ReportSection, c: Scope): Block[] {
  const o = s.offers;
  const cells = (k: typeof o.counts) => offerColumns.map((col) => formatInteger(k[col.key]));
  return [
    heading(3, 'Angebote'),
    table(
      `Angebote nach Thema ${c.where}`,
      'Thema',
      offerColumns.map((col) => col.label),
      [...o.byTopic.map((x) => row(x.name, cells(x))), row('Alle Angebote', cells(o.counts), true)],
      [`Aktiv und veraltet am ${formatDay(o.asOf)}; veraltet heißt: seit mehr als ${formatInteger(o.staleAfterMonths)} Monaten nicht geprüft. Ein Angebot mit mehreren Themen zählt bei jedem.`],
    ),
  ];
}

function meetingsPart(s: ReportSection, c: Scope): Block[] {
  const m = s.meetings;
  const k = s.consultations;
  const t = c.threshold;
  return [
    heading(3, 'Netzwerktreffen und Kollegiale Beratung'),
    paragraph(
      `${formatInteger(m.held)} Netzwerktreffen haben stattgefunden${m.cancelled > 0 ? `, ${formatInteger(m.cancelled)} wurden abgesagt` : ''}: mit ` +
        `${formatInteger(m.organizationsAttending)} Organisationen und zusammen ${formatInteger(m.people)} Teilnahmen, ${formatInteger(m.agendaItems)} Tagesordnungspunkten, ` +
        `${formatInteger(m.decisionsByKind['task'] ?? 0)} Aufgaben (davon ${formatInteger(m.tasksDone)} erledigt, ${formatInteger(m.tasksOpen)} am Jahresende offen), ` +
        `${formatInteger(m.decisionsByKind['note'] ?? 0)} Beschlüssen und ${formatInteger(m.projectDraftsStarted)} Projektentwürfen.`,
    ),
    paragraph(
      `${formatInteger(k.held)} Kollegiale Beratungen mit ${formatCell(k.cases, t)} besprochenen Fällen; ${formatInteger(k.complete)} davon mit allen geforderten Rollen. ` +
        `Für ${formatCell(k.lowThresholdOfferFound, t)} Fälle wurde ein niedrigschwelliges Angebot gefunden.`,
    ),
    table(
      `Rollen in den Kollegialen Beratungen ${c.where}`,
      'Rolle',
      ['dabei', 'fehlte'],
      k.roles.map((r) => row(label(teamRoleLabels, r.teamRole), [formatInteger(r.present), formatInteger(r.missing)])),
      ['Anzahl der Beratungen, in denen die Rolle vertreten war oder fehlte.'],
    ),
    table(
      `Fälle nach der Hilfe, die sich ergab, ${c.where}`,
      'Hilfe',
      ['Fälle'],
      [...Object.entries(k.casesByHelpType).map(([h, v]) => row(label(helpTypeLabels, h), [formatCell(v, t)])), row('Alle Fälle', [formatCell(k.cases, t)], true)],
      [hiddenNote(t, [k.cases, k.lowThresholdOfferFound, ...Object.values(k.casesByHelpType)])],
    ),
  ];
}

function shouldersPart(s: ReportSection, c: Scope): Block[] {
  const ms = s.network.manyShoulders;
  const warned = s.network.spacesWithWarning;
  const blocks: Block[] = [heading(3, 'Viele Schultern')];
  if (ms) {
    blocks.push(...ms.explanation.map((line) => paragraph(line)));
    if (ms.warning) blocks.push(paragraph(ms.warning, 'warning'));
    blocks.push(
      table(
        `Netzwerkarbeit nach Art der Organisation ${c.where}`,
        'Art der Organisation',
        ['Personen', 'Anteil'],
        ms.byOrganizationType.map((o) =>
          row(o.organizationType === 'grouped' ? 'weitere Arten (zusammengefasst)' : o.organizationType === null ? 'ohne Organisation' : label(organizationTypeLabels, o.organizationType), [
            formatInteger(o.people),
            formatShare(o.share),
          ]),
        ),
        ['Arten mit wenigen Personen sind zusammengefasst, damit sich keine einzelne Person erkennen lässt.'],
      ),
    );
  } else if (warned.length > 0) {
    blocks.push(paragraph(`In ${warned.map((w) => w.name).join(', ')} trägt eine Person mehr als die Hälfte der Netzwerkarbeit.`, 'warning'));
  } else {
    blocks.push(paragraph('In keinem Sozialraum trägt eine Person mehr als die Hälfte der Netzwerkarbeit.'));
  }
  return blocks;
}

function networkPart(s: ReportSection): Block[] {
  const n = s.network;
  const blocks: Block[] = [
    heading(3, 'Netzwerk'),
    paragraph(
      `${formatInteger(n.organizations)} Organisationen mit ${formatInteger(n.ties)} Verbindungen, davon ${formatInteger(n.newTies)} neu in diesem Jahr. ` +
        `Dichte ${formatRatio(n.density)} (${formatShare(n.density)} der möglichen Verbindungen)${n.isolated > 0 ? `; ${formatInteger(n.isolated)} Organisationen ohne Verbindung` : ''}.`,
    ),
  ];
  if (n.missingTypes.length > 0) blocks.push(paragraph('Wer im Netzwerk noch fehlt:'), { kind: 'list', items: n.missingTypes.map((m) => m.message) });
  return blocks;
}

/** One scope's figures, as the page's `SectionBody`: Haushalt, Projekte, Bedarfe, Angebote, Treffen, Schultern, Netzwerk. */
function sectionBody(section: ReportSection, scope: Scope): Block[] {
  return [
    ...budgetPart(section, scope),
    ...projectsPart(section, scope),
    ...needsPart(section, scope),
    ...offersPart(section, scope),
    ...meetingsPart(section, scope),
    ...shouldersPart(section, scope),
    ...networkPart(section),
  ];
}

/** Überblick (the page's `ReportOverview`): the spaces side by side, and needs by voice per space. */
function overview(report: AnnualReport): Block[] {
  const t = report.suppressionThreshold;
  const o = report.overview;
  const cells = (s: ReportSection) => [
    formatEuro(s.budget.totals.plannedCents),
    formatEuro(s.budget.totals.bookedCents),
    formatInteger(s.projects.counts.ofYear),
    formatCell(s.needs.total, t),
    formatInteger(s.offers.counts.active),
    formatInteger(s.meetings.held),
    formatInteger(s.consultations.held),
    formatCell(s.consultations.cases, t),
  ];
  const scope = report.space ? report.space.name : 'alle Sozialräume';
  return [
    heading(2, 'Überblick'),
    paragraph(
      `${report.officeName}, Berichtsjahr ${report.year} (${formatDay(report.from)} bis ${formatDay(report.to)}), ${scope}. ` +
        `Alle Zahlen wurden am ${formatLongDateTime(report.generatedAt)} Uhr aus den Daten berechnet.`,
    ),
    table(
      `Überblick ${report.year}: die Sozialräume im Vergleich`,
      'Sozialraum',
      ['Budget', 'gebucht', 'Projekte', 'Bedarfe', 'Angebote aktiv', 'Treffen', 'Beratungen', 'Fälle'],
      [...report.spaces.map((s) => row(s.name, cells(s))), ...(report.space ? [] : [row('Alle Sozialräume', cells(o), true)])],
      [hiddenNote(t, [o.needs.total, o.consultations.cases, ...report.spaces.flatMap((s) => [s.needs.total, s.consultations.cases])])],
    ),
    needsByVoiceChart(
      report.spaces.map((s) => ({ name: s.name, affected: s.needs.byVoice['affected'] ?? 0, professional: s.needs.byVoice['professional'] ?? 0 })),
      t,
    ),
  ];
}

/** The closing texts the staff wrote, in the page's order; a block nobody has written is left out. */
function texts(blocks: readonly TextBlock[]): Block[] {
  const written = reportTextKeys.flatMap((key) => {
    const block = blocks.find((b) => b.key === key);
    return block && block.text.trim() ? [{ key, block }] : [];
  });
  if (written.length === 0) return [];
  return [
    heading(2, 'Zusammenfassung, Erfolge, Schwierigkeiten und Ausblick'),
    ...written.flatMap(({ key, block }) => [
      heading(3, reportTextKeyLabels[key]),
      ...block.text
        .split(/\n{2,}/)
        .map(oneLine)
        .filter(Boolean)
        .map((para) => paragraph(para)),
      paragraph(`Fassung ${block.version}${block.writtenByName ? `, von ${block.writtenByName}` : ''}, ${formatDateTime(block.writtenAt)}`, 'note'),
    ]),
  ];
}

function appendix(report: AnnualReport): Block[] {
  return [
    heading(2, 'Anhang: Wie gezählt wurde'),
    {
      kind: 'table',
      caption: 'Wie gezählt wurde: je Tabelle, was gezählt wurde und mit welchen Filtern',
      columns: [{ label: 'Tabelle' }, { label: 'Gezählt wurde' }, { label: 'Filter' }],
      rows: report.appendix.map((a) => row(a.table, [a.counted, a.filters])),
    },
  ];
}

/**
 * "Bericht zur Sozialraumorientierung {Jahr}" as blocks for every format. `generatedOn` is the day printed under the
 * title (ISO "2026-11-30"); by default the office's day of `report.generatedAt`.
 */
export function reportDocument(report: AnnualReport, options: { generatedOn?: string } = {}): DocumentModel {
  const title = `${report.title}${report.space ? ` – ${report.space.name}` : ''}`;
  const threshold = report.suppressionThreshold;
  const generatedOn = options.generatedOn ?? isoDayInBerlin(report.generatedAt);
  const newPagePerSpace = !report.space && report.spaces.length > 1;
  return {
    title,
    subtitle: `${report.officeName} · erstellt am ${formatDay(generatedOn)}`,
    author: report.officeName,
    footer: title,
    blocks: [
      paragraph(
        'Jahresbericht an den Jugendhilfeausschuss: die Zahlen eines Jahres aus Haushalt, Projekten, Bedarfen, Angeboten, Netzwerktreffen und Kollegialer Beratung – aus den Daten berechnet, mit den Texten des Teams und dem Nachweis, wie gezählt wurde.',
        'lead',
      ),
      ...overview(report),
      ...(report.space ? [] : [heading(2, 'Alle Sozialräume zusammen'), ...sectionBody(report.overview, { year: report.year, threshold, where: 'im ganzen Jugendamt' })]),
      ...report.spaces.flatMap((s) => [
        ...(newPagePerSpace ? [{ kind: 'pageBreak' } as const] : []),
        heading(2, `Sozialraum ${s.name}`),
        ...sectionBody(s, { year: report.year, threshold, where: `in ${s.name}` }),
      ]),
      ...texts(report.texts),
      ...appendix(report),
    ],
  };
}

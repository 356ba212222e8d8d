import type { AnnualReport } from '../../../common/api/annual-report';
import { type Paper, type PaperContent, type ResolutionPlaceholder } from '../../../common/api/committee-papers';
import { formatEuroProse } from '../../../common/budget-terms';

export { formatEuroProse };

const listing = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;

/**
 * Finanzielle Auswirkung from the report's budget: what each space has planned in the report year, the lines and
 * their account codes, the total. Nothing is typed: every amount is a sum of budget lines.
 */
export function financialImpactOf(report: AnnualReport): PaperContent['financialImpact'] {
  const spaces = report.spaces
    .filter((s) => s.budget.lines.length > 0)
    .map((s) => ({ spaceId: s.spaceId, name: s.name, code: s.code, plannedCents: s.budget.totals.plannedCents }));
  const scope = report.space ? report.spaces[0] : undefined;
  const lines = (scope ? scope.budget : report.overview.budget).lines.map((l) => ({
    label: l.label,
    accountCodes: l.accountCodes,
    plannedCents: l.plannedCents,
    spaceCount: l.spaceCount,
  }));
  const totalCents = spaces.reduce((sum, s) => sum + s.plannedCents, 0);
  const amounts = [...new Set(spaces.map((s) => s.plannedCents))];
  const perSpaceCents = amounts.length === 1 ? (amounts[0] ?? null) : null;
  const accountCodes = [...new Set(lines.flatMap((l) => l.accountCodes))].sort();

  let text: string;
  if (spaces.length === 0) {
    text = `Für ${report.year} ist kein Haushalt für die Sozialräume angelegt; die Vorlage hat keine finanziellen Auswirkungen.`;
  } else {
    const perLine = lines
      .filter((l) => l.spaceCount > 0)
      .map((l) => `${l.label} ${formatEuroProse(perSpaceCents !== null && l.plannedCents % l.spaceCount === 0 ? l.plannedCents / l.spaceCount : l.plannedCents)}`);
    const amount =
      perSpaceCents !== null
        ? `je Sozialraum ${formatEuroProse(perSpaceCents)}${perLine.length > 1 ? ` (${listing(perLine)})` : ''}`
        : `je Sozialraum zwischen ${formatEuroProse(Math.min(...amounts))} und ${formatEuroProse(Math.max(...amounts))}`;
    const total = spaces.length > 1 ? `, zusammen ${formatEuroProse(totalCents)} für ${spaces.length} Sozialräume` : '';
    const account = accountCodes.length === 0 ? '' : ` auf dem Produktkonto ${listing(accountCodes)}`;
    text = `Im Haushalt ${report.year} stehen ${amount}${total}${account} zur Verfügung.`;
  }
  return { spaces, lines, totalCents, perSpaceCents, accountCodes, text };
}

/** The values of the template's placeholders, all from the report (see `resolutionPlaceholders`). */
export function placeholderValues(report: AnnualReport, impact: PaperContent['financialImpact']): Record<ResolutionPlaceholder, string> {
  const amounts = impact.spaces.map((s) => s.plannedCents);
  return {
    jahr: String(report.year),
    folgejahr: String(report.year + 1),
    betrag_pro_sozialraum:
      impact.perSpaceCents !== null
        ? formatEuroProse(impact.perSpaceCents)
        : amounts.length === 0
          ? formatEuroProse(0)
          : `${formatEuroProse(Math.min(...amounts))} bis ${formatEuroProse(Math.max(...amounts))}`,
    anzahl_sozialraeume: String(impact.spaces.length),
    gesamtbetrag: formatEuroProse(impact.totalCents),
    produktkonto: impact.accountCodes.length === 0 ? '(kein Produktkonto angegeben)' : listing(impact.accountCodes),
  };
}

export function fillTemplate(template: string, values: Record<ResolutionPlaceholder, string>): string {
  return template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => (name in values ? values[name as ResolutionPlaceholder] : whole));
}

/** Sachverhalt: the report's own summary text block; without one, a summary made from the report's figures. */
export function statementOfFactsOf(report: AnnualReport): string {
  const written = report.texts.find((t) => t.key === 'summary')?.text.trim();
  if (written) return written;
  const o = report.overview;
  const where = report.space ? `im Sozialraum ${report.space.name}` : `in ${report.spaces.length} Sozialräumen`;
  const projects = o.projects.counts;
  return [
    `Der Bericht zur Sozialraumorientierung ${report.year} fasst die Arbeit ${where} zusammen.`,
    `${projects.running} Projekte und Maßnahmen liefen, ${projects.new} kamen neu hinzu, ${projects.completed} wurden abgeschlossen und ${projects.stopped} eingestellt.`,
    `Es fanden ${o.meetings.held} Netzwerktreffen und ${o.consultations.held} kollegiale Beratungen statt.`,
    `Von ${formatEuroProse(o.budget.totals.plannedCents)} geplanten Mitteln wurden ${formatEuroProse(o.budget.totals.bookedCents)} gebucht.`,
    'Der vollständige Bericht ist als Anlage beigefügt.',
  ].join(' ');
}

/** The computed parts of the paper: the same text in the page, the PDF, the DOCX and OParl. */
export function paperContentOf(paper: Paper, report: AnnualReport): PaperContent {
  const financialImpact = financialImpactOf(report);
  return {
    paper,
    resolutionProposal: fillTemplate(paper.resolutionTemplate, placeholderValues(report, financialImpact)),
    financialImpact,
    statementOfFacts: statementOfFactsOf(report),
    attachmentTitle: report.space ? `${report.title} – ${report.space.name}` : report.title,
  };
}

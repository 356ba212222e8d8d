import { consultationRoleLabels, type PaperContent } from '../../../common/api/committee-papers';
import { formatDay, isoDayInBerlin } from '../../../common/report-format';
import type { Block, DocumentModel } from '../../platform/documents/document';
import { formatEuroProse } from './paper-content';

/** "2026-03-12" or an instant → "12.03.2026" (Berlin calendar). */
const formatGermanDay = (value: string): string => formatDay(/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : isoDayInBerlin(value));

const paragraphs = (text: string): Block[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', text: p }));

/**
 * The committee paper (Vorlage) in the fields of the council system and in the source's order: Datum, Zuständig,
 * Beratungsfolge, Beschlussvorschlag, Finanzielle Auswirkung, Sachverhalt, Anlage. With `attachment`, the full
 * report follows on a new page as Anlage 1 (one file for the print shop); without it, the paper stands alone (the
 * OParl mainFile, whose auxiliaryFile is the report).
 */
export function paperDocument(content: PaperContent, officeName: string, attachment?: DocumentModel): DocumentModel {
  const { paper, financialImpact: impact } = content;
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        { label: 'Drucksachennummer', value: paper.reference },
        { label: 'Vorlagenart', value: paper.paperType },
        { label: 'Datum', value: formatGermanDay(paper.date) },
        { label: 'Zuständig', value: paper.responsibleUnitName },
        { label: 'Berichtsjahr', value: String(paper.year) },
        ...(paper.relatedPapers.length > 0 ? [{ label: 'Bezug', value: paper.relatedPapers.map((r) => `${r.reference} – ${r.name}`).join('; ') }] : []),
        { label: 'Status', value: paper.publishedAt ? `veröffentlicht am ${formatGermanDay(paper.publishedAt)}` : 'Entwurf' },
      ],
    },
    { kind: 'heading', level: 2, text: 'Beratungsfolge' },
    paper.consultations.length === 0
      ? { kind: 'paragraph', text: 'Die Beratungsfolge ist noch nicht festgelegt.', style: 'note' }
      : {
          kind: 'table',
          caption: `Beratungsfolge der Vorlage ${paper.reference}`,
          columns: [{ label: 'Gremium' }, { label: 'Sitzung' }, { label: 'Rolle' }],
          rows: paper.consultations.map((c) => ({
            header: c.committeeName,
            cells: [c.meetingStartsAt ? formatGermanDay(c.meetingStartsAt) : 'Sitzung noch offen', consultationRoleLabels[c.role]],
          })),
        },
    { kind: 'heading', level: 2, text: 'Beschlussvorschlag' },
    ...paragraphs(content.resolutionProposal),
    { kind: 'heading', level: 2, text: 'Finanzielle Auswirkung' },
    { kind: 'paragraph', text: impact.text },
  ];
  if (impact.spaces.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `Mittel ${paper.year} je Sozialraum (Summe der Haushaltspositionen)`,
      columns: [{ label: 'Sozialraum' }, { label: 'Plan', numeric: true }],
      rows: [
        ...impact.spaces.map((s) => ({ header: s.code ? `${s.name} (${s.code})` : s.name, cells: [formatEuroProse(s.plannedCents)] })),
        ...(impact.spaces.length > 1 ? [{ header: 'Zusammen', cells: [formatEuroProse(impact.totalCents)], total: true }] : []),
      ],
    });
    blocks.push({
      kind: 'table',
      caption: `Haushaltspositionen ${paper.year} und Produktkonten`,
      columns: [{ label: 'Haushaltsposition' }, { label: 'Produktkonto' }, { label: 'Sozialräume', numeric: true }, { label: 'Plan', numeric: true }],
      rows: impact.lines.map((l) => ({ header: l.label, cells: [l.accountCodes.join(', ') || '–', String(l.spaceCount), formatEuroProse(l.plannedCents)] })),
    });
  }
  blocks.push(
    { kind: 'heading', level: 2, text: 'Sachverhalt' },
    ...paragraphs(content.statementOfFacts),
    { kind: 'heading', level: 2, text: 'Anlage' },
    { kind: 'list', items: [`Anlage 1: ${content.attachmentTitle}`] },
  );
  if (attachment) {
    blocks.push(
      { kind: 'pageBreak' },
      { kind: 'heading', level: 1, text: `Anlage 1 zur Vorlage ${paper.reference}: ${attachment.title}` },
      ...(attachment.subtitle ? [{ kind: 'paragraph' as const, text: attachment.subtitle, style: 'lead' as const }] : []),
      ...attachment.blocks,
    );
  }
  return {
    title: `${paper.reference} – ${paper.name}`,
    subtitle: `${paper.paperType} · ${officeName} · ${formatGermanDay(paper.date)}`,
    author: officeName,
    footer: `Vorlage ${paper.reference}`,
    blocks,
  };
}

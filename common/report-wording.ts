import type { z } from 'zod';
import type { cell } from './api/annual-report';
import { formatEuro } from './budget-terms';

// The report's own sentences, column labels and notes, used by the web page and by the document (HTML, PDF, DOCX),
// so that every format says the same words about the same figures.

type Cell = z.infer<typeof cell>;
const isHidden = (c: Cell): c is { suppressed: true } => typeof c === 'object';

export const projectColumns = [
  { key: 'new', label: 'neu' },
  { key: 'started', label: 'begonnen' },
  { key: 'running', label: 'laufend' },
  { key: 'completed', label: 'abgeschlossen' },
  { key: 'stopped', label: 'eingestellt' },
  { key: 'ofYear', label: 'im Jahr' },
] as const;

/** The footnote of a table with hidden cells, or undefined when none is hidden. */
export const hiddenNote = (threshold: number, cells: readonly Cell[]): string | undefined =>
  cells.some(isHidden)
    ? `„< ${threshold}“: eine kleine Anzahl, oder eine Zelle, aus der sich eine kleine Anzahl zurückrechnen ließe – zum Schutz der Familien nicht veröffentlicht.`
    : undefined;

export type BudgetYear = { year: number; plannedCents: number; bookedCents: number };

/** What the budget chart shows, in one sentence (its text alternative). */
export function budgetYearsSentence(sorted: readonly BudgetYear[]): string {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return 'Für diese Jahre gibt es keine Haushaltszahlen.';
  return (
    `Plan und gebuchte Summe je Jahr von ${first.year} bis ${last.year}. ${last.year}: ${formatEuro(last.bookedCents)} von ${formatEuro(last.plannedCents)} gebucht` +
    (first !== last ? `; ${first.year}: ${formatEuro(first.bookedCents)} von ${formatEuro(first.plannedCents)}.` : '.')
  );
}

export type VoiceCounts = { affected: Cell; professional: Cell };

/** What the needs-by-voice chart shows, in one sentence (its text alternative). */
export function needsByVoiceSentence(rows: readonly VoiceCounts[], threshold: number): string {
  const hidden = rows.some((r) => isHidden(r.affected) || isHidden(r.professional));
  const known = rows.filter((r) => !isHidden(r.affected) && !isHidden(r.professional));
  const mostlyAffected = known.filter((r) => (r.affected as number) > (r.professional as number)).length;
  return (
    `Angenommene Bedarfe des Jahres, von Betroffenen genannt und fachlich eingeschätzt, in ${rows.length} ${rows.length === 1 ? 'Sozialraum' : 'Sozialräumen'}.` +
    (known.length > 0 ? ` In ${mostlyAffected} von ${known.length} Sozialräumen mit vollständigen Zahlen überwiegt die Stimme der Betroffenen.` : '') +
    (hidden ? ` Kleine Anzahlen erscheinen als „< ${threshold}“ ohne Balken.` : '')
  );
}

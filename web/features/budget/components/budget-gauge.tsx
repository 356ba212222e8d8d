import { formatEuro } from '../../../../common/budget-terms';

export type BudgetFigures = { plannedCents: number; committedCents: number; bookedCents: number; remainingCents: number };

/** "1.234,56 € von 9.360,00 € gebucht, 8.125,44 € frei": what the bar shows, in words. */
export function gaugeText(f: BudgetFigures): string {
  const committed = f.committedCents > 0 ? `, ${formatEuro(f.committedCents)} gebunden` : '';
  return `${formatEuro(f.bookedCents)} von ${formatEuro(f.plannedCents)} gebucht${committed}, ${formatEuro(f.remainingCents)} frei`;
}

const share = (part: number, whole: number) => (whole > 0 ? Math.min(100, Math.max(0, (part / whole) * 100)) : 0);

export type GaugePart = 'booked' | 'committed' | 'free' | 'planned';

/**
 * The sample of a part of the bar (and of the charts) beside its name: booked is solid, committed hatched, free
 * light and open. The pattern, not the colour alone, tells them apart; the words carry the figures.
 */
export function GaugeSwatch({ part }: { part: GaugePart }) {
  return <span className={`app-budget-swatch app-budget-swatch--${part}`} aria-hidden="true" />;
}

/** How much of a line is used: booked, then committed, then free; the words carry the figures, the bar only decorates them. */
export function BudgetGauge({ figures }: { figures: BudgetFigures }) {
  const booked = share(figures.bookedCents, figures.plannedCents);
  const committed = Math.min(100 - booked, share(figures.committedCents, figures.plannedCents));
  const free = Math.max(0, 100 - booked - committed);
  return (
    <div className="app-budget-gauge">
      <div className="app-budget-gauge__bar" aria-hidden="true">
        <span className="app-budget-gauge__booked" style={{ width: `${booked}%` }} />
        <span className="app-budget-gauge__committed" style={{ width: `${committed}%` }} />
        <span className="app-budget-gauge__free" style={{ width: `${free}%` }} />
      </div>
      <p className="kern-body kern-body--small app-budget-gauge__text">{gaugeText(figures)}</p>
    </div>
  );
}

import type { BudgetLine, BudgetOfYear } from '../../../../common/api/budget';
import { formatEuro } from '../../../../common/budget-terms';
import { formatDay } from '../../../components/format/format-date';
import { BudgetGauge, type BudgetFigures } from './budget-gauge';
import './budget.css';

function resolutionText(line: BudgetLine): string {
  const parts = [line.resolutionDate ? `vom ${formatDay(line.resolutionDate)}` : null, line.resolutionReference ? `(${line.resolutionReference})` : null].filter(Boolean);
  return parts.length ? `Beschluss ${parts.join(' ')}` : 'kein Beschluss hinterlegt';
}

function Figures({ figures }: { figures: BudgetFigures }) {
  const items = [
    { term: 'Plan', value: figures.plannedCents },
    { term: 'Gebucht', value: figures.bookedCents },
    { term: 'Gebunden', value: figures.committedCents },
    { term: 'Frei', value: figures.remainingCents },
  ];
  return (
    <dl className="app-budget-figures">
      {items.map((item) => (
        <div key={item.term} className={`app-budget-figures__item${item.term === 'Frei' ? ' app-budget-figures__item--remaining' : ''}`}>
          <dt>{item.term}</dt>
          <dd>{formatEuro(item.value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The lines of a space's year, each with its figures and gauge, and the total the server computed. */
export function BudgetOverview({ budget }: { budget: BudgetOfYear }) {
  return (
    <ul className="app-budget-lines" aria-label={`Haushaltspositionen ${budget.year}`}>
      {budget.lines.map((line) => (
        <li key={line.id}>
          <article className="app-budget-line" aria-labelledby={`budget-line-${line.id}`}>
            <h3 className="kern-heading-small" id={`budget-line-${line.id}`}>
              {line.label}
            </h3>
            <Figures figures={line} />
            <BudgetGauge figures={line} />
            <p className="kern-body kern-body--small app-muted">
              Produktkonto {line.accountCode ?? 'nicht hinterlegt'} · {resolutionText(line)}
            </p>
          </article>
        </li>
      ))}
      <li>
        <article className="app-budget-line app-budget-line--total" aria-labelledby="budget-line-total">
          <h3 className="kern-heading-small" id="budget-line-total">
            Summe {budget.year}
          </h3>
          <Figures figures={budget.totals} />
          <BudgetGauge figures={budget.totals} />
        </article>
      </li>
    </ul>
  );
}

import { useState } from 'react';
import type { BudgetLine, BudgetOfYear } from '../../../../common/api/budget';
import { formatEuro } from '../../../../common/budget-terms';
import { formatDay } from '../../../components/format/format-date';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { BudgetGauge, GaugeSwatch, type BudgetFigures, type GaugePart } from './budget-gauge';
import { BudgetLineEdit } from './budget-line-edit';
import './budget.css';

function resolutionText(line: BudgetLine): string {
  const parts = [line.resolutionDate ? `vom ${formatDay(line.resolutionDate)}` : null, line.resolutionReference ? `(${line.resolutionReference})` : null].filter(Boolean);
  return parts.length ? `Beschluss ${parts.join(' ')}` : 'kein Beschluss hinterlegt';
}

/** The figures of a line; the names of booked, committed and free carry the samples of the bar below (its legend). */
function Figures({ figures, carriedInCents = 0 }: { figures: BudgetFigures; carriedInCents?: number }) {
  const items: { term: string; value: number; part?: GaugePart }[] = [
    { term: 'Plan', value: figures.plannedCents },
    { term: 'Gebucht', value: figures.bookedCents, part: 'booked' },
    { term: 'Gebunden', value: figures.committedCents, part: 'committed' },
    { term: 'Frei', value: figures.remainingCents, part: 'free' },
  ];
  return (
    <dl className="app-budget-figures">
      {items.map((item) => (
        <div key={item.term} className={`app-budget-figures__item${item.term === 'Frei' ? ' app-budget-figures__item--remaining' : ''}`}>
          <dt>
            {item.part ? <GaugeSwatch part={item.part} /> : null}
            {item.term}
          </dt>
          <dd>{formatEuro(item.value)}</dd>
          {item.term === 'Plan' && carriedInCents > 0 ? (
            <dd className="app-budget-figures__note">davon Übertrag aus dem Vorjahr: {formatEuro(carriedInCents)}</dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

type LineCardProps = { line: BudgetLine; canEdit: boolean };

function LineCard({ line, canEdit }: LineCardProps) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const startId = `line-edit-start-${line.id}`;
  const close = (message: string | null) => {
    setEditing(false);
    setSaved(message);
    window.setTimeout(() => document.getElementById(startId)?.focus(), 0);
  };
  return (
    <article className="app-budget-line" aria-labelledby={`budget-line-${line.id}`}>
      <h3 className="kern-heading-small" id={`budget-line-${line.id}`}>
        {line.label}
      </h3>
      <Figures figures={line} carriedInCents={line.carriedInCents} />
      <BudgetGauge figures={line} />
      <p className="kern-body kern-body--small app-muted">
        Produktkonto {line.accountCode ?? 'nicht hinterlegt'} · {resolutionText(line)}
      </p>
      <div role="status" className="app-budget-live">
        {saved ? <Alert tone="success" title={saved} role="none" /> : null}
      </div>
      {canEdit ? (
        editing ? (
          <BudgetLineEdit line={line} onDone={close} />
        ) : (
          <div>
            <Button
              variant="secondary"
              id={startId}
              aria-label={`Position bearbeiten: ${line.label}`}
              onClick={() => {
                setSaved(null);
                setEditing(true);
              }}
            >
              Position bearbeiten
            </Button>
          </div>
        )
      ) : null}
    </article>
  );
}

/** The lines of a space's year, each with its figures and gauge, and the total the server computed. */
export function BudgetOverview({ budget, canEdit }: { budget: BudgetOfYear; canEdit: boolean }) {
  return (
    <ul className="app-budget-lines" aria-label={`Haushaltspositionen ${budget.year}`}>
      {budget.lines.map((line) => (
        <li key={line.id}>
          <LineCard line={line} canEdit={canEdit} />
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

import { Button } from './button';

type PaginationProps = {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
  /** Name of the navigation landmark, e.g. "Seiten des Protokolls". */
  label: string;
};

const number = new Intl.NumberFormat('de-DE');

/** "26–50 von 130" with Zurück / Weiter. */
export function Pagination({ offset, limit, total, onChange, label }: PaginationProps) {
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + limit, total);
  const hasPrevious = offset > 0;
  const hasNext = offset + limit < total;
  return (
    <nav className="app-pagination" aria-label={label}>
      <p className="kern-body" aria-live="polite">
        {number.format(first)}–{number.format(last)} von {number.format(total)}
      </p>
      {hasPrevious || hasNext ? (
        <div className="kern-btn-wrapper">
          <Button variant="secondary" unavailable={!hasPrevious} onClick={() => onChange(Math.max(0, offset - limit))}>
            Zurück
          </Button>
          <Button variant="secondary" unavailable={!hasNext} onClick={() => onChange(offset + limit)}>
            Weiter
          </Button>
        </div>
      ) : null}
    </nav>
  );
}

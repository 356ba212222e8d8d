import type { NetworkModel } from '../../../../common/social-space-terms';
import { networkModelLabels, positionKindLabels } from '../../../../common/social-space-terms';
import { formatDay } from '../../../components/format/format-date';
import { formatDecimal } from '../../../components/format/format-number';
import { Badge } from '../../../components/ui/badge';
import { DataTable } from '../../../components/ui/data-table';
import type { NetworkModelState } from '../api/network-model-api';

type Period = NetworkModelState['periods'][number];

/** The period in force on a date: the latest one that started on or before it. */
export const periodOn = (periods: Period[], date: string): Period | undefined =>
  [...periods].filter((p) => p.validFrom <= date).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];

export const modelLabel = (model: NetworkModel | null): string => (model ? networkModelLabels[model] : 'kein Modell festgelegt');

/** The model in force today with its note, the history, and the minimum positions per space. */
export function NetworkModelOverview({ state, today }: { state: NetworkModelState; today: string }) {
  const current = periodOn(state.periods, today);
  const history = [...state.periods].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return (
    <div className="app-section">
      {current ? (
        <div className="app-model-current">
          <p className="kern-body">
            Seit {formatDay(current.validFrom)} gilt: <strong>{networkModelLabels[current.model]}</strong>
          </p>
          {current.note ? <p className="kern-body app-prewrap">{current.note}</p> : null}
        </div>
      ) : (
        <p className="kern-body">Für heute ist kein Organisationsmodell festgelegt.</p>
      )}
      <h3 className="kern-heading-small">Verlauf</h3>
      <DataTable
        caption="Verlauf des Organisationsmodells"
        captionHidden
        rows={history}
        rowKey={(p) => p.id}
        empty={<p className="kern-body">Es ist noch kein Organisationsmodell festgelegt.</p>}
        columns={[
          { key: 'from', header: 'Ab', rowHeader: true, cell: (p) => formatDay(p.validFrom) },
          {
            key: 'model',
            header: 'Modell',
            cell: (p) => (
              <>
                {networkModelLabels[p.model]}
                {p.id === current?.id ? (
                  <>
                    {' '}
                    <Badge tone="info">gilt heute</Badge>
                  </>
                ) : null}
              </>
            ),
          },
          { key: 'note', header: 'Notiz', cell: (p) => p.note || <span className="app-muted">keine</span> },
        ]}
      />
      <h3 className="kern-heading-small">Mindeststellen je Sozialraum</h3>
      {state.minimums.length ? (
        <ul className="kern-list kern-list--bullet">
          {state.minimums.map((m) => (
            <li key={m.kind} className="kern-body">
              {positionKindLabels[m.kind]}: mindestens {formatDecimal(m.minimumFte)} Stellen
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">Es sind keine Mindeststellen festgelegt.</p>
      )}
    </div>
  );
}

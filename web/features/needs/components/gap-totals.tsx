import './needs-staff.css';
import type { GapSummary } from '../../../../common/api/needs';
import { gapKindLabels, gapKinds, type Voice } from '../../../../common/need-terms';
import { formatInteger } from '../../../components/format/format-number';

type GapTotalsProps = {
  totals: GapSummary['totals'];
  /** Needs by voice over all voices (the voice filter would otherwise hide the other one). */
  byVoice: GapSummary['totals']['byVoice'];
  voice: Voice | '';
};

/** The figures above the heat map: needs, whose voice, the kinds of gap. */
export function GapTotals({ totals, byVoice, voice }: GapTotalsProps) {
  const items = [
    { key: 'needs', term: voice === 'affected' ? 'Bedarfe von Betroffenen' : voice === 'professional' ? 'Bedarfe von Fachkräften' : 'Bedarfe', value: totals.needs, tone: 'total' },
    { key: 'affected', term: 'von Betroffenen selbst genannt', value: byVoice.affected, tone: 'affected' },
    { key: 'professional', term: 'fachliche Einschätzung', value: byVoice.professional, tone: 'professional' },
    ...gapKinds.map((k) => ({ key: k, term: `Lücken: ${gapKindLabels[k]}`, value: totals.kinds[k], tone: k })),
  ];
  return (
    <div className="app-section">
      <dl className="app-gap-totals">
        {items.map((item) => (
          <div key={item.key} className={`app-gap-totals__item app-gap-totals__item--${item.tone}`}>
            <dt>{item.term}</dt>
            <dd>{formatInteger(item.value)}</dd>
          </div>
        ))}
      </dl>
      {totals.withoutTopic > 0 ? (
        <p className="kern-body app-muted">
          {totals.withoutTopic === 1 ? '1 Bedarf hat' : `${formatInteger(totals.withoutTopic)} Bedarfe haben`} noch kein Thema und
          {totals.withoutTopic === 1 ? ' zählt' : ' zählen'} in keinem Feld.
        </p>
      ) : null}
    </div>
  );
}

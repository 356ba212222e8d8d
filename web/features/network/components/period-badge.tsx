import { Badge } from '../../../components/ui/badge';
import type { PeriodState } from './network-labels';

const badges: Record<PeriodState, { tone: 'success' | 'info' | 'warning'; text: string }> = {
  current: { tone: 'success', text: 'läuft' },
  future: { tone: 'info', text: 'künftig' },
  past: { tone: 'warning', text: 'beendet' },
};

/** Whether a contract or position runs today, in words (the colour only repeats them). */
export function PeriodBadge({ state }: { state: PeriodState }) {
  const { tone, text } = badges[state];
  return <Badge tone={tone}>{text}</Badge>;
}

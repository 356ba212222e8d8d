import { Badge } from '../../../components/ui/badge';

export type FindingLevel = 'ok' | 'warning' | 'missing';

const levels: Record<FindingLevel, { tone: 'success' | 'warning' | 'danger'; icon: string; text: string }> = {
  ok: { tone: 'success', icon: 'success', text: 'erfüllt' },
  warning: { tone: 'warning', icon: 'warning', text: 'Hinweis' },
  missing: { tone: 'danger', icon: 'danger', text: 'fehlt' },
};

/** The level of a finding as icon and word; the colour only repeats them. */
export function FindingLevelBadge({ level }: { level: FindingLevel }) {
  const { tone, icon, text } = levels[level];
  return (
    <span className="app-finding-level">
      <span className={`kern-icon kern-icon--${icon}`} aria-hidden="true" />
      <Badge tone={tone}>{text}</Badge>
    </span>
  );
}

import type { Voice } from '../../../../common/need-terms';
import { voiceLabels } from '../../../../common/need-terms';
import { voiceShortLabels } from './needs-labels';

/**
 * Whose voice a need is, visible at a glance: "Betroffene" (named by the family, child or young person) or
 * "Fachkraft" (a professional's assessment). The words carry the meaning; the colour and the icon only help.
 */
export function NeedsVoiceBadge({ voice }: { voice: Voice }) {
  return (
    <span className={`app-needs-voice app-needs-voice--${voice}`} title={voiceLabels[voice]}>
      <span className={`kern-icon kern-icon--${voice === 'affected' ? 'account-circle' : 'checklist'} kern-icon--small`} aria-hidden="true" />
      <span>{voiceShortLabels[voice]}</span>
    </span>
  );
}

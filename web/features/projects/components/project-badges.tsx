import type { ProjectStatus } from '../../../../common/project-terms';
import { projectStatusLabels } from '../../../../common/project-terms';
import { voiceLabels, type Voice } from '../../../../common/need-terms';
import { Badge } from '../../../components/ui/badge';

const statusTones: Record<ProjectStatus, 'info' | 'success' | 'warning' | 'danger'> = {
  idea: 'info',
  planned: 'info',
  running: 'success',
  completed: 'success',
  stopped: 'danger',
};

export function StatusBadge({ status }: { status: ProjectStatus }) {
  return <Badge tone={statusTones[status]}>{projectStatusLabels[status]}</Badge>;
}

/** Whose voice a need is: the affected's own words stand out. */
export function VoiceBadge({ voice }: { voice: Voice }) {
  return <Badge tone={voice === 'affected' ? 'success' : 'info'}>{voiceLabels[voice]}</Badge>;
}

export const noAffectedVoiceLabel = 'Kein Bedarf von Betroffenen';

export function NoAffectedVoiceBadge() {
  return <Badge tone="warning">{noAffectedVoiceLabel}</Badge>;
}

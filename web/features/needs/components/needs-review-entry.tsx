import { useState, type FormEvent } from 'react';
import type { NeedSummary } from '../../../../common/api/needs';
import type { Topic } from '../../../../common/api/services';
import { ageBandLabels, ageBands, type AgeBand } from '../../../../common/need-terms';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { formatDay } from '../../../components/format/format-date';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox';
import { useReviewNeed } from '../hooks/use-needs';
import { languageName, textDirection } from './needs-labels';
import { PrivacyTextArea } from './privacy-text-area';

type NeedsReviewEntryProps = {
  entry: NeedSummary;
  topics: readonly Topic[];
  onReviewed: (decision: 'accepted' | 'rejected', entry: NeedSummary) => void;
};

/** Topic choices for a checkbox list: broader topics first, each narrower one named with its broader one. */
function topicChoices(topics: readonly Topic[]) {
  const byId = new Map(topics.map((t) => [t.id, t]));
  const sorted = [...topics].sort((a, b) => {
    const rootA = a.parentId ? (byId.get(a.parentId) ?? a) : a;
    const rootB = b.parentId ? (byId.get(b.parentId) ?? b) : b;
    return rootA.sortOrder - rootB.sortOrder || (a.parentId ? 1 : 0) - (b.parentId ? 1 : 0) || a.sortOrder - b.sortOrder;
  });
  return sorted.map((t) => {
    const parent = t.parentId ? byId.get(t.parentId) : undefined;
    return { value: t.id, label: parent ? `${t.name} (${parent.name})` : t.name };
  });
}

/** One entry of the public form: the family's words in their language, and the team member's decision. */
export function NeedsReviewEntry({ entry, topics, onReviewed }: NeedsReviewEntryProps) {
  const review = useReviewNeed();
  const [topicIds, setTopicIds] = useState<string[]>(entry.topics.map((t) => t.id));
  const [bands, setBands] = useState<AgeBand[]>(entry.ageBands);
  const [note, setNote] = useState('');
  const [blocked, setBlocked] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const prefix = `review-${entry.id}`;
  const headingId = `${prefix}-heading`;
  const foreign = entry.language && entry.language !== 'de' ? entry.language : undefined;
  const shown = { ...fieldErrorsOf(review.error), ...errors };

  const decide = (decision: 'accepted' | 'rejected') => {
    if (review.isPending) return;
    const found: Record<string, string> = {};
    if (decision === 'accepted' && topicIds.length === 0) found.topicIds = 'Zum Annehmen bitte mindestens ein Thema zuordnen.';
    if (decision === 'rejected' && note.trim().length < 3) found.note = 'Bitte kurz begründen, warum der Eintrag nicht zählt.';
    setErrors(found);
    const firstTopic = topicChoices(topics)[0]?.value ?? '';
    const focus = found.topicIds ? `${prefix}-topics-${firstTopic}` : found.note || blocked ? `${prefix}-note` : null;
    if (focus) {
      document.getElementById(focus)?.focus();
      return;
    }
    review.mutate(
      { id: entry.id, body: decision === 'accepted' ? { decision, topicIds, ageBands: bands, note: note.trim() } : { decision, note: note.trim() } },
      { onSuccess: () => onReviewed(decision, entry) },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    decide('accepted');
  };

  return (
    <article className="app-review-entry" aria-labelledby={headingId}>
      <h2 className="kern-heading-small" id={headingId}>
        Eingang vom {formatDay(entry.recordedOn)} · {entry.spaceName}
        {foreign ? ` · ${languageName(foreign)}` : ''}
      </h2>
      <blockquote className="app-need-quote app-review-entry__text" lang={foreign} dir={textDirection(entry.language)}>
        {entry.text}
      </blockquote>
      {entry.ageBands.length ? (
        <p className="kern-body">
          <span className="app-muted">Angegebene Altersgruppen:</span> {entry.ageBands.map((a) => ageBandLabels[a]).join(', ')}
        </p>
      ) : null}
      <form className="app-form" onSubmit={submit} noValidate aria-label={`Eingang vom ${formatDay(entry.recordedOn)} prüfen`}>
        <CheckboxGroup
          id={`${prefix}-topics`}
          name={`${prefix}-topics`}
          legend="Themen"
          hint="Zum Annehmen mindestens ein Thema. Aus den Themen ergeben sich die Lücken."
          options={topicChoices(topics)}
          value={topicIds}
          onChange={setTopicIds}
          error={shown.topicIds}
        />
        <CheckboxGroup
          id={`${prefix}-ages`}
          name={`${prefix}-ages`}
          legend="Altersgruppen"
          hint="Optional."
          options={ageBands.map((a) => ({ value: a, label: ageBandLabels[a] }))}
          value={bands}
          onChange={setBands}
          error={shown.ageBands}
        />
        <PrivacyTextArea
          id={`${prefix}-note`}
          label="Notiz zur Prüfung"
          hint="Beim Ablehnen nötig, z. B. „kein Bedarf aus dem Stadtteil“ oder „doppelt“."
          value={note}
          onChange={setNote}
          onPrivacyChange={setBlocked}
          error={shown.note}
          rows={2}
        />
        {review.error && !shown.topicIds && !shown.note ? <ErrorAlert error={review.error} title="Nicht gespeichert" /> : null}
        <ButtonRow>
          <Button type="submit" busy={review.isPending && review.variables?.body.decision === 'accepted'} unavailable={review.isPending && review.variables?.body.decision !== 'accepted'}>
            Annehmen
          </Button>
          <Button
            variant="secondary"
            busy={review.isPending && review.variables?.body.decision === 'rejected'}
            unavailable={review.isPending && review.variables?.body.decision !== 'rejected'}
            onClick={() => decide('rejected')}
          >
            Ablehnen
          </Button>
        </ButtonRow>
      </form>
    </article>
  );
}

import type { Topic } from '../../../../common/api/services';
import { Checkbox } from '../../../components/ui/checkbox';
import { describedBy, FieldMessage } from '../../../components/ui/field-message';
import { Chip } from './need-capture-chips';

type TopicNode = { topic: Topic; children: TopicNode[] };

const byOrder = (a: Topic, b: Topic) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'de');

/** The taxonomy as a tree, top topics first; a topic whose parent is missing counts as a top topic. */
export function topicTree(topics: readonly Topic[]): TopicNode[] {
  const ids = new Set(topics.map((t) => t.id));
  const childrenOf = (parentId: string | null): TopicNode[] =>
    topics
      .filter((t) => (parentId === null ? !t.parentId || !ids.has(t.parentId) : t.parentId === parentId))
      .sort(byOrder)
      .map((topic) => ({ topic, children: childrenOf(topic.id) }));
  return childrenOf(null);
}

type TopicFieldProps = {
  id: string;
  legend: string;
  hint?: string;
  topics: readonly Topic[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  legendClassName?: string;
};

const toggled = (value: readonly string[], topicId: string, checked: boolean) =>
  checked ? [...value, topicId] : value.filter((v) => v !== topicId);

/** The staff form: every topic as a nested checkbox. */
export function NeedTopicsTree({ id, legend, hint, topics, value, onChange, error }: TopicFieldProps) {
  const render = (nodes: TopicNode[], root: boolean) => (
    <ul className={root ? 'app-need-topics' : undefined}>
      {nodes.map((node) => (
        <li key={node.topic.id}>
          <Checkbox
            id={`${id}-${node.topic.id}`}
            name={id}
            label={node.topic.name}
            checked={value.includes(node.topic.id)}
            onChange={(event) => onChange(toggled(value, node.topic.id, event.target.checked))}
            invalid={Boolean(error)}
          />
          {node.children.length ? render(node.children, false) : null}
        </li>
      ))}
    </ul>
  );
  return (
    <fieldset className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
      <legend className="kern-label">{legend}</legend>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <div className="kern-fieldset__body">{render(topicTree(topics), true)}</div>
      <FieldMessage id={`${id}-error`} message={error} />
    </fieldset>
  );
}

/** The home visit: the top topics as big chips; a chosen one shows its subtopics to narrow it down. */
export function NeedTopicChips({ id, legend, hint, topics, value, onChange, error, legendClassName }: TopicFieldProps) {
  const tree = topicTree(topics);
  const chip = (topic: Topic) => (
    <Chip
      key={topic.id}
      id={`${id}-${topic.id}`}
      type="checkbox"
      name={id}
      label={topic.name}
      checked={value.includes(topic.id)}
      onChange={(checked) => onChange(toggled(value, topic.id, checked))}
      size="large"
      invalid={Boolean(error)}
    />
  );
  const open = tree.filter((node) => node.children.length > 0 && (value.includes(node.topic.id) || node.children.some((c) => value.includes(c.topic.id))));
  return (
    <fieldset className={`kern-fieldset app-need-chip-group${error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
      <legend className={legendClassName ?? 'kern-label'}>{legend}</legend>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <div className="app-need-chips">{tree.map((node) => chip(node.topic))}</div>
      {open.map((node) => (
        <div key={node.topic.id} className="app-need-subtopics" role="group" aria-label={`Genauer: ${node.topic.name}`}>
          <p className="kern-body kern-body--small app-muted">Genauer bei „{node.topic.name}“:</p>
          <div className="app-need-chips">{node.children.map((child) => chip(child.topic))}</div>
        </div>
      ))}
      <FieldMessage id={`${id}-error`} message={error} />
    </fieldset>
  );
}

import type { Topic } from '../../../../common/api/services';
import { describedBy, FieldMessage } from '../../../components/ui/field-message';
import { Checkbox } from '../../../components/ui/checkbox';
import { buildTopicTree, type TopicNode } from './topics-tree';

type EditTopicTreeProps = {
  id: string;
  topics: readonly Topic[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
};

/**
 * The topics as nested checkboxes. A top topic stands for everything below it in the search, so an offer needs
 * only the most specific topics that fit.
 */
export function EditTopicTree({ id, topics, value, onChange, error }: EditTopicTreeProps) {
  const tree = buildTopicTree(topics);
  const toggle = (topicId: string, checked: boolean) => onChange(checked ? [...value, topicId] : value.filter((v) => v !== topicId));
  const renderNodes = (nodes: TopicNode[], root = false) => (
    <ul className={`app-topic-tree${root ? ' app-topic-tree--root' : ''}`}>
      {nodes.map((node) => (
        <li key={node.topic.id}>
          <Checkbox
            id={`${id}-${node.topic.id}`}
            name="topicIds"
            value={node.topic.id}
            label={node.topic.name}
            checked={value.includes(node.topic.id)}
            onChange={(event) => toggle(node.topic.id, event.target.checked)}
            invalid={Boolean(error)}
          />
          {node.children.length ? renderNodes(node.children) : null}
        </li>
      ))}
    </ul>
  );
  return (
    <fieldset className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}>
      <legend className="kern-label">Themen</legend>
      <div className="kern-hint" id={`${id}-hint`}>
        Ein Oberthema schließt seine Unterthemen in der Suche ein; wählen Sie die genauesten passenden Themen.
      </div>
      <div className="kern-fieldset__body">{tree.length ? renderNodes(tree, true) : <p className="kern-body">Es gibt noch keine Themen.</p>}</div>
      <FieldMessage id={`${id}-error`} message={error} />
    </fieldset>
  );
}

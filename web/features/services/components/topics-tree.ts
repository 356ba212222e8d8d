import type { Topic } from '../../../../common/api/services';

export type TopicNode = { topic: Topic; depth: number; children: TopicNode[] };

const byOrder = (a: Topic, b: Topic) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'de');

/** The flat list of topics as a tree in sort order; a topic whose parent is missing counts as a top topic. */
export function buildTopicTree(topics: readonly Topic[]): TopicNode[] {
  const ids = new Set(topics.map((t) => t.id));
  const childrenOf = new Map<string | null, Topic[]>();
  for (const t of topics) {
    const parent = t.parentId && ids.has(t.parentId) ? t.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), t]);
  }
  const seen = new Set<string>();
  const build = (parent: string | null, depth: number): TopicNode[] =>
    (childrenOf.get(parent) ?? [])
      .sort(byOrder)
      .filter((t) => !seen.has(t.id) && seen.add(t.id))
      .map((topic) => ({ topic, depth, children: build(topic.id, depth + 1) }));
  return build(null, 0);
}

/** The tree as a list in reading order, each topic with its depth (for selects and tables). */
export function flattenTopicTree(nodes: TopicNode[]): TopicNode[] {
  return nodes.flatMap((n) => [n, ...flattenTopicTree(n.children)]);
}

/** The ids of a topic and everything below it. */
export function subtreeIds(node: TopicNode): string[] {
  return [node.topic.id, ...node.children.flatMap(subtreeIds)];
}

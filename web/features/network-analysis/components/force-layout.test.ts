import { describe, expect, it } from 'vitest';
import { forceLayout, type LayoutTie } from './force-layout';

const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `org-${String(i).padStart(2, '0')}` }));
// A ring of 20 with some chords, and ten organisations without any tie.
const ties: LayoutTie[] = [
  ...Array.from({ length: 20 }, (_, i) => ({ source: `org-${String(i).padStart(2, '0')}`, target: `org-${String((i + 1) % 20).padStart(2, '0')}`, weight: 1 + (i % 4) })),
  { source: 'org-00', target: 'org-10', weight: 6 },
  { source: 'org-05', target: 'org-15', weight: 2 },
];
const box = { width: 800, height: 520, padding: 30 };

describe('the force-directed layout', () => {
  it('gives the same picture for the same graph, whatever the order of nodes and ties', () => {
    const first = forceLayout(nodes, ties, box);
    const again = forceLayout(nodes, ties, box);
    const shuffled = forceLayout([...nodes].reverse(), [...ties].reverse(), box);
    expect([...again.entries()]).toEqual([...first.entries()]);
    expect(Object.fromEntries(shuffled)).toEqual(Object.fromEntries(first));
  });

  it('keeps every node inside the box and places each one', () => {
    const layout = forceLayout(nodes, ties, box);
    expect(layout.size).toBe(nodes.length);
    for (const point of layout.values()) {
      expect(point.x).toBeGreaterThanOrEqual(box.padding);
      expect(point.x).toBeLessThanOrEqual(box.width - box.padding);
      expect(point.y).toBeGreaterThanOrEqual(box.padding);
      expect(point.y).toBeLessThanOrEqual(box.height - box.padding);
    }
  });

  it('spreads the nodes out and draws tied nodes closer than untied ones', () => {
    const layout = forceLayout(nodes, ties, box);
    const points = [...layout.values()];
    const distance = (a: string, b: string) => {
      const p = layout.get(a);
      const q = layout.get(b);
      if (!p || !q) throw new Error('missing node');
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const p = points[i];
        const q = points[j];
        if (!p || !q) continue;
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(5);
      }
    }
    const tied = ties.slice(0, 20).map((t) => distance(t.source, t.target));
    const untied = [distance('org-00', 'org-25'), distance('org-03', 'org-27'), distance('org-12', 'org-29')];
    const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean(tied)).toBeLessThan(mean(untied));
  });

  it('changes with the seed and handles tiny graphs', () => {
    const other = forceLayout(nodes, ties, { ...box, seed: 99 });
    expect(Object.fromEntries(other)).not.toEqual(Object.fromEntries(forceLayout(nodes, ties, box)));
    expect(forceLayout([], [], box).size).toBe(0);
    expect(forceLayout([{ id: 'a' }], [], box).get('a')).toEqual({ x: 400, y: 260 });
  });
});

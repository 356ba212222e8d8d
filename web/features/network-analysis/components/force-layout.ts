// A deterministic force-directed layout (Fruchterman–Reingold): springs along the ties, repulsion between every pair,
// a little pull to the centre so that isolated organisations stay in view, and a cooling step size. The same graph
// always gets the same picture: the start positions come from a seeded generator and the node order, not from chance.

export type LayoutNode = { id: string };
export type LayoutTie = { source: string; target: string; weight: number };
export type Point = { x: number; y: number };
export type LayoutOptions = { width: number; height: number; padding?: number; iterations?: number; seed?: number };

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable number for a text (FNV-1a), to mix the node ids into the seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Positions for the nodes inside the box [padding, width − padding] × [padding, height − padding]. A pure function:
 * the result depends only on the arguments (the order of the nodes and ties does not matter).
 */
export function forceLayout(nodes: readonly LayoutNode[], ties: readonly LayoutTie[], options: LayoutOptions): Map<string, Point> {
  const { width, height, padding = 24, iterations = 300, seed = 7 } = options;
  const left = padding;
  const right = Math.max(padding, width - padding);
  const top = padding;
  const bottom = Math.max(padding, height - padding);
  const ids = [...new Set(nodes.map((n) => n.id))].sort();
  const n = ids.length;
  const result = new Map<string, Point>();
  if (n === 0) return result;
  const cx = (left + right) / 2;
  const cy0 = (top + bottom) / 2;
  if (n === 1) {
    result.set(ids[0] as string, { x: cx, y: cy0 });
    return result;
  }

  const index = new Map(ids.map((id, i) => [id, i]));
  const random = seeded(seed ^ ids.reduce((h, id) => Math.imul(h ^ hash(id), 0x9e3779b1) >>> 0, 0));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  // Start on a circle (in id order) with a small seeded jitter, so that no two nodes share a point.
  const radius = Math.min(right - left, bottom - top) / 2.5;
  for (let i = 0; i < n; i += 1) {
    const angle = (2 * Math.PI * i) / n;
    x[i] = cx + radius * Math.cos(angle) + (random() - 0.5) * radius * 0.2;
    y[i] = cy0 + radius * Math.sin(angle) + (random() - 0.5) * radius * 0.2;
  }

  // Ties in a stable order, the same pair once (weights added), with a spring strength that grows slowly with weight.
  const springs = new Map<string, { a: number; b: number; strength: number }>();
  for (const tie of ties) {
    const a = index.get(tie.source);
    const b = index.get(tie.target);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    const spring = springs.get(key) ?? { a: Math.min(a, b), b: Math.max(a, b), strength: 0 };
    spring.strength += Math.max(0, tie.weight);
    springs.set(key, spring);
  }
  const edges = [...springs.entries()].sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)).map(([, s]) => ({ ...s, strength: 1 + Math.log1p(s.strength) / 6 }));

  // Organisations without a tie wait in a row along the bottom, the connected ones share the space above.
  const tied = new Set(edges.flatMap((e) => [e.a, e.b]));
  const loose = ids.map((_, i) => i).filter((i) => !tied.has(i));
  const strip = loose.length > 0 && tied.size > 0 ? Math.min(60, (bottom - top) / 4) : 0;
  const floor = bottom - strip;
  // In a dense network every node pulls on many others: weaker springs keep it from collapsing into a knot.
  const meanDegree = (2 * edges.length) / Math.max(1, tied.size);
  const pull = 1 / Math.max(1, Math.sqrt(meanDegree / 2));
  const area = (right - left) * (floor - top);
  const k = Math.sqrt(area / n);
  const cy = (top + floor) / 2;
  const reach = 2.5 * k;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temperature = (right - left) / 8;
  const cooling = temperature / (iterations + 1);

  for (let step = 0; step < iterations; step += 1) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        let ddx = (x[i] as number) - (x[j] as number);
        let ddy = (y[i] as number) - (y[j] as number);
        let distance = Math.hypot(ddx, ddy);
        if (distance < 0.01) {
          // Two nodes on one point: push them apart along a direction fixed by their indices.
          ddx = Math.cos(i + j);
          ddy = Math.sin(i + j);
          distance = 0.01;
        }
        // Far apart, nodes no longer push (Fruchterman–Reingold's cut-off): a loosely tied node stays near its partner.
        if (distance > reach) continue;
        const force = (k * k) / distance;
        const fx = (ddx / distance) * force;
        const fy = (ddy / distance) * force;
        dx[i] = (dx[i] as number) + fx;
        dy[i] = (dy[i] as number) + fy;
        dx[j] = (dx[j] as number) - fx;
        dy[j] = (dy[j] as number) - fy;
      }
    }
    for (const { a, b, strength } of edges) {
      const ddx = (x[a] as number) - (x[b] as number);
      const ddy = (y[a] as number) - (y[b] as number);
      const distance = Math.max(0.01, Math.hypot(ddx, ddy));
      const force = ((distance * distance) / k) * strength * pull;
      const fx = (ddx / distance) * force;
      const fy = (ddy / distance) * force;
      dx[a] = (dx[a] as number) - fx;
      dy[a] = (dy[a] as number) - fy;
      dx[b] = (dx[b] as number) + fx;
      dy[b] = (dy[b] as number) + fy;
    }
    for (let i = 0; i < n; i += 1) {
      // Gravity towards the centre: isolated nodes stay near the picture instead of sticking to the border.
      dx[i] = (dx[i] as number) - ((x[i] as number) - cx) * 0.02 * (k / 10);
      dy[i] = (dy[i] as number) - ((y[i] as number) - cy) * 0.02 * (k / 10);
      const length = Math.hypot(dx[i] as number, dy[i] as number);
      if (length > 0) {
        const move = Math.min(length, temperature);
        x[i] = clamp((x[i] as number) + ((dx[i] as number) / length) * move, left, right);
        y[i] = clamp((y[i] as number) + ((dy[i] as number) / length) * move, top, bottom);
      }
    }
    temperature = Math.max(temperature - cooling, 0.5);
  }

  // Stretch the picture to fill the box (each axis on its own): a dense network would otherwise sit in the middle.
  const fit = (values: Float64Array, low: number, high: number) => {
    let min = Infinity;
    let max = -Infinity;
    for (const v of values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return (v: number) => (max - min < 1 ? (low + high) / 2 : low + ((v - min) / (max - min)) * (high - low));
  };
  const round = (v: number) => Math.round(v * 10) / 10;
  const placed = strip > 0 ? ids.map((_, i) => i).filter((i) => tied.has(i)) : ids.map((_, i) => i);
  const fx = fit(Float64Array.from(placed.map((i) => x[i] as number)), left, right);
  const fy = fit(Float64Array.from(placed.map((i) => y[i] as number)), top, floor);
  for (const i of placed) result.set(ids[i] as string, { x: round(fx(x[i] as number)), y: round(fy(y[i] as number)) });
  if (strip > 0) {
    const step = (right - left) / loose.length;
    loose.forEach((i, j) => result.set(ids[i] as string, { x: round(left + step * (j + 0.5)), y: round(bottom) }));
  }
  return result;
}

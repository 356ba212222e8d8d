// Geometry in TypeScript, no PostGIS (it does not run on PGlite): GeoJSON Polygon and MultiPolygon in
// longitude/latitude, validated, with a point-in-polygon test that honours holes (even-odd rule).

export type Position = [number, number];
export type Ring = Position[];
export type Polygon = { type: 'Polygon'; coordinates: Ring[] };
export type MultiPolygon = { type: 'MultiPolygon'; coordinates: Ring[][] };
export type Boundary = Polygon | MultiPolygon;
/** [minLon, minLat, maxLon, maxLat] */
export type BBox = [number, number, number, number];


export type GeometryProblem = { path: string; message: string };

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export const polygonsOf = (boundary: Boundary): Ring[][] =>
  boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates;

/** Checks structure, ranges and closed rings; returns the problems in German, each with where it is. */
export function boundaryProblems(value: unknown): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  if (typeof value !== 'object' || value === null) return [{ path: '', message: 'Die Grenze muss ein GeoJSON-Objekt sein.' }];
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return [{ path: 'type', message: `Die Grenze muss ein Polygon oder MultiPolygon sein, nicht ${JSON.stringify(type ?? null)}.` }];
  }
  if (!Array.isArray(coordinates) || coordinates.length === 0) return [{ path: 'coordinates', message: 'Die Grenze hat keine Koordinaten.' }];
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  polygons.forEach((polygon: unknown, p) => {
    const where = type === 'Polygon' ? '' : `Teilfläche ${p + 1}, `;
    const at = type === 'Polygon' ? 'coordinates' : `coordinates.${p}`;
    if (!Array.isArray(polygon) || polygon.length === 0) {
      problems.push({ path: at, message: `${where}keine Ringe.` });
      return;
    }
    polygon.forEach((ring: unknown, r) => {
      const ringName = `${where}${r === 0 ? 'Außenring' : `Loch ${r}`}`;
      if (!Array.isArray(ring) || ring.length < 4) {
        problems.push({ path: `${at}.${r}`, message: `${ringName}: ein Ring braucht mindestens 4 Punkte.` });
        return;
      }
      for (let i = 0; i < ring.length; i++) {
        const point = ring[i] as unknown;
        if (!Array.isArray(point) || point.length < 2 || !isNumber(point[0]) || !isNumber(point[1])) {
          problems.push({ path: `${at}.${r}.${i}`, message: `${ringName}, Punkt ${i + 1}: keine Zahlen [Länge, Breite].` });
          return;
        }
        const [lon, lat] = point as [number, number];
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
          problems.push({
            path: `${at}.${r}.${i}`,
            message: `${ringName}, Punkt ${i + 1}: [${lon}, ${lat}] liegt außerhalb von Länge −180…180 / Breite −90…90.`,
          });
          return;
        }
      }
      const first = ring[0] as Position;
      const last = ring[ring.length - 1] as Position;
      if (first[0] !== last[0] || first[1] !== last[1]) {
        problems.push({ path: `${at}.${r}`, message: `${ringName}: nicht geschlossen (erster und letzter Punkt müssen gleich sein).` });
      }
    });
  });
  return problems;
}

export function bboxOf(boundary: Boundary): BBox {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const polygon of polygonsOf(boundary)) {
    for (const [lon, lat] of polygon[0] ?? []) {
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  }
  return [minLon, minLat, maxLon, maxLat];
}

const within = (inner: BBox, outer: BBox) =>
  inner[0] >= outer[0] && inner[2] <= outer[2] && inner[1] >= outer[1] && inner[3] <= outer[3];

/**
 * Whether a boundary fits the office's region. For central Europe the coordinate ranges alone cannot reveal
 * swapped axes (52°/13° is valid both ways), but the region can: outside it, yet inside with the axes swapped.
 */
export function regionProblem(boundary: Boundary, region: BBox): GeometryProblem | undefined {
  const box = bboxOf(boundary);
  if (within(box, region)) return undefined;
  const swapped: BBox = [box[1], box[0], box[3], box[2]];
  if (within(swapped, region)) {
    return {
      path: 'coordinates',
      message: 'Die Grenze liegt außerhalb der Region des Jugendamts, mit vertauschten Achsen aber darin: Breiten- und Längengrad vertauscht? GeoJSON erwartet [Länge, Breite].',
    };
  }
  return {
    path: 'coordinates',
    message: `Die Grenze liegt außerhalb der Region des Jugendamts (Länge ${region[0]}…${region[2]}, Breite ${region[1]}…${region[3]}).`,
  };
}

function insideRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    if (a[1] > lat !== b[1] > lat && lon < ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/** True when the point lies in one of the polygons and in none of that polygon's holes. */
export function containsPoint(boundary: Boundary, lon: number, lat: number): boolean {
  for (const polygon of polygonsOf(boundary)) {
    const [outer, ...holes] = polygon;
    if (!outer || !insideRing(lon, lat, outer)) continue;
    if (!holes.some((hole) => insideRing(lon, lat, hole))) return true;
  }
  return false;
}

/** A point inside the boundary (for labels and tests): the centre of the widest horizontal run through the middle. */
export function interiorPoint(boundary: Boundary): Position {
  const [minLon, minLat, maxLon, maxLat] = bboxOf(boundary);
  for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9]) {
    const lat = minLat + (maxLat - minLat) * f;
    const crossings: number[] = [];
    for (const polygon of polygonsOf(boundary)) {
      for (const ring of polygon) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const a = ring[i] as Position;
          const b = ring[j] as Position;
          if (a[1] > lat !== b[1] > lat) crossings.push(((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]) + a[0]);
        }
      }
    }
    crossings.sort((x, y) => x - y);
    let best: Position | undefined;
    let width = 0;
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const w = (crossings[i + 1] as number) - (crossings[i] as number);
      if (w > width) {
        width = w;
        best = [((crossings[i] as number) + (crossings[i + 1] as number)) / 2, lat];
      }
    }
    if (best && containsPoint(boundary, best[0], best[1])) return best;
  }
  return [(minLon + maxLon) / 2, (minLat + maxLat) / 2];
}

/** Many spaces, many points: a bounding-box prefilter in front of the exact test. */
export type SpaceIndex<T> = { locate(lon: number, lat: number): T | undefined };

export function buildSpaceIndex<T>(items: { value: T; boundary: Boundary }[]): SpaceIndex<T> {
  const entries = items.map((item) => ({ ...item, bbox: bboxOf(item.boundary) }));
  return {
    locate(lon, lat) {
      for (const e of entries) {
        const [a, b, c, d] = e.bbox;
        if (lon < a || lon > c || lat < b || lat > d) continue;
        if (containsPoint(e.boundary, lon, lat)) return e.value;
      }
      return undefined;
    },
  };
}

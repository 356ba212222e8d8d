/*
 * How fast does the point-in-space lookup assign points? 100,000 random points in Berlin's bounding box against
 * the 58 real LOR forecast areas (MultiPolygons, ~100,000 vertices in all).  npm run bench:point-in-space
 */
import fs from 'node:fs';
import { buildSpaceIndex, bboxOf, type Boundary } from '../server/modules/social-spaces/geometry';

const file = process.argv[2] ?? 'test-data/berlin-lor/berlin-lor-forecast-areas-from-2021.geojson';
const collection = JSON.parse(fs.readFileSync(file, 'utf8')) as { features: { properties: { id: string }; geometry: Boundary }[] };
const items = collection.features.map((f) => ({ value: f.properties.id, boundary: f.geometry }));
const vertices = items.reduce((n, i) => n + JSON.stringify(i.boundary).split('],[').length, 0);

const boxes = items.map((i) => bboxOf(i.boundary));
const box: [number, number, number, number] = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const points = Array.from({ length: 100_000 }, () => [box[0] + random() * (box[2] - box[0]), box[1] + random() * (box[3] - box[1])] as const);

for (let round = 1; round <= 3; round++) {
  const started = performance.now();
  const index = buildSpaceIndex(items);
  let found = 0;
  for (const [lon, lat] of points) if (index.locate(lon, lat) !== undefined) found++;
  const ms = performance.now() - started;
  console.log(JSON.stringify({ round, spaces: items.length, vertices, points: points.length, inASpace: found, ms: Math.round(ms), pointsPerSecond: Math.round(points.length / (ms / 1000)) }));
}

import { describe, expect, it } from 'vitest';
import { GERMANY_REGION as GERMANY } from '../offices';
import { boundaryProblems, buildSpaceIndex, containsPoint, interiorPoint, regionProblem, type Boundary } from './geometry';
import { parseSpacesCollection } from './geojson-import';

const square = (x: number, y: number, size: number): [number, number][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const donut: Boundary = { type: 'Polygon', coordinates: [square(10, 53, 1), square(10.25, 53.25, 0.5)] };
const twoIslands: Boundary = { type: 'MultiPolygon', coordinates: [[square(10, 53, 0.1)], [square(10.5, 53.5, 0.1)]] };

describe('boundary validation', () => {
  it('accepts closed rings in range and names what is wrong otherwise', () => {
    expect(boundaryProblems(donut)).toEqual([]);
    expect(boundaryProblems(twoIslands)).toEqual([]);
    const open = { type: 'Polygon', coordinates: [square(10, 53, 1).slice(0, 4).concat([[10, 53.5]])] };
    expect(boundaryProblems(open)[0]?.message).toMatch(/Außenring: nicht geschlossen/);
    const outOfRange = { type: 'MultiPolygon', coordinates: [[square(10, 53, 1)], [[[200, 53], [10, 53], [10, 54], [200, 53]]]] };
    expect(boundaryProblems(outOfRange)[0]?.message).toMatch(/Teilfläche 2, Außenring, Punkt 1: \[200, 53\] liegt außerhalb/);
    expect(boundaryProblems({ type: 'Point', coordinates: [10, 53] })[0]?.message).toMatch(/Polygon oder MultiPolygon/);
    expect(boundaryProblems({ type: 'Polygon', coordinates: [[[10, 53], [11, 53], [10, 53]]] })[0]?.message).toMatch(/mindestens 4 Punkte/);
  });

  it('tells swapped axes from a boundary that is simply elsewhere', () => {
    const hamburgArea: Boundary = { type: 'Polygon', coordinates: [square(9.9, 53.6, 0.2)] };
    const swapped: Boundary = { type: 'Polygon', coordinates: [square(9.9, 53.6, 0.2).map(([lon, lat]) => [lat, lon] as [number, number])] };
    const paris: Boundary = { type: 'Polygon', coordinates: [square(2.2, 48.8, 0.2)] };
    expect(regionProblem(hamburgArea, GERMANY)).toBeUndefined();
    expect(regionProblem(swapped, GERMANY)?.message).toMatch(/Breiten- und Längengrad vertauscht\?/);
    expect(regionProblem(paris, GERMANY)?.message).toMatch(/außerhalb der Region/);
    expect(regionProblem(paris, GERMANY)?.message).not.toMatch(/vertauscht/);
  });
});

describe('point in space', () => {
  it('respects holes and MultiPolygons', () => {
    expect(containsPoint(donut, 10.1, 53.1)).toBe(true);
    expect(containsPoint(donut, 10.5, 53.5)).toBe(false); // in the hole
    expect(containsPoint(donut, 11.5, 53.5)).toBe(false);
    expect(containsPoint(twoIslands, 10.55, 53.55)).toBe(true);
    expect(containsPoint(twoIslands, 10.3, 53.3)).toBe(false);
  });

  it('finds an interior point even for a donut', () => {
    const [lon, lat] = interiorPoint(donut);
    expect(containsPoint(donut, lon, lat)).toBe(true);
  });

  it('locates points among many spaces', () => {
    const index = buildSpaceIndex([
      { value: 'donut', boundary: donut },
      { value: 'islands', boundary: twoIslands },
      { value: 'hole-filler', boundary: { type: 'Polygon', coordinates: [square(10.25, 53.25, 0.5)] } },
    ]);
    expect(index.locate(10.1, 53.1)).toBe('donut');
    expect(index.locate(10.4, 53.4)).toBe('hole-filler');
    expect(index.locate(20, 50)).toBeUndefined();
  });
});

describe('GeoJSON import parsing', () => {
  const collection = (features: unknown[], crs?: unknown) => ({ type: 'FeatureCollection', ...(crs ? { crs } : {}), features });
  const feature = (name: unknown, code: unknown, geometry: unknown) => ({ type: 'Feature', properties: { name, id: code }, geometry });
  const options = { nameProperty: 'name', codeProperty: 'id' };

  it('reads EPSG:4326 and CRS84 as longitude/latitude, and refuses another CRS', () => {
    const features = [feature('Mitte', '01', donut)];
    for (const name of ['urn:ogc:def:crs:EPSG::4326', 'urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326']) {
      expect(parseSpacesCollection(collection(features, { type: 'name', properties: { name } }), options).spaces).toHaveLength(1);
    }
    const utm = parseSpacesCollection(collection(features, { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25833' } }), options);
    expect(utm.spaces).toEqual([]);
    expect(utm.problems[0]?.message).toMatch(/EPSG::25833.*nicht unterstützt/);
  });

  it('names the feature, the missing property and duplicate codes', () => {
    const result = parseSpacesCollection(
      collection([feature('Nord', 'N', donut), feature(undefined, 'S', donut), feature('Ost', 'N', donut), feature('West', 'W', { type: 'Polygon', coordinates: [] })]),
      options,
    );
    const messages = result.problems.map((p) => p.message);
    expect(messages).toContain('Feature 2: Eigenschaft „name“ (Name) fehlt.');
    expect(messages).toContain('Feature 3 („Ost“): Kürzel „N“ kommt schon in Feature 1 vor.');
    expect(messages).toContain('Feature 4 („West“): Die Grenze hat keine Koordinaten.');
  });
});

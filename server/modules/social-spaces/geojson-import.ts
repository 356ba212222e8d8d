import { type Boundary, boundaryProblems } from './geometry';

export type ImportedSpace = { index: number; name: string; code: string; boundary: Boundary; properties: Record<string, unknown> };
export type ImportProblem = { field: string; message: string };

const lonLatCrs = [/^EPSG:4326$/i, /^urn:ogc:def:crs:EPSG::4326$/i, /^urn:ogc:def:crs:OGC:1\.3:CRS84$/i, /^CRS84$/i, /^OGC:CRS84$/i];

/**
 * Reads a GeoJSON FeatureCollection of social spaces. Old-style `crs` members naming EPSG:4326 or CRS84 are read
 * as longitude/latitude, as GeoJSON practice has it; any other CRS is refused. Problems name the feature.
 */
export function parseSpacesCollection(
  input: unknown,
  options: { nameProperty: string; codeProperty: string },
): { spaces: ImportedSpace[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  if (typeof input !== 'object' || input === null || (input as { type?: unknown }).type !== 'FeatureCollection') {
    return { spaces: [], problems: [{ field: 'type', message: 'Erwartet wird eine GeoJSON-FeatureCollection.' }] };
  }
  const { crs, features } = input as { crs?: { properties?: { name?: unknown } }; features?: unknown };
  const crsName = crs?.properties?.name;
  if (crs !== undefined && crs !== null && !(typeof crsName === 'string' && lonLatCrs.some((re) => re.test(crsName)))) {
    problems.push({
      field: 'crs',
      message: `Koordinatensystem ${JSON.stringify(crsName ?? crs)} wird nicht unterstützt; bitte WGS 84 (EPSG:4326 / CRS84) in Länge/Breite liefern.`,
    });
    return { spaces: [], problems };
  }
  if (!Array.isArray(features) || features.length === 0) {
    return { spaces: [], problems: [{ field: 'features', message: 'Die FeatureCollection enthält keine Features.' }] };
  }
  const spaces: ImportedSpace[] = [];
  const codes = new Map<string, number>();
  features.forEach((feature: unknown, index) => {
    const label = `Feature ${index + 1}`;
    const { properties, geometry } = (feature ?? {}) as { properties?: Record<string, unknown> | null; geometry?: unknown };
    const name = properties?.[options.nameProperty];
    const code = properties?.[options.codeProperty];
    const named = typeof name === 'string' || typeof name === 'number' ? `${label} („${String(name)}“)` : label;
    if (typeof name !== 'string' && typeof name !== 'number') {
      problems.push({ field: `features.${index}.properties.${options.nameProperty}`, message: `${label}: Eigenschaft „${options.nameProperty}“ (Name) fehlt.` });
    }
    if (typeof code !== 'string' && typeof code !== 'number') {
      problems.push({ field: `features.${index}.properties.${options.codeProperty}`, message: `${named}: Eigenschaft „${options.codeProperty}“ (Kürzel) fehlt.` });
    }
    for (const p of boundaryProblems(geometry)) {
      problems.push({ field: `features.${index}.geometry${p.path ? `.${p.path}` : ''}`, message: `${named}: ${p.message}` });
    }
    if (typeof code === 'string' || typeof code === 'number') {
      const key = String(code).trim();
      const earlier = codes.get(key);
      if (earlier !== undefined) {
        problems.push({ field: `features.${index}.properties.${options.codeProperty}`, message: `${named}: Kürzel „${key}“ kommt schon in Feature ${earlier + 1} vor.` });
      }
      codes.set(key, index);
    }
    if (problems.length === 0 || problems.every((p) => !p.field.startsWith(`features.${index}.`))) {
      spaces.push({
        index,
        name: String(name).trim(),
        code: String(code).trim(),
        boundary: geometry as Boundary,
        properties: properties ?? {},
      });
    }
  });
  return { spaces, problems };
}

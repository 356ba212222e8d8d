/** Germany with a margin, [minLon, minLat, maxLon, maxLat]: the region of an office that has not set its own. */
export const GERMANY_REGION: [number, number, number, number] = [5.5, 47.0, 15.5, 55.2];

// Only for modules that are themselves loaded lazily (they pull in Leaflet): the maps of the social spaces and of
// the offers.
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import type { TileSource } from './tiles';

export { buildTimeTiles, type TileSource } from './tiles';

export const GERMANY_CENTRE: L.LatLngTuple = [51.16, 10.45];

/** [minLon, minLat, maxLon, maxLat] */
export type Bbox = [number, number, number, number];

export const boundsOf = (boxes: readonly Bbox[]): L.LatLngBounds | null => {
  if (boxes.length === 0) return null;
  const bounds = L.latLngBounds([]);
  for (const [minLon, minLat, maxLon, maxLat] of boxes) bounds.extend([[minLat, minLon], [maxLat, maxLon]]);
  return bounds;
};

export const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

type BaseMapOptions = {
  tiles: TileSource | null;
  zoomInTitle: string;
  zoomOutTitle: string;
};

/**
 * A Leaflet map as every map of the app starts: zoom buttons with our titles, no wheel zoom (the page scrolls with
 * the wheel; zooming works with the buttons, a double click, the keyboard or pinching), tiles only when configured.
 */
export function createBaseMap(element: HTMLElement, { tiles, zoomInTitle, zoomOutTitle }: BaseMapOptions): L.Map {
  const map = L.map(element, {
    zoomControl: false,
    attributionControl: tiles !== null,
    zoomSnap: 0.25,
    // Without tiles Leaflet knows no upper limit; street level is close enough.
    maxZoom: 18,
    scrollWheelZoom: false,
  });
  L.control.zoom({ zoomInTitle, zoomOutTitle }).addTo(map);
  if (tiles) L.tileLayer(tiles.url, { maxZoom: 19, attribution: tiles.attribution }).addTo(map);
  map.setView(GERMANY_CENTRE, 5);
  return map;
}

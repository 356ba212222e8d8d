/** A background map (raster tiles); without one, maps show their shapes and markers on a plain background. */
export type TileSource = { url: string; attribution: string };

// No background map by default: the app runs without internet, and nothing may be fetched from a tile server the
// office has not chosen (data protection). An installation with its own tile server can build the web app with, e.g.,
//   VITE_TILE_URL='https://tiles.example.org/{z}/{x}/{y}.png' VITE_TILE_ATTRIBUTION='© OpenStreetMap-Mitwirkende'
// This file does not load Leaflet, so pages may read it before the map itself has loaded.
const envUrl: unknown = import.meta.env.VITE_TILE_URL;
const envAttribution: unknown = import.meta.env.VITE_TILE_ATTRIBUTION;
export const buildTimeTiles: TileSource | null =
  typeof envUrl === 'string' && envUrl.length > 0
    ? { url: envUrl, attribution: typeof envAttribution === 'string' ? envAttribution : '' }
    : null;

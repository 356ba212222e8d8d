import L from 'leaflet';
import { useEffect, useRef } from 'react';
import type { SocialSpace } from '../../../../common/api/social-spaces';
import { boundsOf, buildTimeTiles, createBaseMap, reducedMotion } from '../../../components/map/leaflet-base';
import { colourOf } from './space-colours';
import type { MapSpace } from './space-map';

type Bbox = SocialSpace['bbox'];

const styleFor = (colour: string, selected: boolean): L.PathOptions => ({
  color: colour,
  weight: selected ? 4 : 2,
  opacity: 1,
  fillColor: colour,
  fillOpacity: selected ? 0.45 : 0.2,
});

type Drawn = { space: MapSpace; shape: L.GeoJSON; label: L.Tooltip };

export type LeafletMapProps = {
  spaces: MapSpace[];
  selectedId: string | null;
  onSelect: ((id: string) => void) | undefined;
  revealKey: number;
  fallbackRegion: Bbox | undefined;
  className: string;
};

/** Leaflet, used directly: polygons in each space's colour with its name as a permanent label. */
export function LeafletMap({ spaces, selectedId, onSelect, revealKey, fallbackRegion, className }: LeafletMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const drawnRef = useRef<Drawn[]>([]);
  // What the map was last fitted to; until the user pans or zooms, a new size (phone turned) fits it again.
  const homeRef = useRef<L.LatLngBounds | null>(null);
  const userMovedRef = useRef(false);
  // The latest handler, read at click time, so that a new function from the parent does not redraw the map.
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  });
  const interactive = Boolean(onSelect);

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    // No background map unless the installation configured one (see leaflet-base.ts).
    const map = createBaseMap(element, { tiles: buildTimeTiles, zoomInTitle: 'Vergrößern', zoomOutTitle: 'Verkleinern' });
    // Shapes and labels repeat what the list says in words; screen readers get the list, not a run of names.
    map.getPane('mapPane')?.setAttribute('aria-hidden', 'true');
    mapRef.current = map;
    const moved = () => {
      userMovedRef.current = true;
    };
    element.addEventListener('pointerdown', moved);
    element.addEventListener('keydown', moved);
    const resize = new ResizeObserver(() => {
      // A hidden or collapsing container has no size; fitting into it would zoom without end.
      if (element.clientWidth === 0 || element.clientHeight === 0) return;
      map.invalidateSize();
      if (homeRef.current && !userMovedRef.current) map.fitBounds(homeRef.current, { padding: [16, 16], animate: false });
    });
    resize.observe(element);
    return () => {
      element.removeEventListener('pointerdown', moved);
      element.removeEventListener('keydown', moved);
      resize.disconnect();
      map.remove();
      mapRef.current = null;
      drawnRef.current = [];
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const shapes = L.featureGroup().addTo(map);
    const labels = L.layerGroup().addTo(map);
    const drawn: Drawn[] = spaces.map((space) => {
      const shape = L.geoJSON(space.boundary, { style: styleFor(colourOf(space), false), interactive });
      shape.on('click', () => onSelectRef.current?.(space.id));
      shapes.addLayer(shape);
      // Text content, never HTML: names come from imported files.
      const text = document.createElement('span');
      text.textContent = space.name;
      const tooltip = L.tooltip({ permanent: true, direction: 'center', className: 'app-map-label', opacity: 1 })
        .setLatLng([space.labelPoint[1], space.labelPoint[0]])
        .setContent(text);
      labels.addLayer(tooltip);
      return { space, shape, label: tooltip };
    });
    drawnRef.current = drawn;

    // A label wider than its space would cover the neighbours: it waits until the user zooms in.
    const placeLabels = () => {
      for (const { space, label: tooltip } of drawn) {
        const element = tooltip.getElement();
        if (!element) continue;
        const [minLon, minLat, maxLon, maxLat] = space.bbox;
        const a = map.latLngToContainerPoint([minLat, minLon]);
        const b = map.latLngToContainerPoint([maxLat, maxLon]);
        const fits = Math.abs(b.x - a.x) >= element.offsetWidth * 0.8 && Math.abs(b.y - a.y) >= element.offsetHeight;
        element.classList.toggle('app-map-label--hidden', !fits);
      }
    };
    const bounds = boundsOf(spaces.map((s) => s.bbox)) ?? (fallbackRegion ? boundsOf([fallbackRegion]) : null);
    if (bounds) map.fitBounds(bounds, { padding: [16, 16], animate: false });
    homeRef.current = bounds;
    userMovedRef.current = false;
    placeLabels();
    map.on('zoomend', placeLabels);
    return () => {
      map.off('zoomend', placeLabels);
      shapes.remove();
      labels.remove();
      drawnRef.current = [];
    };
  }, [spaces, interactive, fallbackRegion]);

  useEffect(() => {
    for (const { space, shape, label: tooltip } of drawnRef.current) {
      const selected = space.id === selectedId;
      shape.setStyle(styleFor(colourOf(space), selected));
      if (selected) shape.bringToFront();
      tooltip.getElement()?.classList.toggle('app-map-label--selected', selected);
    }
  }, [selectedId, spaces]);

  useEffect(() => {
    const map = mapRef.current;
    const target = drawnRef.current.find((d) => d.space.id === selectedId);
    if (!map || !target || revealKey === 0) return;
    const bounds = boundsOf([target.space.bbox]);
    if (bounds) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15, animate: !reducedMotion() });
    homeRef.current = bounds;
    userMovedRef.current = false;
    // Only a new reveal moves the map, not a later change of the selection on the map itself.
  }, [revealKey]);

  // Leaflet makes the container focusable for its keyboard control; the group names what the keys do.
  return (
    <div
      ref={containerRef}
      className={className}
      role="group"
      aria-label="Kartenausschnitt: mit den Pfeiltasten verschieben, mit Plus und Minus vergrößern und verkleinern"
    />
  );
}

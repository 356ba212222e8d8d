import type L from 'leaflet';
import { useEffect, useRef } from 'react';
import type { SocialSpace } from '../../../../common/api/social-spaces';
import { boundsOf, buildTimeTiles, createBaseMap, reducedMotion } from '../../../components/map/leaflet-base';
import { drawSpaceShapes, refitOnResize, showSelectedSpace, type DrawnSpace } from '../../../components/map/space-shapes';
import { colourOf } from './space-colours';
import type { MapSpace } from './space-map';

type Bbox = SocialSpace['bbox'];

const styleFor = (space: MapSpace, selected: boolean): L.PathOptions => {
  const colour = colourOf(space);
  return {
    color: colour,
    weight: selected ? 4 : 2,
    opacity: 1,
    fillColor: colour,
    fillOpacity: selected ? 0.45 : 0.2,
  };
};

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
  const drawnRef = useRef<DrawnSpace<MapSpace>[]>([]);
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
    const stopRefitting = refitOnResize(map, element, () => (userMovedRef.current ? null : homeRef.current), 16);
    return () => {
      element.removeEventListener('pointerdown', moved);
      element.removeEventListener('keydown', moved);
      stopRefitting();
      map.remove();
      mapRef.current = null;
      drawnRef.current = [];
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const layer = drawSpaceShapes(map, spaces, { style: styleFor, interactive, onClick: (space) => onSelectRef.current?.(space.id), labelFit: 0.8 });
    drawnRef.current = layer.drawn;
    const bounds = boundsOf(spaces.map((s) => s.bbox)) ?? (fallbackRegion ? boundsOf([fallbackRegion]) : null);
    if (bounds) map.fitBounds(bounds, { padding: [16, 16], animate: false });
    homeRef.current = bounds;
    userMovedRef.current = false;
    layer.keepLabelsPlaced();
    return () => {
      layer.remove();
      drawnRef.current = [];
    };
  }, [spaces, interactive, fallbackRegion]);

  useEffect(() => {
    showSelectedSpace(drawnRef.current, selectedId, styleFor);
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

import type L from 'leaflet';
import { useEffect, useRef } from 'react';
import { boundsOf, buildTimeTiles, createBaseMap } from '../../../components/map/leaflet-base';
import { drawSpaceShapes, refitOnResize, showSelectedSpace, type DrawnSpace, type ShapeSpace } from '../../../components/map/space-shapes';

export type PickSpace = ShapeSpace;

export type PublicNeedLeafletMapProps = {
  className: string;
  spaces: readonly PickSpace[];
  selectedId: string;
  onSelect: (id: string) => void;
  texts: { zoomIn: string; zoomOut: string; keyboard: string };
};

const styleFor = (_space: PickSpace, selected: boolean): L.PathOptions => ({
  color: selected ? '#131525' : '#2044aa',
  weight: selected ? 4 : 2,
  opacity: 1,
  fillColor: selected ? '#2044aa' : '#ffffff',
  fillOpacity: selected ? 0.45 : 0.6,
});

/**
 * The spaces on a plain background (no tiles unless the installation configured them): a tap on a space chooses it.
 * The list beside the map is the accessible way to choose; the map itself is hidden from screen readers.
 */
export function PublicNeedLeafletMap({ className, spaces, selectedId, onSelect, texts }: PublicNeedLeafletMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const drawnRef = useRef<DrawnSpace<PickSpace>[]>([]);
  const homeRef = useRef<L.LatLngBounds | null>(null);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  });

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const map = createBaseMap(element, { tiles: buildTimeTiles, zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut });
    map.getPane('mapPane')?.setAttribute('aria-hidden', 'true');
    mapRef.current = map;
    // A phone turned sideways: fit the spaces into the new size again.
    const stopRefitting = refitOnResize(map, element, () => homeRef.current, 8);
    return () => {
      stopRefitting();
      map.remove();
      mapRef.current = null;
      drawnRef.current = [];
    };
    // The zoom titles are set once; a language switch remounts the map (see the key in public-need-space-map).
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const layer = drawSpaceShapes(map, spaces, { style: styleFor, onClick: (space) => onSelectRef.current(space.id), labelFit: 0.9 });
    drawnRef.current = layer.drawn;
    const bounds = boundsOf(spaces.map((s) => s.bbox));
    if (bounds) map.fitBounds(bounds, { padding: [8, 8], animate: false });
    homeRef.current = bounds;
    layer.keepLabelsPlaced();
    return () => {
      layer.remove();
      drawnRef.current = [];
    };
  }, [spaces]);

  useEffect(() => {
    showSelectedSpace(drawnRef.current, selectedId, styleFor);
  }, [selectedId, spaces]);

  return <div ref={containerRef} className={className} role="group" aria-label={texts.keyboard} />;
}

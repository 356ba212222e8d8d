import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { boundsOf, buildTimeTiles, createBaseMap, type Bbox } from '../../../components/map/leaflet-base';

export type PickSpace = { id: string; name: string; boundary: Parameters<typeof L.geoJSON>[0]; bbox: Bbox; labelPoint: [number, number] };

export type PublicNeedLeafletMapProps = {
  className: string;
  spaces: readonly PickSpace[];
  selectedId: string;
  onSelect: (id: string) => void;
  texts: { zoomIn: string; zoomOut: string; keyboard: string };
};

const styleFor = (selected: boolean): L.PathOptions => ({
  color: selected ? '#131525' : '#2044aa',
  weight: selected ? 4 : 2,
  opacity: 1,
  fillColor: selected ? '#2044aa' : '#ffffff',
  fillOpacity: selected ? 0.45 : 0.6,
});

type Drawn = { space: PickSpace; shape: L.GeoJSON; label: L.Tooltip };

/**
 * The spaces on a plain background (no tiles unless the installation configured them): a tap on a space chooses it.
 * The list beside the map is the accessible way to choose; the map itself is hidden from screen readers.
 */
export function PublicNeedLeafletMap({ className, spaces, selectedId, onSelect, texts }: PublicNeedLeafletMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const drawnRef = useRef<Drawn[]>([]);
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
    const resize = new ResizeObserver(() => {
      if (element.clientWidth === 0 || element.clientHeight === 0) return;
      map.invalidateSize();
      if (homeRef.current) map.fitBounds(homeRef.current, { padding: [8, 8], animate: false });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      map.remove();
      mapRef.current = null;
      drawnRef.current = [];
    };
    // The zoom titles are set once; a language switch remounts the map (see the key in public-need-space-map).
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const shapes = L.featureGroup().addTo(map);
    const labels = L.layerGroup().addTo(map);
    drawnRef.current = spaces.map((space) => {
      const shape = L.geoJSON(space.boundary, { style: styleFor(false) });
      shape.on('click', () => onSelectRef.current(space.id));
      shapes.addLayer(shape);
      // Text content, never HTML: the names come from the office's files.
      const text = document.createElement('span');
      text.textContent = space.name;
      const label = L.tooltip({ permanent: true, direction: 'center', className: 'app-map-label', opacity: 1, interactive: false })
        .setLatLng([space.labelPoint[1], space.labelPoint[0]])
        .setContent(text);
      labels.addLayer(label);
      return { space, shape, label };
    });
    // A label wider than its space would cover the neighbours' labels: it waits until the map is zoomed in.
    const placeLabels = () => {
      for (const { space, label } of drawnRef.current) {
        const element = label.getElement();
        if (!element) continue;
        const [minLon, minLat, maxLon, maxLat] = space.bbox;
        const a = map.latLngToContainerPoint([minLat, minLon]);
        const b = map.latLngToContainerPoint([maxLat, maxLon]);
        const fits = Math.abs(b.x - a.x) >= element.offsetWidth * 0.9 && Math.abs(b.y - a.y) >= element.offsetHeight;
        element.classList.toggle('app-map-label--hidden', !fits);
      }
    };
    const bounds = boundsOf(spaces.map((s) => s.bbox));
    if (bounds) map.fitBounds(bounds, { padding: [8, 8], animate: false });
    homeRef.current = bounds;
    placeLabels();
    map.on('zoomend', placeLabels);
    return () => {
      map.off('zoomend', placeLabels);
      shapes.remove();
      labels.remove();
      drawnRef.current = [];
    };
  }, [spaces]);

  useEffect(() => {
    for (const { space, shape, label } of drawnRef.current) {
      const selected = space.id === selectedId;
      shape.setStyle(styleFor(selected));
      if (selected) shape.bringToFront();
      label.getElement()?.classList.toggle('app-map-label--selected', selected);
    }
  }, [selectedId, spaces]);

  return <div ref={containerRef} className={className} role="group" aria-label={texts.keyboard} />;
}

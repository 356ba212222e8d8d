import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import type { SocialSpace } from '../../../../common/api/social-spaces';

// No background tiles unless the installation configured its own server (see the social spaces' map): the social
// spaces' boundaries give the orientation, the point is a circle (no image files to load).
const tileUrl: unknown = import.meta.env.VITE_TILE_URL;
const tileAttribution: unknown = import.meta.env.VITE_TILE_ATTRIBUTION;
const hasTiles = typeof tileUrl === 'string' && tileUrl.length > 0;
const GERMANY: L.LatLngTuple = [51.16, 10.45];

export type PickerSpace = Pick<SocialSpace, 'id' | 'name' | 'boundary' | 'bbox' | 'colour' | 'labelPoint'>;

export type EditLocationMapProps = {
  point: [number, number] | null;
  spaces: PickerSpace[];
  onPick: (point: [number, number]) => void;
  className: string;
};

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** A small map: a click sets the location's point; the typed coordinates move the circle. */
export function EditLocationMap({ point, spaces, onPick, className }: EditLocationMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markerRef = useRef<L.CircleMarker | null>(null);
  const onPickRef = useRef(onPick);
  useEffect(() => {
    onPickRef.current = onPick;
  });

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const map = L.map(element, { zoomControl: false, attributionControl: hasTiles, maxZoom: 18, scrollWheelZoom: false });
    L.control.zoom({ zoomInTitle: 'Vergrößern', zoomOutTitle: 'Verkleinern' }).addTo(map);
    if (typeof tileUrl === 'string' && tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: typeof tileAttribution === 'string' ? tileAttribution : '' }).addTo(map);
    }
    map.setView(GERMANY, 5);
    map.getPane('mapPane')?.setAttribute('aria-hidden', 'true');
    map.on('click', (event: L.LeafletMouseEvent) => onPickRef.current([round(event.latlng.lng), round(event.latlng.lat)]));
    mapRef.current = map;
    const resize = new ResizeObserver(() => {
      if (element.clientWidth > 0 && element.clientHeight > 0) map.invalidateSize();
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      map.remove();
      mapRef.current = null;
      markerRef.current = null;
    };
  }, []);

  // The spaces, once; the view starts at the point, or else shows all spaces.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const layer = L.featureGroup().addTo(map);
    for (const space of spaces) {
      const colour = space.colour ?? '#6e7597';
      const shape = L.geoJSON(space.boundary, { style: { color: colour, weight: 1.5, fillColor: colour, fillOpacity: 0.12 }, interactive: false });
      layer.addLayer(shape);
      // Text content, never HTML: names come from imported files.
      const text = document.createElement('span');
      text.textContent = space.name;
      layer.addLayer(
        L.tooltip({ permanent: true, direction: 'center', className: 'app-map-label', opacity: 1, interactive: false })
          .setLatLng([space.labelPoint[1], space.labelPoint[0]])
          .setContent(text),
      );
    }
    if (point) map.setView([point[1], point[0]], 14, { animate: false });
    else if (spaces.length) map.fitBounds(layer.getBounds(), { padding: [8, 8], animate: false });
    return () => {
      layer.remove();
    };
    // The view is set when the spaces arrive, not on every new point (that would undo the user's zoom).
  }, [spaces]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (!point) {
      markerRef.current?.remove();
      markerRef.current = null;
      return;
    }
    const latLng: L.LatLngTuple = [point[1], point[0]];
    if (markerRef.current) markerRef.current.setLatLng(latLng);
    else {
      markerRef.current = L.circleMarker(latLng, { radius: 9, color: '#131525', weight: 3, fillColor: '#2044aa', fillOpacity: 0.9, interactive: false }).addTo(map);
    }
    if (!map.getBounds().contains(latLng)) map.panTo(latLng, { animate: false });
  }, [point]);

  return (
    <div
      ref={containerRef}
      className={className}
      role="group"
      aria-label="Karte zum Setzen der Lage: ein Klick setzt den Punkt. Ohne Maus die Koordinaten in die Felder darüber eintragen."
    />
  );
}

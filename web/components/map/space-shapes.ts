// Like leaflet-base.ts, only for modules that are themselves loaded lazily (this pulls in Leaflet).
import L from 'leaflet';
import type { Bbox } from './leaflet-base';

/** A space as the maps draw it: its boundary, bounding box and where its name stands ([lon, lat]). */
export type ShapeSpace = { id: string; name: string; boundary: Parameters<typeof L.geoJSON>[0]; bbox: Bbox; labelPoint: readonly [number, number] };

export type DrawnSpace<S extends ShapeSpace> = { space: S; shape: L.GeoJSON; label: L.Tooltip };

type DrawOptions<S extends ShapeSpace> = {
  style: (space: S, selected: boolean) => L.PathOptions;
  /** Whether the shapes react to the pointer (default: yes). */
  interactive?: boolean;
  onClick: (space: S) => void;
  /** How much of a label's width its space must span on screen for the label to show. */
  labelFit: number;
};

/**
 * The spaces as shapes on the map, each with its name as a permanent label. `keepLabelsPlaced()` hides the labels
 * that do not fit now and again after every zoom; `remove()` takes it all off the map.
 */
export function drawSpaceShapes<S extends ShapeSpace>(map: L.Map, spaces: readonly S[], { style, interactive = true, onClick, labelFit }: DrawOptions<S>) {
  const shapes = L.featureGroup().addTo(map);
  const labels = L.layerGroup().addTo(map);
  const drawn: DrawnSpace<S>[] = spaces.map((space) => {
    const shape = L.geoJSON(space.boundary, { style: style(space, false), interactive });
    shape.on('click', () => onClick(space));
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
    for (const { space, label } of drawn) {
      const element = label.getElement();
      if (!element) continue;
      const [minLon, minLat, maxLon, maxLat] = space.bbox;
      const a = map.latLngToContainerPoint([minLat, minLon]);
      const b = map.latLngToContainerPoint([maxLat, maxLon]);
      const fits = Math.abs(b.x - a.x) >= element.offsetWidth * labelFit && Math.abs(b.y - a.y) >= element.offsetHeight;
      element.classList.toggle('app-map-label--hidden', !fits);
    }
  };
  return {
    drawn,
    keepLabelsPlaced: () => {
      placeLabels();
      map.on('zoomend', placeLabels);
    },
    remove: () => {
      map.off('zoomend', placeLabels);
      shapes.remove();
      labels.remove();
    },
  };
}

/** Marks the selected space: its style, in front of the others, its label highlighted. */
export function showSelectedSpace<S extends ShapeSpace>(drawn: readonly DrawnSpace<S>[], selectedId: string | null, style: (space: S, selected: boolean) => L.PathOptions) {
  for (const { space, shape, label } of drawn) {
    const selected = space.id === selectedId;
    shape.setStyle(style(space, selected));
    if (selected) shape.bringToFront();
    label.getElement()?.classList.toggle('app-map-label--selected', selected);
  }
}

/**
 * Fits the map to `home()` again whenever its container changes size (a phone turned sideways); `home()` returns null
 * to leave the view as it is. Returns the function that stops watching.
 */
export function refitOnResize(map: L.Map, element: HTMLElement, home: () => L.LatLngBounds | null, padding: number): () => void {
  const resize = new ResizeObserver(() => {
    // A hidden or collapsing container has no size; fitting into it would zoom without end.
    if (element.clientWidth === 0 || element.clientHeight === 0) return;
    map.invalidateSize();
    const bounds = home();
    if (bounds) map.fitBounds(bounds, { padding: [padding, padding], animate: false });
  });
  resize.observe(element);
  return () => resize.disconnect();
}

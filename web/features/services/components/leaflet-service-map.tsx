import L from 'leaflet';
import { useEffect, useRef } from 'react';
import type { MapFeatureCollection } from '../../../../common/api/services';
import { boundsOf, createBaseMap, reducedMotion, type Bbox, type TileSource } from '../../../components/map/leaflet-base';
import { mapViewText, type MapView } from '../hooks/service-query-string';

export type MapFeature = MapFeatureCollection['features'][number];
export type MapSpaceShape = { id: string; name: string; boundary: Parameters<typeof L.geoJSON>[0]; bbox: Bbox; labelPoint: [number, number] };
export type MapViewChange = { bbox: Bbox; zoom: number; view: MapView };

export type ServiceMapTexts = {
  zoomIn: string;
  zoomOut: string;
  keyboard: string;
  clusterLabel: (n: number) => string;
  clusterHere: (n: number) => string;
  clusterShowInList: string;
  pointLabel: (name: string) => string;
  popupDetails: string;
  closePopup: string;
  /** The language of the offers' own texts when it differs from the page's ('de' on the English page). */
  dataLang?: string | undefined;
};

export type LeafletServiceMapProps = {
  className: string;
  texts: ServiceMapTexts;
  tiles: TileSource | null;
  spaces: MapSpaceShape[];
  /** What the map shows when nothing else is asked for: the social spaces, or the office's region. */
  home: Bbox | null;
  features: MapFeature[];
  /** A view asked for from outside (the address); the map reports its own moves through onViewChange. */
  view: MapView | null;
  onViewChange?: (change: MapViewChange) => void;
  circle: { center: [number, number]; radius: number } | null;
  highlight: [number, number] | null;
  /** While true, a click on the map chooses a point (onPick) instead of doing nothing. */
  picking: boolean;
  onPick?: (point: [number, number]) => void;
  onPickCancel?: () => void;
  /** A cluster that cannot be split further (same address): show its offers in the list instead. */
  onShowHere?: (point: [number, number]) => void;
  /** Links in popups; without it, points are plain markers without a popup. */
  servicePath?: (id: string) => string;
  onOpenService?: (id: string) => void;
};

const MAX_ZOOM = 18;
const spaceStyle: L.PathOptions = { color: '#6e7597', weight: 1.5, opacity: 1, fillColor: '#ffffff', fillOpacity: 0.7 };

const clampBbox = (bounds: L.LatLngBounds): Bbox => {
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  const minLon = round(Math.max(-180, bounds.getWest()));
  const minLat = round(Math.max(-90, bounds.getSouth()));
  const maxLon = round(Math.min(180, bounds.getEast()));
  const maxLat = round(Math.min(90, bounds.getNorth()));
  return [minLon, minLat, Math.max(maxLon, minLon + 1e-5), Math.max(maxLat, minLat + 1e-5)];
};

function clusterIcon(count: number): L.DivIcon {
  const size = count < 10 ? 34 : count < 100 ? 42 : 50;
  const label = document.createElement('span');
  label.className = 'app-cluster__count';
  label.textContent = String(count);
  return L.divIcon({ html: label, className: 'app-cluster', iconSize: [size, size] });
}

const pointIcon = L.divIcon({ className: 'app-point', iconSize: [22, 22], popupAnchor: [0, -8] });

/** Text nodes only: names come from the offices' data and imports, never as HTML. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const OVERLAP_PX = 44;

/**
 * The server groups offers on a grid; two groups on either side of a cell border can still land on top of each
 * other. Those are drawn as one cluster (count and extent added up), so that no number hides another.
 */
export function mergeOverlapping(features: MapFeature[], toPixel: (lat: number, lon: number) => { x: number; y: number }): MapFeature[] {
  type Group = { x: number; y: number; count: number; lon: number; lat: number; bbox: Bbox; members: MapFeature[] };
  const groups: Group[] = [];
  for (const feature of features) {
    const [lon, lat] = feature.geometry.coordinates;
    const p = feature.properties;
    const count = p.kind === 'cluster' ? p.count : 1;
    const bbox: Bbox = p.kind === 'cluster' ? p.bbox : [lon, lat, lon, lat];
    const { x, y } = toPixel(lat, lon);
    const near = groups.find((g) => Math.hypot(g.x - x, g.y - y) < OVERLAP_PX);
    if (!near) {
      groups.push({ x, y, count, lon, lat, bbox, members: [feature] });
      continue;
    }
    const total = near.count + count;
    near.lon = (near.lon * near.count + lon * count) / total;
    near.lat = (near.lat * near.count + lat * count) / total;
    near.x = (near.x * near.count + x * count) / total;
    near.y = (near.y * near.count + y * count) / total;
    near.count = total;
    near.bbox = [Math.min(near.bbox[0], bbox[0]), Math.min(near.bbox[1], bbox[1]), Math.max(near.bbox[2], bbox[2]), Math.max(near.bbox[3], bbox[3])];
    near.members.push(feature);
  }
  return groups.map((g) =>
    g.members.length === 1 && g.members[0]
      ? g.members[0]
      : { type: 'Feature', geometry: { type: 'Point', coordinates: [g.lon, g.lat] }, properties: { kind: 'cluster', count: g.count, bbox: g.bbox } },
  );
}

/** Enter and Space act on a marker like on any button (Leaflet itself knows only Enter, for popups). */
function activateWithKeys(marker: L.Marker, act: () => void) {
  marker.getElement()?.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    // Also keeps Leaflet's own keypress handler (which toggles the popup) from running a second time.
    event.preventDefault();
    event.stopPropagation();
    act();
  });
}

/**
 * The offers on a Leaflet map: the server's clusters as circles with their count (a click zooms in), single offers
 * as markers with a popup, the social spaces as a plain background. Markers are buttons for the keyboard.
 */
export function LeafletServiceMap(props: LeafletServiceMapProps) {
  const { className, texts, spaces, features, view, circle, highlight, picking, home, tiles } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layersRef = useRef<Record<'spaces' | 'labels' | 'markers' | 'circle' | 'highlight', L.LayerGroup> | null>(null);
  // The latest props, read inside Leaflet's handlers so that new functions from the parent do not rebuild the map.
  const propsRef = useRef(props);
  useEffect(() => {
    propsRef.current = props;
  });
  // The view last reported to the parent (or applied from it), to tell its own moves from a request from outside.
  const lastViewRef = useRef<string | null>(null);
  const appliedViewRef = useRef<MapView | null>(null);
  const drawnMarkersRef = useRef(new Map<string, L.Marker>());
  const drawnTextsRef = useRef<ServiceMapTexts | null>(null);
  const userMovedRef = useRef(false);
  const circleKeyRef = useRef<string | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = createBaseMap(container, { tiles, zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut });
    map.setMaxZoom(MAX_ZOOM);
    // Boundaries and their labels are background; the markers are what a keyboard or screen reader user can reach.
    map.getPane('overlayPane')?.setAttribute('aria-hidden', 'true');
    map.getPane('tooltipPane')?.setAttribute('aria-hidden', 'true');
    // The names of the spaces lie under the markers, not over them.
    const labelPane = map.createPane('spaceLabels');
    labelPane.style.zIndex = '450';
    labelPane.setAttribute('aria-hidden', 'true');
    mapRef.current = map;
    layersRef.current = {
      spaces: L.layerGroup().addTo(map),
      labels: L.layerGroup().addTo(map),
      circle: L.layerGroup().addTo(map),
      highlight: L.layerGroup().addTo(map),
      markers: L.layerGroup().addTo(map),
    };

    const report = () => {
      if (container.clientWidth === 0 || container.clientHeight === 0) return;
      const centre = map.getCenter();
      // Leaflet centres on whole pixels: a view set from the address comes back a hair off. Within a pixel it is
      // reported as asked, so that a reloaded or shared address stays exactly the same.
      const applied = appliedViewRef.current;
      const size = map.getSize();
      const onApplied =
        applied !== null &&
        applied.zoom === map.getZoom() &&
        map.latLngToContainerPoint([applied.lat, applied.lon]).distanceTo([size.x / 2, size.y / 2]) < 1.5;
      const current: MapView = onApplied ? applied : { zoom: map.getZoom(), lat: centre.lat, lon: centre.lng };
      lastViewRef.current = mapViewText(current);
      propsRef.current.onViewChange?.({ bbox: clampBbox(map.getBounds()), zoom: Math.round(map.getZoom()), view: current });
    };
    const initial = propsRef.current;
    if (initial.view) {
      appliedViewRef.current = initial.view;
      map.setView([initial.view.lat, initial.view.lon], initial.view.zoom, { animate: false });
      userMovedRef.current = true;
      // A saved view wins over the circle: a reloaded link shows what its sender saw.
      if (initial.circle) circleKeyRef.current = `${initial.circle.center.join(',')}/${initial.circle.radius}`;
    } else if (!initial.circle) {
      const bounds = boundsOf(initial.home ? [initial.home] : []);
      if (bounds) map.fitBounds(bounds, { padding: [16, 16], animate: false });
    }
    map.on('moveend', report);
    report();

    map.on('click', (event: L.LeafletMouseEvent) => {
      if (!propsRef.current.picking) return;
      propsRef.current.onPick?.([event.latlng.lng, event.latlng.lat]);
    });
    const moved = () => {
      userMovedRef.current = true;
    };
    const onKey = (event: KeyboardEvent) => {
      moved();
      if (event.key === 'Escape' && propsRef.current.picking) propsRef.current.onPickCancel?.();
    };
    container.addEventListener('pointerdown', moved);
    container.addEventListener('keydown', onKey);

    // Popups: our own label on the close button, focus into the popup and back to its marker afterwards.
    let opener: HTMLElement | null = null;
    map.on('popupopen', (event: L.PopupEvent) => {
      const popup = event.popup.getElement();
      const close = popup?.querySelector<HTMLElement>('.leaflet-popup-close-button');
      close?.setAttribute('aria-label', propsRef.current.texts.closePopup);
      close?.setAttribute('title', propsRef.current.texts.closePopup);
      opener = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement : null;
      popup?.querySelector<HTMLElement>('.app-map-popup a, .app-map-popup button')?.focus({ preventScroll: true });
    });
    map.on('popupclose', () => {
      if (opener && opener.isConnected && (document.activeElement === document.body || container.contains(document.activeElement))) {
        opener.focus({ preventScroll: true });
      }
      opener = null;
    });

    const resize = new ResizeObserver(() => {
      // A hidden or collapsing container has no size; fitting into it would zoom without end.
      if (container.clientWidth === 0 || container.clientHeight === 0) return;
      map.invalidateSize();
      const bounds = boundsOf(propsRef.current.home ? [propsRef.current.home] : []);
      // Until someone moves it (or a saved view or a circle placed it), the map keeps showing the whole area.
      if (bounds && !userMovedRef.current && !circleKeyRef.current) {
        map.fitBounds(bounds, { padding: [16, 16], animate: false });
      }
      report();
    });
    resize.observe(container);
    return () => {
      container.removeEventListener('pointerdown', moved);
      container.removeEventListener('keydown', onKey);
      resize.disconnect();
      map.remove();
      mapRef.current = null;
      layersRef.current = null;
      drawnMarkersRef.current.clear();
    };
    // The map is built once; its later changes come through the effects below.
  }, []);

  // A view asked for from outside: Back and Forward, "show on map", a shared link.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (view) {
      if (mapViewText(view) === lastViewRef.current) return;
      lastViewRef.current = mapViewText(view);
      userMovedRef.current = true;
      appliedViewRef.current = view;
      map.setView([view.lat, view.lon], view.zoom, { animate: !reducedMotion() });
    } else if (lastViewRef.current !== null) {
      // The address lost its view (the menu link "Angebote"): back to the whole area.
      userMovedRef.current = false;
      const bounds = boundsOf(propsRef.current.home ? [propsRef.current.home] : []);
      if (bounds) map.fitBounds(bounds, { padding: [16, 16], animate: false });
    }
  }, [view]);

  // The spaces arrive after the map: until someone moves it, the map follows the whole area.
  useEffect(() => {
    const map = mapRef.current;
    const bounds = boundsOf(home ? [home] : []);
    if (!map || !bounds || userMovedRef.current || circleKeyRef.current) return;
    map.fitBounds(bounds, { padding: [16, 16], animate: false });
  }, [home]);

  // Social spaces: a light shape with a thin border and the name, as orientation without tiles.
  useEffect(() => {
    const map = mapRef.current;
    const layers = layersRef.current;
    if (!map || !layers) return;
    layers.spaces.clearLayers();
    layers.labels.clearLayers();
    const labels: { space: MapSpaceShape; tooltip: L.Tooltip }[] = [];
    for (const space of spaces) {
      layers.spaces.addLayer(L.geoJSON(space.boundary, { style: spaceStyle, interactive: false }));
      const text = element('span', '', space.name);
      const tooltip = L.tooltip({ permanent: true, direction: 'center', className: 'app-map-label app-map-label--quiet', opacity: 1, pane: 'spaceLabels' })
        .setLatLng([space.labelPoint[1], space.labelPoint[0]])
        .setContent(text);
      layers.labels.addLayer(tooltip);
      labels.push({ space, tooltip });
    }
    // A label wider than its space would cover the neighbours: it waits until the user zooms in.
    const placeLabels = () => {
      for (const { space, tooltip } of labels) {
        const node = tooltip.getElement();
        if (!node) continue;
        const [minLon, minLat, maxLon, maxLat] = space.bbox;
        const a = map.latLngToContainerPoint([minLat, minLon]);
        const b = map.latLngToContainerPoint([maxLat, maxLon]);
        const fits = Math.abs(b.x - a.x) >= node.offsetWidth * 0.8 && Math.abs(b.y - a.y) >= node.offsetHeight;
        node.classList.toggle('app-map-label--hidden', !fits);
      }
    };
    placeLabels();
    map.on('zoomend', placeLabels);
    return () => {
      map.off('zoomend', placeLabels);
    };
  }, [spaces]);

  // Clusters and points from the server.
  useEffect(() => {
    const map = mapRef.current;
    const layers = layersRef.current;
    if (!map || !layers) return;
    // Markers that are still there stay (an open popup stays open, focus stays on its marker); others go or come.
    const drawn = drawnMarkersRef.current;
    const wanted = mergeOverlapping(features, (lat, lon) => map.latLngToContainerPoint([lat, lon]));
    const keyOf = (f: MapFeature) =>
      f.properties.kind === 'cluster' ? `c:${f.geometry.coordinates.join(',')}:${f.properties.count}` : `p:${f.properties.id}:${f.geometry.coordinates.join(',')}`;
    const keep = new Set(wanted.map(keyOf));
    for (const [key, marker] of drawn) {
      if (keep.has(key) && drawnTextsRef.current === texts) continue;
      layers.markers.removeLayer(marker);
      drawn.delete(key);
    }
    drawnTextsRef.current = texts;
    for (const feature of wanted) {
      const key = keyOf(feature);
      if (drawn.has(key)) continue;
      const [lon, lat] = feature.geometry.coordinates;
      const p = feature.properties;
      if (p.kind === 'cluster') {
        const label = texts.clusterLabel(p.count);
        const marker = L.marker([lat, lon], { icon: clusterIcon(p.count), keyboard: true, title: label, riseOnHover: true });
        const [minLon, minLat, maxLon, maxLat] = p.bbox;
        // Offers at one address stay one cluster however far one zooms: they are listed instead.
        const inseparable = maxLon - minLon < 0.0004 && maxLat - minLat < 0.0003;
        marker.on('click', () => {
          if (inseparable || map.getZoom() >= MAX_ZOOM) {
            const box = element('div', 'app-map-popup');
            box.append(element('strong', '', texts.clusterHere(p.count)));
            const button = element('button', 'kern-btn kern-btn--secondary kern-btn--small');
            button.type = 'button';
            button.append(element('span', 'kern-label', texts.clusterShowInList));
            button.addEventListener('click', () => {
              map.closePopup();
              propsRef.current.onShowHere?.([lon, lat]);
            });
            box.append(button);
            L.popup().setLatLng([lat, lon]).setContent(box).openOn(map);
            return;
          }
          const bounds = boundsOf([p.bbox]);
          if (bounds) map.fitBounds(bounds, { padding: [48, 48], maxZoom: MAX_ZOOM, animate: !reducedMotion() });
        });
        layers.markers.addLayer(marker);
        drawn.set(key, marker);
        marker.getElement()?.setAttribute('aria-label', label);
        activateWithKeys(marker, () => marker.fire('click'));
      } else {
        const label = texts.pointLabel(p.name);
        const linkable = Boolean(propsRef.current.servicePath);
        const marker = L.marker([lat, lon], { icon: pointIcon, keyboard: linkable, title: p.name, interactive: linkable });
        if (linkable) {
          const box = element('div', 'app-map-popup');
          const name = element('strong', 'app-map-popup__name', p.name);
          const organization = element('span', 'app-map-popup__org', p.organizationName);
          if (texts.dataLang) for (const node of [name, organization]) node.lang = texts.dataLang;
          box.append(name, organization);
          const link = element('a', 'kern-link', texts.popupDetails);
          link.href = propsRef.current.servicePath?.(p.id) ?? '#';
          link.addEventListener('click', (event) => {
            if (!propsRef.current.onOpenService || event.ctrlKey || event.metaKey || event.shiftKey) return;
            event.preventDefault();
            propsRef.current.onOpenService(p.id);
          });
          box.append(link);
          marker.bindPopup(box, { maxWidth: 260 });
        }
        layers.markers.addLayer(marker);
        drawn.set(key, marker);
        if (linkable) {
          marker.getElement()?.setAttribute('aria-label', label);
          activateWithKeys(marker, () => marker.openPopup());
        } else {
          marker.getElement()?.setAttribute('aria-hidden', 'true');
        }
      }
    }
  }, [features, texts]);

  // The search radius around a point.
  useEffect(() => {
    const map = mapRef.current;
    const layers = layersRef.current;
    if (!map || !layers) return;
    layers.circle.clearLayers();
    if (!circle) {
      circleKeyRef.current = null;
      return;
    }
    const [lon, lat] = circle.center;
    const ring = L.circle([lat, lon], { radius: circle.radius, interactive: false, color: '#2044aa', weight: 2, fillColor: '#2044aa', fillOpacity: 0.06 });
    layers.circle.addLayer(ring);
    layers.circle.addLayer(L.circleMarker([lat, lon], { radius: 6, interactive: false, color: '#ffffff', weight: 2, fillColor: '#2044aa', fillOpacity: 1 }));
    const key = `${circle.center.join(',')}/${circle.radius}`;
    // A new point or radius brings the whole circle into view; the same one after a reload keeps the saved view.
    if (circleKeyRef.current !== key) {
      circleKeyRef.current = key;
      map.fitBounds(ring.getBounds(), { padding: [24, 24], animate: !reducedMotion() });
    }
  }, [circle]);

  useEffect(() => {
    const layers = layersRef.current;
    if (!layers) return;
    layers.highlight.clearLayers();
    if (highlight) {
      layers.highlight.addLayer(
        L.circleMarker([highlight[1], highlight[0]], { radius: 20, interactive: false, color: '#131525', weight: 3, fill: false }),
      );
    }
  }, [highlight]);

  // Through classList: Leaflet keeps its own classes on the container, which a new className from React would drop.
  useEffect(() => {
    containerRef.current?.classList.toggle('app-map--picking', picking);
  }, [picking]);

  return <div ref={containerRef} className={className} role="group" aria-label={texts.keyboard} />;
}

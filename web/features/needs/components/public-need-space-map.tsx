import { lazy, Suspense, useId } from 'react';
import type { PublicNeedLeafletMapProps } from './public-need-leaflet-map';

// Leaflet (JavaScript and CSS) loads only when the form shows its map.
const PublicNeedLeafletMap = lazy(() => import('./public-need-leaflet-map').then((module) => ({ default: module.PublicNeedLeafletMap })));

type PublicNeedSpaceMapProps = Omit<PublicNeedLeafletMapProps, 'className'> & { label: string; note: string };

/** The map for choosing a space, as a named region with a note that points to the list. */
export function PublicNeedSpaceMap({ label, note, ...map }: PublicNeedSpaceMapProps) {
  const noteId = useId();
  const className = 'app-map app-map--small app-public-need__map';
  return (
    <div className="app-map-region" role="region" aria-label={label} aria-describedby={noteId}>
      {/* Leaflet lays out its controls for left-to-right pages; the Arabic form keeps the map itself left to right. */}
      <div dir="ltr">
        <Suspense fallback={<div className={`${className} leaflet-container`} />}>
          <PublicNeedLeafletMap className={className} {...map} />
        </Suspense>
      </div>
      <p className="kern-body kern-body--small app-muted app-map-note" id={noteId}>
        {note}
      </p>
    </div>
  );
}

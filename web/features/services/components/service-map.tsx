import { lazy, Suspense, useId, type ReactNode } from 'react';
import type { LeafletServiceMapProps } from './leaflet-service-map';

// Leaflet (JavaScript and CSS) loads with the first map on screen; a phone showing only the list never loads it.
const LeafletServiceMap = lazy(() => import('./leaflet-service-map').then((module) => ({ default: module.LeafletServiceMap })));

type ServiceMapProps = Omit<LeafletServiceMapProps, 'className'> & {
  /** The accessible name of the map region. */
  label: string;
  /** Visible text under the map: it names the accessible alternative (the list). */
  note: ReactNode;
  size: 'large' | 'small';
};

/** The offers on a map, as a named region with a note; the list beside it says the same in words. */
export function ServiceMap({ label, note, size, ...map }: ServiceMapProps) {
  const noteId = useId();
  const className = `app-map app-map--${size === 'large' ? 'services' : 'small'}`;
  return (
    <div className="app-map-region" role="region" aria-label={label} aria-describedby={noteId}>
      {/* Until Leaflet has loaded, an empty box of the same size keeps the page from jumping. */}
      <Suspense fallback={<div className={`${className} leaflet-container`} />}>
        <LeafletServiceMap className={className} {...map} />
      </Suspense>
      <div className="kern-body kern-body--small app-muted app-map-note" id={noteId}>
        {note}
      </div>
    </div>
  );
}

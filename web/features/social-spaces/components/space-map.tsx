import { lazy, Suspense, useId, type ReactNode } from 'react';
import type { SocialSpace } from '../../../../common/api/social-spaces';

export type MapSpace = Pick<SocialSpace, 'id' | 'code' | 'name' | 'boundary' | 'bbox' | 'labelPoint' | 'colour'>;

// Leaflet (JavaScript and CSS) loads with the first page that shows a map, not with every page of the app.
const LeafletMap = lazy(() => import('./leaflet-map').then((module) => ({ default: module.LeafletMap })));

type SpaceMapProps = {
  spaces: MapSpace[];
  /** The accessible name of the map region, e.g. "Karte der Sozialräume". */
  label: string;
  /** Visible text under the map; it names the accessible alternative (the list) and describes the region. */
  note: ReactNode;
  selectedId?: string | null;
  /** Clicking a space selects it; without this the shapes are not interactive. */
  onSelect?: (id: string) => void;
  /** Changes when the selection was made outside the map (in the list): the map then zooms to the space. */
  revealKey?: number;
  /** Shown when there are no spaces yet, e.g. the office's region. */
  fallbackRegion?: SocialSpace['bbox'] | undefined;
  size?: 'large' | 'small';
};

/**
 * The spaces on a map, as a named region with a note under it. The map is an extra for sighted users: every page
 * that shows it also gives the same information as text.
 */
export function SpaceMap(props: SpaceMapProps) {
  const { spaces, label, note, selectedId = null, onSelect, revealKey = 0, fallbackRegion, size = 'large' } = props;
  const noteId = useId();
  const className = `app-map app-map--${size}`;
  return (
    <div className="app-map-region" role="region" aria-label={label} aria-describedby={noteId}>
      {/* Until Leaflet has loaded, an empty box of the same size keeps the page from jumping. */}
      <Suspense fallback={<div className={`${className} leaflet-container`} />}>
        <LeafletMap
          spaces={spaces}
          selectedId={selectedId}
          onSelect={onSelect}
          revealKey={revealKey}
          fallbackRegion={fallbackRegion}
          className={className}
        />
      </Suspense>
      <p className="kern-body kern-body--small app-muted app-map-note" id={noteId}>
        {note}
      </p>
    </div>
  );
}

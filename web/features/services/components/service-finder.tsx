import './public-services.css';
import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { ServiceSummary } from '../../../../common/api/services';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { buildTimeTiles, type TileSource } from '../../../components/map/tiles';
import { useMediaQuery } from '../../../components/use-media-query';
import {
  DEFAULT_RADIUS,
  effectiveSort,
  emptyFilters,
  filterQuery,
  searchQuery,
  type ServiceSort,
} from '../hooks/service-query-string';
import { useServiceFilters } from '../hooks/use-service-filters';
import { useServiceMap, useServiceSearch, useTopics } from '../hooks/use-services';
import { useServicesLanguage } from '../hooks/use-services-language';
import type { MapSpaceShape, MapViewChange } from './leaflet-service-map';
import { ServiceMap } from './service-map';
import { ResultPages, ResultsHeader, ServiceList } from './service-results';
import { ServiceSearchForm } from './service-search-form';
import { mapTextsOf } from './texts';

type Bbox = [number, number, number, number];

export type ServiceFinderProps = {
  /** The office's code for visitors without an account; signed-in users search their own office. */
  office: string | undefined;
  /** False while the page still works out which office it shows. */
  enabled: boolean;
  spaces: MapSpaceShape[];
  /** Where the map looks when there are no spaces yet. */
  region: Bbox | undefined;
  /** Staff may also look for inactive offers. */
  showStatus: boolean;
  detailPath: (id: string) => string;
  /** A background map (an office setting one day; today the build-time VITE_TILE_URL); null = the plain background. */
  tiles?: TileSource | null;
};

const WIDE = '(min-width: 64rem)';
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** What a detail page needs to lead back to this very search. */
export type FromSearchState = { search: string };

/**
 * The Angebotslandkarte: search and filters, the result list and the map side by side (one or the other on a phone).
 * All of it lives in the address.
 */
export function ServiceFinder({ office, enabled, spaces, region, showStatus, detailPath, tiles = buildTimeTiles }: ServiceFinderProps) {
  const { lang, t, localPath } = useServicesLanguage();
  const { filters, mapView, view, setFilters, replaceFilters, setMapView, resetMapView, setView } = useServiceFilters();
  const wide = useMediaQuery(WIDE);
  const navigate = useNavigate();
  const location = useLocation();
  const results = useServiceSearch(searchQuery(filters, office), { enabled });
  const topics = useTopics(office, { enabled });
  const [viewport, setViewport] = useState<{ bbox: Bbox; zoom: number } | null>(null);
  const mapQuery = viewport ? { ...filterQuery(filters, office), bbox: viewport.bbox.join(','), zoom: viewport.zoom } : null;
  const mapData = useServiceMap(mapQuery, { enabled });
  const [picking, setPicking] = useState(false);
  const [locating, setLocating] = useState(false);
  const [locationFailed, setLocationFailed] = useState(false);
  const [highlight, setHighlight] = useState<[number, number] | null>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  const showMap = wide || view === 'map';
  const showList = wide || view === 'list';
  const sort = effectiveSort(filters);
  const sortOptions: ServiceSort[] = [...(filters.q ? ['relevance' as const] : []), ...(filters.near ? ['distance' as const] : []), 'name'];
  const spaceNames = useMemo(() => new Map(spaces.map((s) => [s.id, s.name])), [spaces]);
  // The whole area, or the spaces chosen in the filter.
  const spaceFilter = filters.spaceIds.join();
  const home = useMemo<Bbox | null>(() => {
    const chosen = spaceFilter ? spaces.filter((s) => spaceFilter.split(',').includes(s.id)) : [];
    const shown = chosen.length ? chosen : spaces;
    if (shown.length === 0) return region ?? null;
    return shown.reduce<Bbox>(
      (box, s) => [Math.min(box[0], s.bbox[0]), Math.min(box[1], s.bbox[1]), Math.max(box[2], s.bbox[2]), Math.max(box[3], s.bbox[3])],
      [180, 90, -180, -90],
    );
  }, [spaces, region, spaceFilter]);
  const circle = useMemo(
    () => (filters.near ? { center: filters.near, radius: filters.radius ?? DEFAULT_RADIUS } : null),
    [filters.near, filters.radius],
  );
  const mapTexts = useMemo(() => mapTextsOf(t, lang), [t, lang]);

  const detailLink = useCallback((id: string) => localPath(detailPath(id)), [localPath, detailPath]);
  const fromSearch: FromSearchState = { search: location.search };

  const onViewChange = useCallback(
    ({ bbox, zoom, view: next }: MapViewChange) => {
      setViewport((current) =>
        current && current.zoom === zoom && current.bbox.every((v, i) => v === bbox[i]) ? current : { bbox, zoom },
      );
      setMapView(next);
    },
    [setMapView],
  );

  const locate = () => {
    if (!('geolocation' in navigator)) return;
    setLocating(true);
    setLocationFailed(false);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        // About 100 m is precise enough for a radius and keeps an exact address out of a shared link.
        const point: [number, number] = [round(position.coords.longitude, 3), round(position.coords.latitude, 3)];
        setFilters({ near: point, radius: filters.radius ?? DEFAULT_RADIUS, nearSource: 'location', sort: null });
      },
      () => {
        setLocating(false);
        setLocationFailed(true);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };

  const mapColumnRef = useRef<HTMLDivElement>(null);
  const togglePicking = () => {
    setPicking((p) => !p);
    if (picking) return;
    if (!wide) setView('map');
    // The map may be below the open filters: bring it into view for the click.
    window.setTimeout(() => mapColumnRef.current?.querySelector('.app-map-region')?.scrollIntoView({ block: 'nearest' }));
  };

  const onPick = (point: [number, number]) => {
    setPicking(false);
    setFilters({ near: [round(point[0], 4), round(point[1], 4)], radius: filters.radius ?? DEFAULT_RADIUS, nearSource: 'map', sort: null });
  };

  const showOnMap = (item: ServiceSummary) => {
    if (!item.point) return;
    setHighlight(item.point);
    setMapView({ zoom: 16, lat: item.point[1], lon: item.point[0] });
    if (!wide) setView('map');
  };

  const turnPage = (page: number) => {
    setFilters({ page });
    resultsRef.current?.focus({ preventScroll: true });
    resultsRef.current?.scrollIntoView({ block: 'start' });
  };

  const skipToResults = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    resultsRef.current?.focus();
    resultsRef.current?.scrollIntoView({ block: 'start' });
  };

  const result = results.data;

  return (
    <div className="app-service-finder">
      <a className="app-service-skip" href="#service-results-heading" onClick={skipToResults}>
        {t.skipToList}
      </a>
      <ServiceSearchForm
        lang={lang}
        t={t}
        filters={filters}
        onSearch={(q) => setFilters({ q, sort: null })}
        onChange={setFilters}
        onReset={() => replaceFilters({ ...emptyFilters, q: filters.q })}
        spaces={spaces}
        topics={topics.data ?? []}
        showStatus={showStatus}
        initiallyOpen={false}
        near={{
          canLocate: typeof navigator !== 'undefined' && 'geolocation' in navigator,
          locating,
          locationFailed,
          onUseLocation: locate,
          picking,
          onTogglePicking: togglePicking,
        }}
      />

      <section className="app-service-results" aria-labelledby="service-results-heading">
        <ResultsHeader
          t={t}
          heading={
            <h2 className="kern-heading-medium app-focus-target" id="service-results-heading" tabIndex={-1} ref={resultsRef}>
              {t.results}
            </h2>
          }
          result={result} sort={sort} sortOptions={showList ? sortOptions : []} onSort={(s) => setFilters({ sort: s })}>
          {wide ? null : (
            <div className="app-view-switch" role="group" aria-label={t.viewToggle}>
              <button type="button" className="app-view-switch__button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
                {t.viewList}
              </button>
              <button type="button" className="app-view-switch__button" aria-pressed={view === 'map'} onClick={() => setView('map')}>
                {t.viewMap}
              </button>
            </div>
          )}
        </ResultsHeader>

        <div className={`app-service-layout${showMap && showList ? ' app-service-layout--split' : ''}`}>
          {showList ? (
            <div className="app-service-layout__list">
              {results.error ? (
                <ErrorAlert error={results.error} />
              ) : !result ? (
                <LoadingIndicator label={t.loading} />
              ) : result.items.length === 0 ? (
                <div className="app-empty">
                  <p className="kern-body">
                    <strong>{t.noResults}</strong> {t.noResultsHint}
                  </p>
                  {filters.q || filters.near || filters.spaceIds.length || filters.traits.length ? (
                    <div>
                      <Button variant="secondary" onClick={() => replaceFilters(emptyFilters)}>
                        {t.resetFilters}
                      </Button>
                    </div>
                  ) : null}
                </div>
              ) : (
                <>
                  <ServiceList
                    t={t}
                    lang={lang}
                    items={result.items}
                    detailLink={detailLink}
                    spaceNames={spaceNames}
                    onShowOnMap={showOnMap}
                    fromSearch={fromSearch}
                  />
                  <ResultPages t={t} page={filters.page} total={result.total} onPage={turnPage} />
                </>
              )}
            </div>
          ) : null}
          {showMap ? (
            <div className="app-service-layout__map" ref={mapColumnRef}>
              <ServiceMap
                size="large"
                label={t.mapLabel}
                note={
                  <>
                    <p className="kern-body kern-body--small">
                      {mapData.data ? t.mapCount(mapData.data.total) : t.mapLoading}
                      {/* Results elsewhere than where the map looks: one click brings them into view. */}
                      {mapData.data?.total === 0 && result && result.total > 0 ? (
                        <>
                          {' '}
                          <button type="button" className="kern-link app-link-button" onClick={resetMapView}>
                            {t.showWholeArea}
                          </button>
                        </>
                      ) : null}
                    </p>
                    <p className="kern-body kern-body--small">{t.mapNote}</p>
                  </>
                }
                texts={mapTexts}
                tiles={tiles}
                spaces={spaces}
                home={home}
                features={mapData.data?.features ?? []}
                view={mapView}
                onViewChange={onViewChange}
                circle={circle}
                highlight={highlight}
                picking={picking}
                onPick={onPick}
                onPickCancel={() => setPicking(false)}
                onShowHere={(point) => {
                  setFilters({ near: point, radius: 100, nearSource: 'map', sort: null });
                  if (!wide) setView('list');
                }}
                servicePath={detailLink}
                onOpenService={(id) => navigate(detailLink(id), { state: fromSearch })}
              />
              {/* The form announces it; here it stands where the eye is. */}
              {picking ? <p className="kern-body app-filter-note">{t.pickingHint}</p> : null}
            </div>
          ) : null}
        </div>
      </section>
    </div>
  );
}

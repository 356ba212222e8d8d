import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  keys,
  mapViewText,
  readFilters,
  readMapView,
  readResultsView,
  writeFilters,
  type MapView,
  type ResultsView,
  type ServiceFilters,
} from './service-query-string';

/**
 * The state of the offer map, read from and written to the address. A new search or filter is a new history entry
 * (Back undoes it); moving the map only replaces the current one.
 */
export function useServiceFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const mapView = useMemo(() => readMapView(params), [params]);
  const view = readResultsView(params);

  /** Changes filters; any change but a page turn starts again at page 1. */
  const setFilters = useCallback(
    (patch: Partial<ServiceFilters>) =>
      setParams(
        (current) => {
          const base = readFilters(current);
          const next = writeFilters(current, { ...base, ...patch, page: patch.page ?? 1 });
          // A new search or filter starts from the overview (the whole area, the chosen spaces or the circle): the
          // saved view goes. Turning a page or sorting keeps it.
          const searchChanged = (Object.keys(patch) as (keyof ServiceFilters)[]).some(
            (key) => key !== 'page' && key !== 'sort' && JSON.stringify(patch[key]) !== JSON.stringify(base[key]),
          );
          if (searchChanged) next.delete(keys.map);
          return next;
        },
        { preventScrollReset: true },
      ),
    [setParams],
  );

  const replaceFilters = useCallback(
    (filters: ServiceFilters) =>
      setParams(
        (current) => {
          const next = writeFilters(current, filters);
          next.delete(keys.map);
          return next;
        },
        { preventScrollReset: true },
      ),
    [setParams],
  );

  const setMapView = useCallback(
    (next: MapView, { push = false }: { push?: boolean } = {}) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.set(keys.map, mapViewText(next));
          return updated;
        },
        { replace: !push, preventScrollReset: true },
      ),
    [setParams],
  );

  /** Forgets the saved map view: the map shows the whole area (or the chosen spaces) again. */
  const resetMapView = useCallback(
    () =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.delete(keys.map);
          return updated;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );

  const setView = useCallback(
    (next: ResultsView) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next === 'map') updated.set(keys.view, 'karte');
          else updated.delete(keys.view);
          return updated;
        },
        { preventScrollReset: true },
      ),
    [setParams],
  );

  return { filters, mapView, view, setFilters, replaceFilters, setMapView, resetMapView, setView };
}

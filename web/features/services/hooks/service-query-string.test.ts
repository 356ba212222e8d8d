import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  effectiveSort,
  emptyFilters,
  filterQuery,
  mapViewText,
  readFilters,
  readMapView,
  searchQuery,
  writeFilters,
  type ServiceFilters,
} from './service-query-string';

const space = '646229d7-1caf-4538-8628-9c9321db15f9';
const topic = '944141ac-3e86-44ba-82a4-acdaaee478a5';

describe('the offer map in the address', () => {
  it('writes every filter and reads the same filters back', () => {
    const filters: ServiceFilters = {
      q: 'Fußball',
      spaceIds: [space],
      topicIds: [topic],
      age: 8,
      traits: ['free_of_charge', 'inclusive'],
      languages: ['tr'],
      targetGroups: ['children'],
      openDay: 'WE',
      openTime: '15:00',
      near: [9.99213, 53.70611],
      radius: 1000,
      nearSource: 'location',
      status: 'all',
      sort: 'distance',
      page: 3,
    };
    const params = writeFilters(new URLSearchParams('lang=en&karte=13%2F53.7%2F10'), filters);
    expect(params.toString()).toBe(
      'lang=en&karte=13%2F53.7%2F10&q=Fu%C3%9Fball&sozialraum=646229d7-1caf-4538-8628-9c9321db15f9&thema=944141ac-3e86-44ba-82a4-acdaaee478a5' +
        '&alter=8&merkmal=free_of_charge&merkmal=inclusive&sprache=tr&zielgruppe=children&tag=WE&uhrzeit=15%3A00' +
        '&nahe=9.99213%2C53.70611&umkreis=1000&ort=standort&status=all&sortierung=entfernung&seite=3',
    );
    expect(readFilters(params)).toEqual(filters);
  });

  it('leaves out what it does not understand instead of sending it to the server', () => {
    const filters = readFilters(
      new URLSearchParams('sozialraum=nope&thema=1,2&alter=200&merkmal=free_of_charge,flying&sprache=DEU&tag=XX&uhrzeit=25:00&nahe=200,100&status=open&sortierung=zufall&seite=0'),
    );
    expect(filters).toEqual({ ...emptyFilters, traits: ['free_of_charge'] });
  });

  it('accepts repeated and comma-separated lists, without duplicates', () => {
    expect(readFilters(new URLSearchParams('merkmal=childcare,inclusive&merkmal=childcare')).traits).toEqual(['childcare', 'inclusive']);
  });

  it('keeps a radius only with a point, and a time only with a day', () => {
    expect(readFilters(new URLSearchParams('umkreis=500')).radius).toBeNull();
    expect(readFilters(new URLSearchParams('nahe=10,53.7')).radius).toBe(2000);
    expect(writeFilters(new URLSearchParams(), { ...emptyFilters, openTime: '10:00' }).toString()).toBe('');
  });

  it('sorts by relevance with a search, by distance with a point, else by name, whatever the address asks for', () => {
    expect(effectiveSort(emptyFilters)).toBe('name');
    expect(effectiveSort({ ...emptyFilters, q: 'Trauer' })).toBe('relevance');
    expect(effectiveSort({ ...emptyFilters, near: [10, 53.7] })).toBe('distance');
    expect(effectiveSort({ ...emptyFilters, sort: 'distance' })).toBe('name');
    expect(effectiveSort({ ...emptyFilters, q: 'Trauer', sort: 'name' })).toBe('name');
  });

  it('turns the filters into the API query of the list and of the map', () => {
    const filters: ServiceFilters = { ...emptyFilters, q: 'Kinder', traits: ['free_of_charge', 'childcare'], near: [10, 53.7], page: 2 };
    expect(filterQuery(filters, 'norderstedt')).toEqual({
      office: 'norderstedt',
      q: 'Kinder',
      spaceId: undefined,
      topic: undefined,
      age: undefined,
      traits: 'free_of_charge,childcare',
      language: undefined,
      targetGroup: undefined,
      openDay: undefined,
      openTime: undefined,
      near: '10,53.7',
      radius: 2000,
      status: undefined,
    });
    expect(searchQuery(filters, undefined)).toMatchObject({ sort: 'relevance', page: 2, perPage: 20 });
    expect(activeFilterCount(filters)).toBe(2);
  });

  it('reads and writes the map view as zoom/latitude/longitude', () => {
    const text = mapViewText({ zoom: 12.26, lat: 53.700021, lon: 10.000204 });
    expect(text).toBe('12.25/53.70002/10.00020');
    expect(readMapView(new URLSearchParams({ karte: text }))).toEqual({ zoom: 12.25, lat: 53.70002, lon: 10.0002 });
    expect(readMapView(new URLSearchParams({ karte: '30/53/10' }))).toBeNull();
  });
});

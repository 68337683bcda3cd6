/**
 * Natural Earth's countries (admin 0, 1:50m and 1:110m) as the world-atlas package holds them,
 * read with topojson-client, and what the content check and the maps ask of them. Build time
 * only: this reads node_modules and never reaches the browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Scale = '50m' | '110m';
export type Country = Feature<Polygon | MultiPolygon, { name: string }>;

export interface Atlas {
  countries: Country[];
  country(name: string): Country | undefined;
  /** The boundary two countries share, as the dataset draws it; empty if they share none. */
  border(a: string, b: string): MultiLineString;
}

const atlases = new Map<Scale, Atlas>();

/** The atlas at a scale, read once. */
export function atlas(scale: Scale = '50m'): Atlas {
  const known = atlases.get(scale);
  if (known) return known;
  const require = createRequire(import.meta.url);
  const file = require.resolve(`world-atlas/countries-${scale}.json`);
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topo, topo.objects.countries).features as Country[];
  const byName = new Map(countries.map((c) => [c.properties.name, c]));
  const nameOf = (g: { properties?: object | undefined }) =>
    String((g.properties as { name?: string } | undefined)?.name ?? '');
  const pair = (a: string, b: string) => [a, b].sort().join('\n');
  const made: Atlas = {
    countries,
    country: (name) => byName.get(name),
    border: (a, b) =>
      mesh(
        topo,
        topo.objects.countries,
        (x, y) => x !== y && pair(nameOf(x), nameOf(y)) === pair(a, b),
      ),
  };
  atlases.set(scale, made);
  return made;
}

/** Whether a [longitude, latitude] point lies in the named country, by Natural Earth. */
export function inCountry(name: string, point: readonly [number, number], scale?: Scale): boolean {
  const c = atlas(scale).country(name);
  return c !== undefined && geoContains(c, [point[0], point[1]]);
}

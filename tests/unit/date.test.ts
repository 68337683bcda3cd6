import { describe, expect, it } from 'vitest';
import {
  EventDateSchema,
  PartialDateSchema,
  PublishedSchema,
  dateBounds,
} from '../../src/schemas/date';

const parse = (v: unknown) => PartialDateSchema().safeParse(v);

describe('PartialDateSchema', () => {
  it('reads the precision from the form of the date', () => {
    expect(parse('2024-03-18').data).toMatchObject({
      precision: 'day',
      year: 2024,
      month: 3,
      day: 18,
    });
    expect(parse('2021-11').data).toMatchObject({ precision: 'month', year: 2021, month: 11 });
    expect(parse('2022').data).toMatchObject({ precision: 'year', year: 2022 });
  });

  it('accepts a bare year number, as YAML gives it', () => {
    expect(parse(2022).data?.iso).toBe('2022');
  });

  it('refuses days that do not exist, including 30 February and 29 February of a common year', () => {
    expect(parse('2024-02-30').success).toBe(false);
    expect(parse('2023-02-29').success).toBe(false);
    expect(parse('2024-02-29').success).toBe(true);
    expect(parse('2024-04-31').success).toBe(false);
  });

  it('refuses month 13 and free text', () => {
    expect(parse('2024-13').error?.issues[0]?.message).toMatch(/no month 13/);
    expect(parse('March 2024').error?.issues[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it('refuses unquoted YAML timestamps, which roll impossible days over silently', () => {
    expect(parse(new Date('2024-03-01')).error?.issues[0]?.message).toMatch(/quoted string/);
  });
});

describe('EventDateSchema', () => {
  const ev = (v: object) => EventDateSchema().safeParse(v);

  it('requires a note on an inferred date', () => {
    const r = ev({ start: '2024-03-18', basis: 'inferred' });
    expect(r.error?.issues[0]).toMatchObject({ path: ['note'] });
    expect(ev({ start: '2024-03-18', basis: 'inferred', note: 'From "on Monday".' }).success).toBe(
      true,
    );
  });

  it('refuses an end before or equal to the start, across precisions', () => {
    expect(ev({ start: '2024-03-18', end: '2024-03-16', basis: 'stated' }).success).toBe(false);
    expect(ev({ start: '2024-03', end: '2024-02-15', basis: 'stated' }).success).toBe(false);
    expect(ev({ start: '2024', end: '2024', basis: 'stated' }).success).toBe(false);
    expect(ev({ start: '2022', end: '2023', basis: 'stated' }).success).toBe(true);
    expect(ev({ start: '2024-02', end: '2024-03', basis: 'stated' }).success).toBe(true);
  });

  it('refuses unknown keys', () => {
    expect(ev({ start: '2022', basis: 'stated', precision: 'year' }).success).toBe(false);
  });
});

describe('PublishedSchema', () => {
  it('applies the same note rule to publication dates', () => {
    expect(PublishedSchema().safeParse({ date: '2024-03', basis: 'inferred' }).success).toBe(false);
  });
});

describe('dateBounds', () => {
  it('spans the whole month or year that a partial date can mean', () => {
    const b = (s: string) => dateBounds(PartialDateSchema().parse(s));
    expect(b('2024-02')).toEqual({ first: Date.UTC(2024, 1, 1), last: Date.UTC(2024, 1, 29) });
    expect(b('2022')).toEqual({ first: Date.UTC(2022, 0, 1), last: Date.UTC(2022, 11, 31) });
    expect(b('2021-08-31')).toEqual({ first: Date.UTC(2021, 7, 31), last: Date.UTC(2021, 7, 31) });
  });
});

import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check';
import { EVENT_COLUMNS, eventRows, toCsv } from '../../src/lib/downloads';
import { buildSite } from '../../src/lib/site';
import { realFiles } from '../helpers';

const site = buildSite(checkCorpus(realFiles()).corpus);
const rows = eventRows(site, 'https://example.org', '/explainer/');

describe('event downloads', () => {
  it('give every event one row with the documented columns, in order', () => {
    expect(rows).toHaveLength(site.events.length);
    for (const r of rows) expect(Object.keys(r)).toEqual(Object.keys(EVENT_COLUMNS));
  });

  it('keep dates at their precision and say how they are known', () => {
    const r = rows.find((x) => x.id === 'strikes-paktika-khost');
    expect(r).toMatchObject({
      date_start: '2024-03-18',
      precision: 'day',
      basis: 'inferred',
      date_end: '',
    });
    expect(r?.date_note).toMatch(/early on Monday/);
    expect(r?.url).toBe('https://example.org/explainer/timeline/#event-strikes-paktika-khost');
  });

  it('give the knowledge from outside the texts that a date rests on, last, or leave it empty', () => {
    expect(Object.keys(EVENT_COLUMNS).at(-1)).toBe('date_outside');
    for (const e of site.events) {
      expect(rows.find((r) => r.id === e.id)?.date_outside).toBe(e.data.date.outside ?? '');
    }
    const outside = 'The strikes were reported on 18 March 2024.';
    const events = site.events.slice(0, 1).map((e) => ({
      ...e,
      data: { ...e.data, date: { ...e.data.date, outside } },
    }));
    const [row] = eventRows({ ...site, events }, 'https://example.org', '/');
    expect(row?.date_outside).toBe(outside);
    expect(toCsv(row ? [row] : [])).toContain(`"${outside}"\r\n`);
  });

  it('write CSV that quotes every field and doubles quotes', () => {
    const csv = toCsv(rows);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      Object.keys(EVENT_COLUMNS)
        .map((c) => `"${c}"`)
        .join(','),
    );
    expect(csv).toContain('""');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  explainDate,
  formatDateRange,
  formatLocator,
  formatPartialDate,
  kindCount,
  kindLabel,
  preformatted,
} from '../../src/lib/format';
import { PartialDateSchema } from '../../src/schemas/date';

const d = (s: string) => PartialDateSchema().parse(s);

describe('dates in words', () => {
  it('says no more than the precision', () => {
    expect(formatPartialDate(d('2024-03-18'))).toBe('18 March 2024');
    expect(formatPartialDate(d('2021-11'))).toBe('November 2021');
    expect(formatPartialDate(d('2022'))).toBe('2022');
  });

  it('shares what both ends of a span share', () => {
    expect(formatDateRange(d('2024-03-16'), d('2024-03-17'))).toBe('16–17 March 2024');
    expect(formatDateRange(d('2024-02'), d('2024-03'))).toBe('February–March 2024');
    expect(formatDateRange(d('2022'), d('2023'))).toBe('2022–2023');
    expect(formatDateRange(d('2021-08'), d('2022-05'))).toBe('August 2021 – May 2022');
  });
});

describe('why a date is what it is', () => {
  it('gives the note after the head', () => {
    expect(explainDate({ basis: 'inferred', note: 'From "on Monday".' }, 'inferred')).toBe(
      'inferred: From "on Monday".',
    );
    expect(explainDate({ basis: 'stated' }, 'Stated, to the day')).toBe('Stated, to the day');
  });

  it('marks knowledge from outside the texts, after the note ends its sentence', () => {
    const outside = 'The strikes were reported on 18 March 2024';
    expect(explainDate({ basis: 'inferred', note: 'From "on Monday"', outside }, 'inferred')).toBe(
      `inferred: From "on Monday". Outside the texts: ${outside}`,
    );
    expect(explainDate({ basis: 'inferred', note: "It says 'Monday.'", outside }, 'x')).toBe(
      `x: It says 'Monday.' Outside the texts: ${outside}`,
    );
    expect(explainDate({ basis: 'stated', outside }, 'stated')).toBe(
      `stated. Outside the texts: ${outside}`,
    );
  });
});

describe('locators and kinds', () => {
  it('names paragraph and, for one-block sources, sentence', () => {
    expect(formatLocator({ paragraph: 4 })).toBe('¶ 4');
    expect(formatLocator({ paragraph: 1, sentence: 24 })).toBe('¶ 1, sentence 24');
  });

  it('labels claim kinds in words', () => {
    expect(kindLabel('allegation')).toBe('Allegation');
  });

  it('counts claims of a kind in words, "reported" unchanged in the plural', () => {
    expect(kindCount('allegation', 1)).toBe('1 allegation');
    expect(kindCount('assessment', 3)).toBe('3 assessments');
    expect(kindCount('recommendation', 2)).toBe('2 recommendations');
    expect(kindCount('reported', 4)).toBe('4 reported');
  });
});

describe('preformatted text as HTML', () => {
  it('escapes markup and keeps a line-ending space as a character reference', () => {
    const html = preformatted('TI  - A & B <i>\r\nER  - ');
    expect(html).toBe('TI  - A &amp; B &lt;i&gt;\r\nER  -&#32;');
    expect(html).not.toMatch(/[ \t]$/m);
    const decoded = html
      .replace(/&#32;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(decoded).toBe('TI  - A & B <i>\r\nER  - ');
  });
});

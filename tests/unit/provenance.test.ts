import { describe, expect, it } from 'vitest';
import {
  checkQuote,
  findLeak,
  normalise,
  paragraphs,
  sentences,
  shingles,
  words,
} from '../../src/lib/provenance';

const ARTICLE = `First paragraph with “curly quotes” and a dash — here.

Second paragraph. It has two sentences about the U.S. backed government.

Third   paragraph
spans two lines.`;

describe('normalise', () => {
  it('folds curly quotes, dashes and white space', () => {
    expect(normalise('“a”  ‘b’ — c\n d')).toBe(`"a" 'b' - c d`);
  });
});

describe('paragraphs and sentences', () => {
  it('counts blank-line separated blocks', () => {
    expect(paragraphs(ARTICLE)).toHaveLength(3);
  });

  it('splits sentences without breaking abbreviations followed by lower case', () => {
    const s = sentences(paragraphs(ARTICLE)[1] ?? '');
    expect(s).toEqual([
      'Second paragraph.',
      'It has two sentences about the U.S. backed government.',
    ]);
  });
});

describe('checkQuote', () => {
  it('finds an exact quotation in the stated paragraph, quotes and spaces normalised', () => {
    expect(
      checkQuote(ARTICLE, { paragraph: 1, quote: '"curly quotes" and a dash - here' }).ok,
    ).toBe(true);
    expect(checkQuote(ARTICLE, { paragraph: 3, quote: 'paragraph spans two lines' }).ok).toBe(true);
  });

  it('says where a quotation really is when the paragraph is wrong', () => {
    const r = checkQuote(ARTICLE, { paragraph: 1, quote: 'two sentences' });
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('but in paragraph 2') });
  });

  it('refuses a quotation that is nowhere, or altered by a word', () => {
    expect(checkQuote(ARTICLE, { paragraph: 2, quote: 'three sentences' }).ok).toBe(false);
  });

  it('checks the sentence when one is given', () => {
    expect(checkQuote(ARTICLE, { paragraph: 2, sentence: 2, quote: 'two sentences' }).ok).toBe(
      true,
    );
    expect(checkQuote(ARTICLE, { paragraph: 2, sentence: 1, quote: 'two sentences' }).ok).toBe(
      false,
    );
    expect(checkQuote(ARTICLE, { paragraph: 9, quote: 'x' }).reason).toMatch(/has 3 paragraphs/);
  });
});

describe('leak detection', () => {
  const source = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
  const set = shingles([source]);

  it('flags a run of 12 consecutive words of a source', () => {
    const copied = `Intro. ${Array.from({ length: 12 }, (_, i) => `w${i + 3}`).join(' ')} outro`;
    expect(findLeak(copied, set)).toBeDefined();
  });

  it('lets 11 words pass', () => {
    const quoted = Array.from({ length: 11 }, (_, i) => `w${i}`).join(' ');
    expect(findLeak(quoted, set)).toBeUndefined();
  });

  it('compares words, not punctuation or case', () => {
    expect(words('It’s “Taliban-run”, OK?')).toEqual(["it's", 'taliban', 'run', 'ok']);
  });
});

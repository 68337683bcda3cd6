import { describe, expect, it } from 'vitest';
import { ActorSchema } from '../../src/schemas/actor';
import { ClaimSchema } from '../../src/schemas/claim';
import { countWords } from '../../src/schemas/common';
import { ThemeSchema } from '../../src/schemas/theme';

const claim = {
  id: 'x-claim',
  statement: 'A statement in our own words, long enough.',
  kind: 'reported',
  by: 'the editorial',
  themes: ['talks'],
  locator: { paragraph: 2, quote: 'a short exact quotation' },
};

describe('ClaimSchema', () => {
  it('accepts a well-formed claim and defaults its actors', () => {
    expect(ClaimSchema().parse(claim).actors).toEqual([]);
  });

  it('refuses quotations over 25 words', () => {
    const long = { ...claim, locator: { paragraph: 2, quote: Array(26).fill('w').join(' ') } };
    expect(ClaimSchema().safeParse(long).error?.issues[0]?.message).toMatch(/at most 25 words/);
    const ok = { ...claim, locator: { paragraph: 2, quote: Array(25).fill('w').join(' ') } };
    expect(ClaimSchema().safeParse(ok).success).toBe(true);
  });

  it('refuses ids that are not slugs, unknown kinds and raw HTML', () => {
    expect(ClaimSchema().safeParse({ ...claim, id: 'Bad Id' }).success).toBe(false);
    expect(ClaimSchema().safeParse({ ...claim, kind: 'rumour' }).success).toBe(false);
    expect(
      ClaimSchema().safeParse({ ...claim, statement: 'Hi <img src=x onerror=alert(1)> there' })
        .success,
    ).toBe(false);
  });

  it('refuses unknown keys (strict objects)', () => {
    const r = ClaimSchema().safeParse({ ...claim, source: 'x' });
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('ThemeSchema', () => {
  const kp = { text: 'A key point long enough to count.', claims: ['a'] };
  const theme = { title: 'Talks', standfirst: 'x'.repeat(50), order: 1, keyPoints: [kp, kp, kp] };

  it('takes three to five key points', () => {
    expect(ThemeSchema().safeParse(theme).success).toBe(true);
    expect(ThemeSchema().safeParse({ ...theme, keyPoints: [kp, kp] }).success).toBe(false);
    expect(ThemeSchema().safeParse({ ...theme, keyPoints: Array(6).fill(kp) }).success).toBe(false);
  });
});

describe('ActorSchema', () => {
  it('needs at least one mention', () => {
    const a = {
      name: 'X',
      kind: 'person',
      description: 'Someone the sources name.',
      themes: ['ttp'],
      mentions: [],
    };
    expect(ActorSchema().safeParse(a).success).toBe(false);
  });
});

describe('countWords', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('“Hello,” she said — twice.')).toBe(4);
  });
});

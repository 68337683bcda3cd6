import { describe, expect, it } from 'vitest';
import { figures } from '../../../src/lib/lints/figures';
import { figuresIn } from '../../../src/lib/lints/numbers';
import { claim, corpus, disagreement, event, source, theme } from './corpus';

const gazette = source('gazette', {
  published: { date: '2022-05', basis: 'stated' },
  claims: [
    claim('g-102', 'The TTP says the truce was agreed for the release of 102 fighters.'),
    claim('g-seven', 'The Gazette says 7 soldiers were killed.', {
      locator: { paragraph: 1, quote: 'killed dozens of civilians in two decades' },
    }),
  ],
});
const body = (text: string) => corpus({ sources: [gazette], themes: [theme('talks', {}, text)] });

describe('figures', () => {
  it('passes figures that a cited claim states, in digits or in words', () => {
    const text =
      'The TTP named 102 prisoners[^g-102]. Seven soldiers died, dozens of civilians too[^g-seven].';
    expect(figures.check(body(text))).toEqual([]);
  });

  it('refuses a figure no cited claim states, naming the line and the figure', () => {
    expect(figures.check(body('Intro.\n\nThe TTP named 120 prisoners[^g-102].'))).toEqual([
      {
        file: 'content/themes/talks.md',
        field: 'body (line 12)',
        message: expect.stringContaining('states "120", which no claim it cites (g-102) states'),
      },
    ]);
  });

  it('holds a year to the cited claims and their source’s date', () => {
    expect(figures.check(body('By 2022 the truce was over[^g-102].'))).toEqual([]);
    expect(
      figures.check(body('In 2021 the truce was agreed[^g-102].')).map((p) => p.message),
    ).toEqual([expect.stringContaining('"2021"')]);
  });

  it('counts "two decades" as a figure, and "one", ordinals and "the two sides" as none', () => {
    expect(figuresIn('for two decades').map((f) => f.value)).toEqual(['2']);
    expect(
      figuresIn('one month, the first attack, the 19th, the two governments, two kinds of talks'),
    ).toEqual([]);
    expect(figures.check(body('Over two decades, dozens died[^g-seven].'))).toEqual([]);
  });

  it('reads key points, event titles and summaries, and positions against their claims', () => {
    const c = corpus({
      sources: [gazette],
      events: [
        event('e', {
          title: 'Nine killed',
          summary: 'The Gazette says 7 were killed.',
          claims: ['g-seven'],
        }),
      ],
      disagreements: [
        disagreement('d', {
          positions: [
            {
              holder: 'The TTP',
              position: 'The truce was agreed for 102 fighters.',
              claims: ['g-102'],
            },
            {
              holder: 'The Gazette',
              position: 'Eight soldiers were killed in the attack.',
              claims: ['g-seven'],
            },
          ],
        }),
      ],
    });
    expect(figures.check(c).map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/events/e.yaml title',
      'content/disagreements/d.yaml positions[1].position',
    ]);
  });

  it("lets an event's title and summary give its own date", () => {
    const e = event('e', { title: 'Strikes on 18 March 2024', claims: ['g-102'] });
    expect(figures.check(corpus({ sources: [gazette], events: [e] }))).toEqual([]);
  });
});

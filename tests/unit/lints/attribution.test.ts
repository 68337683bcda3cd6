import { describe, expect, it } from 'vitest';
import { attribution, countedSources } from '../../../src/lib/lints/attribution';
import { actor, claim, corpus, source, theme } from './corpus';

const gazette = source('gazette', {
  outlet: 'Example Gazette',
  shortTitle: 'Example Gazette report',
  claims: [
    claim('g-one', 'The Example Gazette reports a strike.'),
    claim('g-mir', 'Mir, quoted by the Gazette, warns of more.', { byActor: 'asfandyar-mir' }),
  ],
});
const patriot = source('patriot', {
  outlet: 'Daily The Patriot',
  shortTitle: 'Patriot editorial',
  claims: [claim('p-one', 'The editorial calls for talks.', { by: 'the editorial' })],
});
const mir = actor('asfandyar-mir', {
  name: 'Asfandyar Mir',
  mentions: [{ source: 'gazette', paragraph: 1 }],
});
const withBody = (body: string, keyPoints?: unknown) =>
  corpus({
    sources: [gazette, patriot],
    actors: [mir],
    themes: [theme('talks', keyPoints ? { keyPoints } : {}, body)],
  });

describe('attribution', () => {
  it('passes a sentence that names a source and cites one of its claims', () => {
    expect(attribution.check(withBody('The Patriot editorial calls for talks[^p-one].'))).toEqual(
      [],
    );
  });

  it('refuses a sentence that names one source but cites another, naming the line and the name', () => {
    const problems = attribution.check(
      withBody('Intro with no name.\n\nThe Patriot editorial reports a strike[^g-one].'),
    );
    expect(problems).toEqual([
      {
        file: 'content/themes/talks.md',
        field: 'body (line 12)',
        message: expect.stringMatching(/names "Patriot" but cites no claim of patriot/),
      },
    ]);
  });

  it('knows a person quoted by only one source as that source', () => {
    const problems = attribution.check(withBody('Mir warns of more[^p-one].'));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('names "Mir" but cites no claim of gazette'),
    ]);
    expect(attribution.check(withBody('Mir warns of more[^g-mir].'))).toEqual([]);
  });

  it('lets a topic sentence without notes rest on its paragraph', () => {
    const body = 'The Patriot editorial turns to talks. It calls for them[^p-one].';
    expect(attribution.check(withBody(body))).toEqual([]);
  });

  it('reads key points against their claims list', () => {
    const keyPoints = [0, 1, 2].map((i) => ({
      text: i === 1 ? 'Example Gazette says talks failed.' : `A point in our words ${i}.`,
      claims: ['p-one'],
    }));
    const problems = attribution.check(withBody('No names here[^p-one].', keyPoints));
    expect(problems.map((p) => p.field)).toEqual(['keyPoints[1].text']);
  });

  it('refuses "both sources" resting on one source, and passes it resting on two', () => {
    const bad = attribution.check(withBody('Both sources describe a strike[^g-one].'));
    expect(bad.map((p) => p.message)).toEqual([
      expect.stringContaining('speaks for 2 sources but cites claims of 1 (gazette)'),
    ]);
    expect(attribution.check(withBody('Both sources agree[^g-one][^p-one].'))).toEqual([]);
  });

  it('counts "all", "every", "each" and "the sources agree" as every source', () => {
    for (const s of ['All the sources', 'Every source', 'Each of the sources', 'The sources agree'])
      expect(countedSources(`${s} say so.`), s).toBe('all');
    expect(countedSources('All four sources say so.')).toBe(4);
    expect(countedSources('Three of the four sources say so.')).toBe(3);
  });

  it('does not count "the sources" alone, "one source" or "of the four sources"', () => {
    for (const s of [
      'The sources cover talks.',
      'One source says so.',
      'Of the four sources, one does.',
    ])
      expect(countedSources(s), s).toBeUndefined();
  });

  it("lets a source's own summary name it freely", () => {
    const own = { ...gazette, body: 'This Example Gazette report covers the strike.' };
    expect(attribution.check(corpus({ sources: [own, patriot], actors: [mir] }))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check';
import { archive, realFiles } from '../helpers';

describe("the project's own content", () => {
  // Each editorial lint is tested on its own fixtures (tests/unit/lints/); here the real content
  // must pass them all, as the build requires.
  it('passes every schema, reference, body and editorial rule', () => {
    const { problems, corpus } = checkCorpus(realFiles());
    expect(problems).toEqual([]);
    expect(corpus.sources).toHaveLength(4);
    expect(corpus.themes.map((t) => t.id).sort()).toEqual([
      'afghan-taliban',
      'cross-border-strikes',
      'talks',
      'ttp',
    ]);
  });

  it('meets the editorial counts: 15+ events, 25+ actors, disagreements found', () => {
    const { corpus } = checkCorpus(realFiles());
    expect(corpus.events.length).toBeGreaterThanOrEqual(15);
    expect(corpus.actors.length).toBeGreaterThanOrEqual(25);
    expect(corpus.disagreements.length).toBeGreaterThanOrEqual(5);
  });

  it.skipIf(!archive)(
    'quotes every claim verbatim from the archived passage it names, in its own words elsewhere',
    () => {
      const { problems, provenance } = checkCorpus(realFiles(), { archive });
      expect(problems).toEqual([]);
      expect(provenance.checked).toBe(true);
      const claims = checkCorpus(realFiles()).corpus.sources.reduce(
        (n, s) => n + s.data.claims.length,
        0,
      );
      expect(provenance.quotations).toEqual({ total: claims, checked: claims, passed: claims });
    },
  );
});

import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../../src/lib/check';
import { parseContentFile } from '../../../src/lib/content-files';
import { LINT_RULES, runLints } from '../../../src/lib/lints';
import { claim, corpus, source } from './corpus';

describe('the lint runner', () => {
  it('applies six rules with distinct ids and descriptions', () => {
    expect(LINT_RULES.map((r) => r.id)).toEqual([
      'own-words',
      'attribution',
      'figures',
      'speaker-named',
      'outside-knowledge',
      'place-in-country',
    ]);
    for (const r of LINT_RULES) expect(r.description.length).toBeGreaterThan(20);
  });

  it("prefixes every message with its rule's id", () => {
    const c = corpus({
      sources: [source('s', { claims: [claim('c', 'It says the talks failed.')] })],
    });
    expect(runLints(c)).toEqual([
      {
        file: 'content/sources/s.md',
        field: 'claims[0] (c).statement',
        message: expect.stringMatching(/^\[speaker-named\] /),
      },
    ]);
  });

  it('runs from checkCorpus only when nothing more basic is wrong', () => {
    const broken = parseContentFile('content/events/e.yaml', 'events', 'title: [unclosed');
    const { problems } = checkCorpus([broken]);
    expect(problems.some((p) => p.message.startsWith('['))).toBe(false);
  });
});

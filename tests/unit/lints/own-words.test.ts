import { describe, expect, it } from 'vitest';
import { ownWords, sharedRun, foldWords } from '../../../src/lib/lints/own-words';
import { claim, corpus, event, source, theme } from './corpus';

const ARTICLE =
  'Pakistan’s long and hard battle against the militants that began in the 2000s has not yet been won, officials say.\n\n' +
  'A second paragraph about the ceasefire brokered in November by the neighbours, which lasted one month.';
const archive = new Map([['001_aaaaaaaaaaaaaaaa.txt', ARTICLE]]);
const COPY =
  'long and hard battle against the militants that began in the 2000s has not yet been won';

describe('own-words', () => {
  it('passes prose in our own words', () => {
    const c = corpus({
      sources: [source('s', {}, 'Pakistan has fought the militants since the 2000s.')],
    });
    expect(ownWords.check(c, archive)).toEqual([]);
  });

  it('refuses a body sentence sharing twelve words with an article, naming the line and the run', () => {
    const c = corpus({ themes: [theme('ttp', {}, `Intro.\n\nIt was a ${COPY}.`)] });
    const [p, ...rest] = ownWords.check(c, archive);
    expect(rest).toEqual([]);
    expect(p?.file).toBe('content/themes/ttp.md');
    expect(p?.field).toBe('body (line 12)');
    expect(p?.message).toContain(`"${COPY.toLowerCase()}"`);
    expect(p?.message).toContain('own words');
  });

  it('folds case, curly apostrophes and dashes before comparing', () => {
    expect(foldWords('Pakistan’s LONG—and hard')).toEqual(["pakistan's", 'long', 'and', 'hard']);
    const c = corpus({
      events: [
        event('e', {
          summary: `PAKISTAN'S long and hard battle against the militants that began—in the 2000s.`,
        }),
      ],
    });
    expect(ownWords.check(c, archive).map((p) => p.field)).toEqual(['summary']);
  });

  it('allows the same words inside quotation marks, curly quotes or a blockquote', () => {
    const c = corpus({
      sources: [
        source(
          's',
          { standfirst: `An official says the “${COPY}”, in quotation marks.` },
          `> ${COPY}\n\nShe said "${COPY}".`,
        ),
      ],
      events: [event('e', { summary: `The report says '${COPY}' in single quotes.` })],
    });
    expect(ownWords.check(c, archive)).toEqual([]);
  });

  it('reads claim statements, key points and every YAML prose field', () => {
    const c = corpus({
      sources: [source('s', { claims: [claim('c', `The Gazette says the ${COPY}.`)] })],
    });
    expect(ownWords.check(c, archive).map((p) => p.field)).toEqual(['claims[0] (c).statement']);
  });

  it('lets eleven shared words through', () => {
    expect(
      sharedRun('long and hard battle against the militants that began in the', new Map()),
    ).toBeUndefined();
    const c = corpus({
      sources: [
        source('s', {}, 'A long and hard battle against the militants that began in the past.'),
      ],
    });
    expect(ownWords.check(c, archive)).toEqual([]);
  });

  it('checks nothing without the archive', () => {
    const c = corpus({ themes: [theme('ttp', {}, `It was a ${COPY}.`)] });
    expect(ownWords.check(c)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { outsideKnowledge, datesIn } from '../../../src/lib/lints/outside-knowledge';
import { actor, corpus, event, source } from './corpus';

const archive = new Map([
  [
    '001_aaaaaaaaaaaaaaaa.txt',
    'Pakistan launched attacks early on Monday. On August 31, 2021 the airport fell.',
  ],
]);
const gazette = source('s', {
  url: 'https://example.org/2022/05/report',
  published: { date: '2022-05', basis: 'inferred', note: 'From the address /2022/05/.' },
});
const inferred = (note: string, outside?: string) =>
  event('e', {
    date: { start: '2024-03-18', basis: 'inferred', note, ...(outside ? { outside } : {}) },
  });

describe('outside-knowledge', () => {
  it('refuses an inferred date whose note rests on a date no text gives, without `outside`', () => {
    const c = corpus({
      sources: [gazette],
      events: [inferred("'Early on Monday', the editorial being dated 19 March 2024.")],
    });
    expect(outsideKnowledge.check(c, archive)).toEqual([
      {
        file: 'content/events/e.yaml',
        field: 'date.note',
        message: expect.stringContaining(
          'rests on "2024", "19 March", which no archived text gives: add date.outside',
        ),
      },
    ]);
  });

  it('passes the same note once `outside` marks the anchor', () => {
    const e = inferred(
      "'Early on Monday', the editorial being dated 19 March 2024.",
      'The strikes were reported on 18 March 2024.',
    );
    expect(outsideKnowledge.check(corpus({ sources: [gazette], events: [e] }), archive)).toEqual(
      [],
    );
  });

  it('passes notes whose dates the texts give, or a publication date read from its address', () => {
    const e = inferred('The caption gives 31 August 2021; the report is of 2022.');
    expect(datesIn('August 31, 2021')).toEqual(['2021', '31 August']);
    expect(outsideKnowledge.check(corpus({ sources: [gazette], events: [e] }), archive)).toEqual(
      [],
    );
  });

  it('does not let a publication date vouch for its own note', () => {
    const s = source('s', {
      published: { date: '2024-03', basis: 'inferred', note: 'About March 2024.' },
    });
    expect(outsideKnowledge.check(corpus({ sources: [s] }), archive).map((p) => p.field)).toEqual([
      'published.note',
    ]);
  });

  it('refuses a year in an actor description that its sources do not give', () => {
    const a = actor('a', {
      description: 'A group founded in 2007, as the report says.',
      mentions: [{ source: 's', paragraph: 1 }],
    });
    const ok = actor('b', {
      description: 'A group active in 2021 and 2022, as the report says.',
      mentions: [{ source: 's', paragraph: 1 }],
    });
    const problems = outsideKnowledge.check(
      corpus({ sources: [gazette], actors: [a, ok] }),
      archive,
    );
    expect(problems).toEqual([
      {
        file: 'content/actors/a.yaml',
        field: 'description',
        message: expect.stringContaining('gives 2007'),
      },
    ]);
  });

  it('checks nothing without the archive', () => {
    expect(outsideKnowledge.check(corpus({ events: [inferred('Dated 19 March 2024.')] }))).toEqual(
      [],
    );
  });
});

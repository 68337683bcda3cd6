/**
 * Small inline corpora for the lint tests: each builder fills what a rule does not read with
 * sound defaults and runs the real schema, so entries look exactly as checkCorpus hands them on.
 */
import { ActorSchema } from '../../../src/schemas/actor';
import { DisagreementSchema } from '../../../src/schemas/disagreement';
import { EventSchema } from '../../../src/schemas/event';
import { SourceSchema } from '../../../src/schemas/source';
import { ThemeSchema } from '../../../src/schemas/theme';
import { emptyCorpus, type Corpus, type Entry } from '../../../src/lib/check';

type Data = Record<string, unknown>;

const entry = <T>(collection: string, id: string, data: T, body = ''): Entry<T> => ({
  id,
  path: `content/${collection}/${id}.${collection === 'sources' || collection === 'themes' ? 'md' : 'yaml'}`,
  data,
  body,
  bodyLine: 10,
});

/** A claim; `statement` is the only thing most tests care about. */
export const claim = (id: string, statement: string, extra: Data = {}): Data => ({
  id,
  statement,
  kind: 'reported',
  by: 'the Example Gazette',
  themes: ['ttp'],
  locator: { paragraph: 1, quote: 'a short quotation' },
  ...extra,
});

const keyPoints = (ids: string[]) =>
  ['first', 'second', 'third'].map((n) => ({
    text: `The ${n} key point, in our words.`,
    claims: [ids[0] ?? 'x'],
  }));

export function source(
  id: string,
  data: Data,
  body = '',
): Entry<ReturnType<ReturnType<typeof SourceSchema>['parse']>> {
  const claims = (data['claims'] as Data[] | undefined) ?? [
    claim(`${id}-c`, 'The Example Gazette says so.'),
  ];
  const parsed = SourceSchema().parse({
    headline: 'A headline',
    shortTitle: 'Example Gazette report',
    outlet: 'Example Gazette',
    author: 'unsigned',
    genre: 'news report',
    published: { date: '2024-03', basis: 'stated' },
    url: 'https://example.org/a',
    archive: '001_aaaaaaaaaaaaaaaa.txt',
    themes: ['ttp', 'talks'],
    standfirst: 'A standfirst of forty characters or more, in our words.',
    keyPoints: keyPoints(claims.map((c) => String(c['id']))),
    ...data,
    claims,
  });
  return entry('sources', id, parsed, body);
}

export const theme = (id: string, data: Data, body = '') =>
  entry(
    'themes',
    id,
    ThemeSchema().parse({
      title: 'A theme',
      standfirst: 'A standfirst of forty characters or more, in our words.',
      order: 1,
      keyPoints: keyPoints(['x']),
      ...data,
    }),
    body,
  );

export const event = (id: string, data: Data) =>
  entry(
    'events',
    id,
    EventSchema().parse({
      title: 'An event',
      summary: 'Something happened, the sources say.',
      date: { start: '2024-03-18', basis: 'stated' },
      themes: ['ttp'],
      claims: ['x'],
      ...data,
    }),
  );

export const actor = (id: string, data: Data) =>
  entry(
    'actors',
    id,
    ActorSchema().parse({
      name: 'Someone',
      kind: 'person',
      description: 'A person the sources name, in our words.',
      themes: ['ttp'],
      mentions: [{ source: 's', paragraph: 1 }],
      ...data,
    }),
  );

export const disagreement = (id: string, data: Data) =>
  entry(
    'disagreements',
    id,
    DisagreementSchema().parse({
      topic: 'A question?',
      context: 'Why it matters, in our own words.',
      themes: ['ttp'],
      ...data,
    }),
  );

export function corpus(parts: Partial<Corpus>): Corpus {
  return { ...emptyCorpus(), ...parts };
}

/**
 * Our prose, cut into the units the lints read: each YAML prose field with the claims it rests
 * on, and each sentence of a Markdown body with its line and its source notes.
 */
import type { Source } from '../../schemas/source';
import type { Corpus, Entry } from '../check';
import { claimField } from '../check-files';
import { CLAIM_REF } from '../markdown';

/** One piece of our prose and the claims a reader is pointed to from it. */
export interface Passage {
  file: string;
  /** `keyPoints[1].text`, or `body (line 12)`. */
  field: string;
  kind: 'title' | 'keyPoint' | 'statement' | 'summary' | 'position' | 'note' | 'prose' | 'body';
  /** The text with source notes removed (they are not prose). */
  text: string;
  /** The claims cited: a key point's or position's list, an event's claims, a sentence's notes. */
  claims: readonly string[];
  /** For a body sentence: the claims cited anywhere in its paragraph (or a heading's section). */
  nearby: readonly string[];
  /** The entry the passage belongs to. */
  entry: Entry<unknown>;
  /** Inside a Markdown blockquote: a marked quotation as a whole. */
  quoted?: boolean;
}

type Field = [string, Passage['kind'], string | undefined, (readonly string[])?];

/** A source's own prose: standfirst, notes, key points, claim statements. */
function sourceFields(d: Source): Field[] {
  return [
    ['standfirst', 'prose', d.standfirst],
    ['headlineNote', 'note', d.headlineNote],
    ['authorNote', 'note', d.authorNote],
    ['urlNote', 'note', d.urlNote],
    ['published.note', 'note', d.published.note],
    ['published.outside', 'note', d.published.outside],
    ...d.keyPoints.map((k, i): Field => [`keyPoints[${i}].text`, 'keyPoint', k.text, k.claims]),
    ...d.claims.map((c, i): Field => [
      `${claimField(i, c.id)}.statement`,
      'statement',
      c.statement,
    ]),
  ];
}

function fieldsOf(corpus: Corpus): [Entry<unknown>, Field[]][] {
  const out: [Entry<unknown>, Field[]][] = [];
  for (const s of corpus.sources) out.push([s, sourceFields(s.data)]);
  for (const t of corpus.themes) {
    out.push([
      t,
      [
        ['title', 'title', t.data.title],
        ['standfirst', 'prose', t.data.standfirst],
        ...t.data.keyPoints.map((k, i): Field => [
          `keyPoints[${i}].text`,
          'keyPoint',
          k.text,
          k.claims,
        ]),
      ],
    ]);
  }
  for (const e of corpus.events) {
    const d = e.data;
    out.push([
      e,
      [
        ['title', 'title', d.title, d.claims],
        ['summary', 'summary', d.summary, d.claims],
        ['date.note', 'note', d.date.note],
        ['date.outside', 'note', d.date.outside],
        ...d.figures.map((f, i): Field => [`figures[${i}].what`, 'prose', f.what]),
      ],
    ]);
  }
  for (const a of corpus.actors) out.push([a, [['description', 'prose', a.data.description]]]);
  for (const g of corpus.disagreements) {
    out.push([
      g,
      [
        ['topic', 'title', g.data.topic],
        ['context', 'prose', g.data.context],
        ...g.data.positions.flatMap((p, i): Field[] => [
          [`positions[${i}].holder`, 'title', p.holder],
          [`positions[${i}].position`, 'position', p.position, p.claims],
        ]),
      ],
    ]);
  }
  for (const c of corpus.changes) {
    out.push([
      c,
      [
        ['title', 'title', c.data.title],
        ['summary', 'prose', c.data.summary],
      ],
    ]);
  }
  return out;
}

/** Every prose field of the corpus's YAML (and front matter), with the claims it cites. */
export function fieldPassages(corpus: Corpus): Passage[] {
  return fieldsOf(corpus).flatMap(([entry, fields]) =>
    fields.flatMap(([field, kind, text, claims = []]): Passage[] =>
      text === undefined
        ? []
        : [{ file: entry.path, field, kind, text, claims, nearby: claims, entry }],
    ),
  );
}

/** The claim ids a text points to with `[^claim-id]`. */
export function notesIn(text: string): string[] {
  return [...text.matchAll(CLAIM_REF)].map((m) => m[1] ?? '');
}

/**
 * outside-knowledge: what the four texts do not give must be marked as coming from outside.
 * Decidable parts, checked against the archive (without it, nothing is checked):
 * - an inferred date (event `date`, source `published`) whose note names a year, or a day of a
 *   month, that no archived text or article address gives (nor another source's publication date not itself resting
 *   on outside knowledge, e.g. one read from the article's address) carries the `outside` field,
 *   which is shown with the date;
 * - a year in an actor description stands in the text, or the publication date (not resting on
 *   outside knowledge), of a source the actor's mentions point to.
 * Left to human review: facts without numbers (names, places, who did what), months alone,
 * outside knowledge in bodies and claim statements beyond their cited figures (the figures rule
 * holds those to the claims), and whether an `outside` note is itself true.
 */
import type { Corpus, Problem } from '../check';
import type { Published } from '../../schemas/date';
import { normalise } from '../provenance';
import { excerpt, type Archive, type LintRule } from './rule';

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';
const YEAR = /\b(?:19|20)\d{2}\b/g;
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTHS})\\b|\\b(${MONTHS}) (\\d{1,2})\\b`,
  'g',
);

/** Years and "18 March" days written in a text (a day is "<n> <Month>" however written). */
export function datesIn(text: string): string[] {
  const t = normalise(text);
  const days = [...t.matchAll(DAY_MONTH)].map((m) => `${Number(m[1] ?? m[4])} ${m[2] ?? m[3]}`);
  return [...(t.match(YEAR) ?? []), ...days];
}

/** The dates a publication date gives, unless it rests on outside knowledge itself. */
function statedDates(p: Published): string[] {
  if (p.outside !== undefined) return [];
  const d = p.date;
  const month = d.month === undefined ? undefined : MONTHS.split('|')[d.month - 1];
  return [String(d.year), ...(d.day !== undefined && month ? [`${d.day} ${month}`] : [])];
}

function insideDates(texts: readonly string[], published: readonly Published[]): Set<string> {
  return new Set([...texts.flatMap(datesIn), ...published.flatMap(statedDates)]);
}

function unmarkedDates(corpus: Corpus, archive: Archive): Problem[] {
  // The articles' addresses are part of the record we show ("/2022/05/"), not outside knowledge.
  const texts = [...archive.values(), ...corpus.sources.map((s) => s.data.url)];
  const published = corpus.sources.map((s) => s.data.published);
  const dated = [
    ...corpus.events.map((e) => ({ file: e.path, field: 'date', d: e.data.date })),
    ...corpus.sources.map((s) => ({ file: s.path, field: 'published', d: s.data.published })),
  ];
  return dated.flatMap(({ file, field, d }) => {
    if (d.basis !== 'inferred' || d.outside !== undefined || d.note === undefined) return [];
    // A publication date never vouches for itself.
    const inside = insideDates(
      texts,
      published.filter((p) => p !== d),
    );
    const outside = datesIn(d.note).filter((x) => !inside.has(x));
    if (outside.length === 0) return [];
    return [
      {
        file,
        field: `${field}.note`,
        message: `rests on ${outside.map((x) => `"${x}"`).join(', ')}, which no archived text gives: add ${field}.outside saying what outside knowledge the date rests on (e.g. "outside the texts: the strikes were reported on 18 March 2024")`,
      },
    ];
  });
}

function actorYears(corpus: Corpus, archive: Archive): Problem[] {
  const byId = new Map(corpus.sources.map((s) => [s.id, s.data]));
  return corpus.actors.flatMap((a) => {
    const sources = [...new Set(a.data.mentions.map((m) => m.source))].flatMap(
      (id) => byId.get(id) ?? [],
    );
    const inside = insideDates(
      sources.map((s) => archive.get(s.archive) ?? ''),
      sources.map((s) => s.published),
    );
    const years = (a.data.description.match(YEAR) ?? []).filter((y) => !inside.has(y));
    if (years.length === 0) return [];
    return [
      {
        file: a.path,
        field: 'description',
        message: `gives ${years.join(', ')}, which no source it is mentioned in states: ${excerpt(a.data.description)}; describe the actor as the sources do, or add a mention of the passage that gives the year`,
      },
    ];
  });
}

export const outsideKnowledge: LintRule = {
  id: 'outside-knowledge',
  description: 'dates from outside the four texts are marked as outside knowledge',
  check(corpus, archive) {
    if (!archive) return [];
    return [...unmarkedDates(corpus, archive), ...actorYears(corpus, archive)];
  },
};

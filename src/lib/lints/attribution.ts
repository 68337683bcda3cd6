/**
 * attribution: a body sentence or key point that names a source (its outlet, short title, byline
 * surname, or a person only it quotes: see names.ts) cites at least one claim of that source; one
 * that counts sources ("all four sources", "both sources", "every source", "the sources agree")
 * cites claims of that many. A source's own summary may name itself freely. Not checked: names
 * shared by two sources ("Times"), pronouns, and whether the claim cited says what the sentence
 * says.
 */
import type { Corpus, Problem } from '../check';
import { bodyPassages } from './body';
import { sourceNames } from './names';
import { fieldPassages, type Passage } from './prose';
import { actorIndex, claimIndex, excerpt, hasTerm, type LintRule } from './rule';

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, both: 2 };

/** How many sources a sentence says it speaks for: a number, "all", or undefined. */
export function countedSources(text: string): number | 'all' | undefined {
  const t = text.toLowerCase();
  if (/\b(?:the|all|both|these) sources (?:agree|concur|converge)/.test(t)) return 'all';
  const m =
    /(?<!\bof )\b(?:(all|each|every|both)(?: of)?(?: the)? )?(?:(two|three|four|five|six|\d+) )?(?:of the (?:two|three|four|five|six|\d+) )?(sources?|articles?|texts)\b/.exec(
      t,
    );
  if (!m) return undefined;
  const [, quantifier, number] = m;
  if (number !== undefined && !/^(?:all|each|every|both)?$/.test(quantifier ?? ''))
    return undefined;
  if (number !== undefined) return COUNTS[number] ?? Number(number);
  if (quantifier === 'both') return 2;
  if (quantifier !== undefined) return 'all';
  return undefined;
}

function checkPassage(
  p: Passage,
  corpus: Corpus,
  names: ReadonlyMap<string, string[]>,
  owner: (id: string) => string | undefined,
): Problem[] {
  // A sentence without notes (a topic sentence) rests on its paragraph's notes.
  const ids = p.claims.length > 0 ? p.claims : p.nearby;
  const cited = new Set(ids.map(owner).filter((s) => s !== undefined));
  const self = corpus.sources.find((s) => s.path === p.file)?.id;
  const problems: Problem[] = [];
  for (const [source, terms] of names) {
    if (source === self || cited.has(source)) continue;
    const named = terms.find((t) => hasTerm(p.text, t));
    if (named === undefined) continue;
    problems.push({
      file: p.file,
      field: p.field,
      message: `names "${named}" but cites no claim of ${source}: ${excerpt(p.text)}; cite the ${source} claim it rests on${p.kind === 'body' ? ' with [^claim-id] in this sentence' : ' in its claims'}, or do not attribute it to that source`,
    });
  }
  const count = countedSources(p.text);
  const want = count === 'all' ? corpus.sources.length : count;
  if (want !== undefined && cited.size < want) {
    problems.push({
      file: p.file,
      field: p.field,
      message: `speaks for ${count === 'all' ? `all ${want}` : want} sources but cites claims of ${cited.size} (${[...cited].join(', ') || 'none'}): ${excerpt(p.text)}; cite a claim of each source counted, or count only the sources cited`,
    });
  }
  return problems;
}

export const attribution: LintRule = {
  id: 'attribution',
  description: 'a sentence that names or counts sources cites claims of those sources',
  check(corpus) {
    const claims = claimIndex(corpus);
    const names = sourceNames(corpus, actorIndex(corpus));
    const owner = (id: string) => claims.get(id)?.source.id;
    const passages = [
      ...fieldPassages(corpus).filter((p) => p.kind === 'keyPoint'),
      ...[...corpus.sources, ...corpus.themes].flatMap((e) => bodyPassages(e)),
    ];
    return passages.flatMap((p) => checkPassage(p, corpus, names, owner));
  },
};

/**
 * The shape every editorial lint takes: an id, a one-line description for editors, and a pure
 * function from the checked corpus (and the archive, when at hand) to problems.
 */
import type { Actor } from '../../schemas/actor';
import type { Claim } from '../../schemas/claim';
import type { Source } from '../../schemas/source';
import type { Corpus, Entry, Problem } from '../check';

export type Archive = ReadonlyMap<string, string>;

export interface LintRule {
  /** Stable id, shown in every message it reports: `[own-words]`. */
  id: string;
  /** What the rule protects, in one line, for the editor. */
  description: string;
  check(corpus: Corpus, archive?: Archive): Problem[];
}

export interface ClaimRecord {
  claim: Claim;
  source: Entry<Source>;
}

/** Every claim by id, with its source. */
export function claimIndex(corpus: Corpus): Map<string, ClaimRecord> {
  const map = new Map<string, ClaimRecord>();
  for (const source of corpus.sources) {
    for (const claim of source.data.claims) map.set(claim.id, { claim, source });
  }
  return map;
}

export function actorIndex(corpus: Corpus): Map<string, Entry<Actor>> {
  return new Map(corpus.actors.map((a) => [a.id, a]));
}

/** Whether `term` stands in `text` as whole words ("Mir" in "Mir says", not in "Mirza"). */
export function hasTerm(text: string, term: string, ignoreCase = false): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const flags = ignoreCase ? 'iu' : 'u';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags).test(text);
}

/** A short excerpt of our text for a message. */
export function excerpt(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(t.length > max ? `${t.slice(0, max - 1)}…` : t);
}

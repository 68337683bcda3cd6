/**
 * The editorial lints, one module a rule: each reads the checked corpus (and the archive, when
 * at hand) and reports problems with file, field or body line, and what to write instead.
 * checkCorpus runs them once the corpus is otherwise sound.
 */
import type { Corpus, Problem } from '../check';
import { attribution } from './attribution';
import { figures } from './figures';
import { outsideKnowledge } from './outside-knowledge';
import { ownWords } from './own-words';
import { places } from './places';
import type { Archive, LintRule } from './rule';
import { speakerNamed } from './speaker-named';

export const LINT_RULES: readonly LintRule[] = [
  ownWords,
  attribution,
  figures,
  speakerNamed,
  outsideKnowledge,
  places,
];

/** Every rule's problems, each message prefixed with the rule's id. */
export function runLints(corpus: Corpus, archive?: Archive, rules = LINT_RULES): Problem[] {
  return rules.flatMap((rule) =>
    rule.check(corpus, archive).map((p) => ({ ...p, message: `[${rule.id}] ${p.message}` })),
  );
}

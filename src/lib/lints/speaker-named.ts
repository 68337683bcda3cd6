/**
 * speaker-named: a claim's statement names who makes it. It passes when it contains, as whole
 * words (case aside), any of: the byActor's name, an alias or surname; a proper-name phrase of
 * its `by` ("Asia Times", "Foreign Office", "Restelli") or a speaker noun of `by` ("editorial",
 * "analyst", "officials", "critics"); or its source's outlet, short-title names, byline surname
 * or genre ("the analysis"). "It says" or "she writes" alone fails. Not checked: whether the
 * speaker named is the right one for the claim (that is `by`'s job and the reader's).
 */
import type { Actor } from '../../schemas/actor';
import type { Claim } from '../../schemas/claim';
import type { Source } from '../../schemas/source';
import type { Entry, Problem } from '../check';
import { claimField } from '../check-files';
import { properPhrases, surname } from './names';
import { actorIndex, excerpt, hasTerm, type LintRule } from './rule';

/**
 * Nouns in `by` that identify a speaker by role, by their stem: "reports" in `by` is named by
 * "reports" or "reported", "speculation" by "speculate".
 */
const SPEAKER_NOUNS =
  /\b(?:editorial|analy(?:st|sis)|report|wire|column|author|writer|newspaper|official|representative|spokes(?:man|woman|person)|militant|source|agenc|critic|caption|interview|speculat|government|ministry|statement|commentator|op-ed)\p{L}*/giu;
const STEM = /(?:s|ion|ions|ies|y)$/i;

/** The words that name a claim's speaker. */
export function speakerTerms(claim: Claim, source: Source, actor: Actor | undefined): string[] {
  const terms = [...properPhrases(claim.by)];
  if (actor) {
    terms.push(actor.name, ...actor.aliases);
    const last = actor.kind === 'person' ? surname(actor.name) : undefined;
    if (last) terms.push(last);
  }
  terms.push(source.outlet, ...properPhrases(source.outlet), ...properPhrases(source.shortTitle));
  terms.push(...source.genre.split(' '));
  const byline = surname(source.author);
  if (byline) terms.push(byline);
  return [...new Set(terms)];
}

function checkSource(s: Entry<Source>, actors: ReadonlyMap<string, Entry<Actor>>): Problem[] {
  const problems: Problem[] = [];
  s.data.claims.forEach((c, i) => {
    const actor = c.byActor === undefined ? undefined : actors.get(c.byActor)?.data;
    const terms = speakerTerms(c, s.data, actor);
    if (terms.some((t) => hasTerm(c.statement, t, true))) return;
    const nouns = (c.by.match(SPEAKER_NOUNS) ?? []).map((n) => n.toLowerCase().replace(STEM, ''));
    const said = c.statement.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
    if (nouns.some((n) => said.some((w) => w.startsWith(n)))) return;
    problems.push({
      file: s.path,
      field: `${claimField(i, c.id)}.statement`,
      message: `does not name its speaker (by: "${c.by}"): ${excerpt(c.statement)}; name who says it in the statement itself, e.g. "${terms[0] ?? c.by} says ...", not "it says"`,
    });
  });
  return problems;
}

export const speakerNamed: LintRule = {
  id: 'speaker-named',
  description: "every claim's statement names its speaker in its wording",
  check(corpus) {
    const actors = actorIndex(corpus);
    return corpus.sources.flatMap((s) => checkSource(s, actors));
  },
};

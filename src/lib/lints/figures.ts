/**
 * figures: every figure in a body sentence, key point, event title or summary, or disagreement
 * position (see numbers.ts for what counts) stands in a claim the passage cites: in its
 * statement or its locator quote, as digits or words. A body sentence without notes is read
 * with its paragraph's notes; a heading with its section's. Dates shown with their basis also
 * support figures: the published date of a cited claim's source (and of the source whose summary
 * it is) with its marked outside anchor, and an event's own date and anchor in its title and
 * summary.
 * Not checked: month names, whether the figure counts the same thing as the claim's, standfirsts,
 * contexts and notes (outside-knowledge reads the notes' years).
 */
import type { Corpus, Problem } from '../check';
import type { PartialDate } from '../../schemas/date';
import { bodyPassages } from './body';
import { figureValues, figuresIn } from './numbers';
import { fieldPassages, type Passage } from './prose';
import { claimIndex, excerpt, type ClaimRecord, type LintRule } from './rule';

const KINDS = new Set<Passage['kind']>(['body', 'keyPoint', 'title', 'summary', 'position']);

function dateValues(...dates: (PartialDate | undefined)[]): string[] {
  return dates.flatMap((d) => (d ? [String(d.year), ...(d.day ? [String(d.day)] : [])] : []));
}

/** What a passage's figures may rest on: its claims' wording and quotes, and the dates shown. */
function support(
  p: Passage,
  corpus: Corpus,
  claims: ReadonlyMap<string, ClaimRecord>,
): Set<string> {
  const ids = p.claims.length > 0 ? p.claims : p.nearby;
  const set = new Set<string>();
  for (const id of ids) {
    const r = claims.get(id);
    if (!r) continue;
    for (const v of figureValues(`${r.claim.statement}\n${r.claim.locator.quote}`)) set.add(v);
    const published = r.source.data.published;
    for (const v of dateValues(published.date)) set.add(v);
    for (const v of figureValues(published.outside ?? '')) set.add(v);
  }
  const own = corpus.sources.find((s) => s.path === p.file);
  for (const v of dateValues(own?.data.published.date)) set.add(v);
  const event = corpus.events.find((e) => e.path === p.file);
  for (const v of dateValues(event?.data.date.start, event?.data.date.end)) set.add(v);
  for (const v of figureValues(event?.data.date.outside ?? '')) set.add(v);
  return set;
}

export const figures: LintRule = {
  id: 'figures',
  description: 'every number in our prose stands in a claim it cites',
  check(corpus) {
    const claims = claimIndex(corpus);
    const passages = [
      ...fieldPassages(corpus).filter(
        (p) => KINDS.has(p.kind) && (p.kind !== 'title' || p.file.startsWith('content/events/')),
      ),
      ...[...corpus.sources, ...corpus.themes].flatMap((e) => bodyPassages(e)),
    ];
    const problems: Problem[] = [];
    for (const p of passages) {
      const found = figuresIn(p.text);
      if (found.length === 0) continue;
      const ok = support(p, corpus, claims);
      const missing = [...new Set(found.filter((f) => !ok.has(f.value)).map((f) => f.text))];
      if (missing.length === 0) continue;
      const cites = (p.claims.length > 0 ? p.claims : p.nearby).join(', ') || 'no claim';
      problems.push({
        file: p.file,
        field: p.field,
        message: `states ${missing.map((m) => `"${m}"`).join(', ')}, which no claim it cites (${cites}) states: ${excerpt(p.text)}; cite the claim whose statement or quotation gives the figure, or drop it`,
      });
    }
    return problems;
  },
};

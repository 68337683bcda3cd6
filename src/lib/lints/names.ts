/**
 * Names: how our prose refers to a source or a speaker. Derived, never declared: proper-name
 * phrases of the outlet, short title and byline ("Asia Times", "Patriot", "Shakil"), and the
 * people a source quotes ("Restelli", "Mir") when no other source quotes or names them.
 */
import type { Actor } from '../../schemas/actor';
import type { Source } from '../../schemas/source';
import type { Corpus, Entry } from '../check';

/** Capitalised words that name nothing on their own. */
const GENERIC = new Set(
  'The A An Daily Report Wire Copy Of Op-ed Analysis Editorial News Times Office'.split(' '),
);

/**
 * The proper-name phrases of a text and their tails: "Pakistan's Foreign Office" gives
 * "Pakistan's Foreign Office", "Foreign Office"; "Asia Times" gives "Asia Times" (not "Times").
 */
export function properPhrases(text: string): string[] {
  const out: string[] = [];
  const runs =
    text.match(/(?:[A-Z][\p{L}.'’-]*|of|the)(?:\s+(?:[A-Z][\p{L}.'’-]*|of|the))*/gu) ?? [];
  for (const run of runs) {
    const words = run.split(/\s+/);
    while (words.length > 0 && /^(?:of|the|The)$/.test(words[words.length - 1] ?? '')) words.pop();
    for (let i = 0; i < words.length; i++) {
      const tail = words.slice(i);
      if (/^(?:of|the|The)$/.test(tail[0] ?? '')) continue;
      if (tail.length === 1 && GENERIC.has(tail[0] ?? '')) continue;
      out.push(tail.join(' ').replace(/['’]s$/, ''));
    }
  }
  return [...new Set(out.filter((p) => p.length > 1))];
}

/** The surname of a person's name: its last word ("Asfandyar Mir" -> "Mir"). */
export function surname(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  return words.length > 1 ? words[words.length - 1] : undefined;
}

/** The names a source goes by in its own file: outlet, short title, byline surname. */
function ownNames(s: Source): string[] {
  const names = [...properPhrases(s.outlet), ...properPhrases(s.shortTitle)];
  const byline = surname(s.author);
  if (byline && !s.author.startsWith('@')) names.push(byline);
  return names;
}

/** People who make claims in exactly one source and are named in no other. */
function quotedPeople(
  corpus: Corpus,
  actors: ReadonlyMap<string, Entry<Actor>>,
): Map<string, string[]> {
  const speakers = new Map<string, Set<string>>();
  for (const s of corpus.sources) {
    for (const c of s.data.claims) {
      if (c.byActor === undefined) continue;
      speakers.set(c.byActor, (speakers.get(c.byActor) ?? new Set()).add(s.id));
    }
  }
  const out = new Map<string, string[]>();
  for (const [id, sources] of speakers) {
    const actor = actors.get(id);
    const [only] = [...sources];
    if (!actor || actor.data.kind !== 'person' || sources.size !== 1 || only === undefined)
      continue;
    if (actor.data.mentions.some((m) => m.source !== only)) continue;
    const names = [actor.data.name, ...actor.data.aliases];
    const last = surname(actor.data.name);
    if (last) names.push(last);
    out.set(only, [...(out.get(only) ?? []), ...names]);
  }
  return out;
}

/** Every source's names, keeping only names that belong to that source alone. */
export function sourceNames(
  corpus: Corpus,
  actors: ReadonlyMap<string, Entry<Actor>>,
): Map<string, string[]> {
  const quoted = quotedPeople(corpus, actors);
  const all = corpus.sources.map(
    (s) => [s.id, [...new Set([...ownNames(s.data), ...(quoted.get(s.id) ?? [])])]] as const,
  );
  const owners = new Map<string, number>();
  for (const [, names] of all) for (const n of names) owners.set(n, (owners.get(n) ?? 0) + 1);
  return new Map(all.map(([id, names]) => [id, names.filter((n) => owners.get(n) === 1)]));
}

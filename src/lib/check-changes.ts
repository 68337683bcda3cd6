/**
 * The rules for content/changes/: every page a change names is a page of the site, and no change
 * is dated after today (a change dated 2099 would date every page it names "updated 2099", and
 * their citations with it).
 */
import type { Change } from '../schemas/change';
import { THEME_SLUGS } from '../schemas/theme';
import { routes } from './paths';

/**
 * Today as an ISO day, wherever on Earth it is latest (UTC+14): an editor's own today is never
 * refused, whatever the time zone of the machine that builds.
 */
export function todayAnywhere(now = Date.now()): string {
  return new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}

interface Named {
  id: string;
}

/** The site paths a change may name. */
export function sitePaths(corpus: { sources: readonly Named[]; actors: readonly Named[] }) {
  const fixed = [
    'home',
    'themes',
    'timeline',
    'map',
    'sources',
    'actors',
    'about',
    'search',
    'changes',
  ] as const;
  return new Set([
    ...fixed.map((r) => `/${routes[r]()}`),
    ...THEME_SLUGS.flatMap((t) => [`/${routes.theme(t)}`, `/${routes.themeSources(t)}`]),
    ...corpus.sources.map((s) => `/${routes.source(s.id)}`),
    ...corpus.actors.map((a) => `/${routes.actor(a.id)}`),
  ]);
}

export function checkChanges(
  changes: readonly { path: string; data: Change }[],
  isPage: (path: string) => boolean,
  today: string,
  add: (file: string, field: string, message: string) => void,
): void {
  for (const c of changes) {
    c.data.pages.forEach((p, i) => {
      if (!isPage(p)) add(c.path, `pages[${i}]`, `"${p}" is not a page of the site`);
    });
    if (c.data.date.iso > today) {
      add(
        c.path,
        'date',
        `${c.data.date.iso} is after today (${today}): date a change when it is published`,
      );
    }
  }
}

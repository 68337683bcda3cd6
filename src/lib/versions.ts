/**
 * Page versions. A page's version is the site's release and a short hash of the content the
 * page is built from and of the corrections it shows, so it changes exactly when what the page
 * shows does; its date is that of the latest entry in content/changes/ that names the page (or
 * the first publication).
 */
import { createHash } from 'node:crypto';
import pkg from '../../package.json' with { type: 'json' };
import type { Change } from '../schemas/change';
import { formatPartialDate } from './format';
import { changeAnchor, href, routes } from './paths';
import type { Item, Site } from './site';

export const RELEASE = pkg.version;

const prints = new WeakMap<object, string>();

/** Seven hex digits of SHA-256 over the value's JSON: stable for equal content. */
export function fingerprint(value: unknown): string {
  const known = typeof value === 'object' && value !== null ? prints.get(value) : undefined;
  if (known) return known;
  const print = createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 7);
  if (typeof value === 'object' && value !== null) prints.set(value, print);
  return print;
}

/** The whole corpus, one object a site, so that its fingerprint is taken once a build. */
const corpora = new WeakMap<Site, object>();
function corpusOf(site: Site): object {
  let corpus = corpora.get(site);
  if (!corpus) {
    const { sources, themes, events, actors, disagreements } = site;
    corpus = { sources, themes, events, actors, disagreements };
    corpora.set(site, corpus);
  }
  return corpus;
}

export interface PageVersion {
  version: string;
  /** ISO day. */
  updated: string;
}

/** The corrections that name a page, newest first. */
export function correctionsOf(site: Site, path: string): Item<Change>[] {
  return site.changes.filter((c) => c.data.kind === 'correction' && c.data.pages.includes(path));
}

export interface CorrectionMark {
  /** "Corrected 29 November 2026". */
  text: string;
  /** ISO day, for `<time datetime>`. */
  iso: string;
  /** That day's corrections' entries on /changes/ (what the page said, what it says now). */
  hrefs: string[];
}

/**
 * What a page shows of its corrections: "Corrected <date>" for each day a correction names it,
 * newest first, linking to the entries on /changes/. Every correction, not the latest: a page is
 * corrected rarely, and a reader holding a citation of an older version needs each one since.
 */
export function correctionMarks(site: Site, path: string, base: string): CorrectionMark[] {
  const days = new Map<string, CorrectionMark>();
  for (const c of correctionsOf(site, path)) {
    const iso = c.data.date.iso;
    let mark = days.get(iso);
    if (!mark) {
      mark = { text: `Corrected ${formatPartialDate(c.data.date)}`, iso, hrefs: [] };
      days.set(iso, mark);
    }
    mark.hrefs.push(`${href(base, routes.changes())}#${changeAnchor(c.id)}`);
  }
  return [...days.values()];
}

export function pageVersion(site: Site, path: string, content: unknown): PageVersion {
  const dates = site.changes.map((c) => c.data.date.iso).sort();
  const touching = site.changes
    .filter((c) => c.data.pages.includes(path))
    .map((c) => c.data.date.iso)
    .sort();
  // The corrections' ids join the content's print, not the content itself: the corpus's print
  // is taken once a build, however many pages hash it.
  const corrected = correctionsOf(site, path).map((c) => c.id);
  const print = fingerprint(content);
  return {
    version: `${RELEASE}+${corrected.length > 0 ? fingerprint([print, ...corrected]) : print}`,
    updated: touching.at(-1) ?? dates[0] ?? '1970-01-01',
  };
}

/**
 * What a page is built from, for its version hash: a theme, source or actor page hashes its
 * own entry and what it lists; every other page (home, indexes, timeline) hashes the corpus.
 */
export function pageContent(site: Site, path: string): unknown {
  const [, kind, slug = ''] = /^\/(themes|sources|actors)\/([^/]+)\/$/.exec(path) ?? [];
  const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
  if (kind === 'themes') {
    const t = site.theme(slug);
    return {
      t,
      claims: site.claimsByThemeAndSource(t.id).map((g) => [g.source.id, g.claims]),
      events: site.eventsForTheme(t.id),
      disagreements: site.disagreementsForTheme(t.id),
      actors: ids(site.actorsForTheme(t.id)),
    };
  }
  if (kind === 'sources') return { s: site.source(slug), events: ids(site.eventsForSource(slug)) };
  if (kind === 'actors') {
    return {
      a: site.actor(slug),
      claims: site.claimsForActor(slug).map((r) => r.claim),
      events: site.eventsForActor(slug),
      disagreements: ids(site.disagreementsForActor(slug)),
    };
  }
  return corpusOf(site);
}

const versions = new WeakMap<Site, Map<string, PageVersion>>();

/** A page's version, worked out once a build: every page and both bibliographies ask for it. */
export function versionOf(site: Site, path: string): PageVersion {
  let known = versions.get(site);
  if (!known) versions.set(site, (known = new Map()));
  let v = known.get(path);
  if (!v) known.set(path, (v = pageVersion(site, path, pageContent(site, path))));
  return v;
}

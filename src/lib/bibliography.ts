/**
 * The citation downloads: the four original articles, and the site's own pages, each as BibTeX,
 * RIS and CSL-JSON (/data/sources.bib, /data/pages.ris...).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
  FORMATS,
  citeEach,
  citeEachInParallel,
  citeList,
  pageItem,
  sourceItem,
  type Citations,
  type CslItem,
} from './citation';
import { pageTitle, sitemapPaths } from './feed';
import { href, routes } from './paths';
import type { Site } from './site';
import { versionOf } from './versions';

export const BIBLIOGRAPHY_FILES = {
  'sources.bib': ['sources', 'bibtex'],
  'sources.ris': ['sources', 'ris'],
  'sources.json': ['sources', 'csljson'],
  'pages.bib': ['pages', 'bibtex'],
  'pages.ris': ['pages', 'ris'],
  'pages.json': ['pages', 'csljson'],
} as const;
export type BibliographyFile = keyof typeof BIBLIOGRAPHY_FILES;

/** The downloads of one set ("pages", "sources"), each with its format's name, in their order. */
export const bibliographyDownloads = (set: 'pages' | 'sources') =>
  (Object.keys(BIBLIOGRAPHY_FILES) as BibliographyFile[])
    .filter((file) => BIBLIOGRAPHY_FILES[file][0] === set)
    .map((file) => ({ file, name: FORMATS[BIBLIOGRAPHY_FILES[file][1]] }));

/** A page's citation key: "/themes/talks/" -> "explainer-themes-talks". */
export const pageCiteId = (sitePath: string) =>
  `explainer${sitePath.replace(/\/$/, '').replaceAll('/', '-') || '-home'}`;

export function bibliographyItems(
  site: Site,
  set: 'sources' | 'pages',
  siteUrl: string,
  base: string,
): CslItem[] {
  const accessed = versionOf(site, '/').updated;
  if (set === 'sources') return site.sources.map((s) => sourceItem(s.id, s.data, accessed));
  return sitemapPaths(site).map((p) => {
    const sitePath = `/${p}`;
    const version = versionOf(site, sitePath);
    return pageItem({
      id: pageCiteId(sitePath),
      title: pageTitle(site, p),
      url: new URL(href(base, p), siteUrl).href,
      ...version,
      accessed: version.updated,
    });
  });
}

export function bibliographyFile(
  site: Site,
  file: BibliographyFile,
  siteUrl: string,
  base: string,
): string {
  const [set, format] = BIBLIOGRAPHY_FILES[file];
  return citeList(bibliographyItems(site, set, siteUrl, base), format);
}

export interface SiteCitations {
  /** A page's own citations, by site path ("/themes/talks/"); undefined for an unknown page. */
  page(path: string): Promise<Citations | undefined>;
  /** An original article's, by source slug, accessed on its source page's date. */
  original(slug: string): Promise<Citations | undefined>;
  /** What is cited, as a hash: the same site at the same address gives the same. */
  fingerprint: string;
}

/** Where the CSL work may run: worker threads running this file, this many of them. */
export interface Parallel {
  workerFile: string;
  threads: number;
}

/**
 * Worker threads for a project at `root`: one a core but the one that builds the pages; none
 * when the worker script is not there (a bundled copy of this module, away from the sources).
 */
export function citationThreads(root: string): Parallel | undefined {
  const workerFile = join(root, 'src/lib/csl-entries.mjs');
  if (!existsSync(workerFile)) return undefined;
  return { workerFile, threads: Math.max(1, availableParallelism() - 1) };
}

/**
 * What the pages cite: each page itself, in the order the build writes the pages (Astro takes
 * routes with more fixed segments first, the listings and /actors/page/2/..., then the others
 * by address), and each original article, accessed on its source page's date.
 */
function citedItems(site: Site, siteUrl: string, base: string) {
  const entity = (i: CslItem) => (/\/(actors|sources)\/[^/]+\/$/.test(i.URL) ? 1 : 0);
  const pages = bibliographyItems(site, 'pages', siteUrl, base).sort(
    (a, b) => entity(a) - entity(b) || (a.URL < b.URL ? -1 : a.URL > b.URL ? 1 : 0),
  );
  const originals = site.sources.map((s) =>
    sourceItem(s.id, s.data, versionOf(site, `/${routes.source(s.id)}`).updated),
  );
  return { pages, originals };
}

/** Every item's id, the key in every format, must be unique: a collision is a build error. */
export function assertUniqueIds(items: readonly CslItem[]): void {
  const seen = new Map<string, string>();
  for (const i of items) {
    const other = seen.get(i.id);
    if (other !== undefined) {
      throw new Error(`citation key "${i.id}" is given to both ${other} and ${i.URL}`);
    }
    seen.set(i.id, i.URL);
  }
}

const fingerprintOf = (items: ReturnType<typeof citedItems>) =>
  createHash('sha256').update(JSON.stringify(items)).digest('hex');

/** The fingerprint siteCitations would give the site, without formatting anything. */
export const citationFingerprint = (site: Site, siteUrl: string, base: string) =>
  fingerprintOf(citedItems(site, siteUrl, base));

/**
 * Every citation the pages show, formatted in one pass (a CSL run a style, not a page). Given
 * `parallel`, worker threads format them, in the order the build writes the pages, so a page
 * waits at most for its own chunk.
 */
export function siteCitations(
  site: Site,
  siteUrl: string,
  base: string,
  parallel?: Parallel,
): SiteCitations {
  const items = citedItems(site, siteUrl, base);
  const all = [...items.pages, ...items.originals];
  assertUniqueIds(all);
  const cited: Map<string, Citations | Promise<Citations>> = parallel
    ? citeEachInParallel(all, parallel.workerFile, parallel.threads)
    : citeEach(all);
  return {
    page: async (path) => cited.get(pageCiteId(path)),
    original: async (slug) => cited.get(slug),
    fingerprint: fingerprintOf(items),
  };
}

const STARTED = Symbol.for('explainer.site-citations');
const shared = globalThis as { [STARTED]?: SiteCitations | undefined };

/**
 * Starts formatting the site's citations ahead of the pages: the build calls it as soon as the
 * content check has read the corpus, so that the worker threads run while Astro loads the
 * collections, on a core that would otherwise be idle.
 */
export function startSiteCitations(site: Site, siteUrl: string, base: string, parallel: Parallel) {
  shared[STARTED] = siteCitations(site, siteUrl, base, parallel);
}

/** The citations started ahead, if they were started for exactly this site; taken once. */
export function takeStartedCitations(fingerprint: string): SiteCitations | undefined {
  const started = shared[STARTED];
  shared[STARTED] = undefined;
  if (!started || started.fingerprint === fingerprint) return started;
  // The site the pages see differs from the one the content check read: a bug, and a slow one.
  console.warn('citations: formatted ahead for another site than the pages show; formatting again');
  return undefined;
}

/**
 * The citation downloads: the four original articles, and the site's own pages, each as BibTeX,
 * RIS and CSL-JSON (/data/sources.bib, /data/pages.ris...).
 */
import {
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
}

/** Where the CSL work may run: worker threads running this file, this many of them. */
export interface Parallel {
  workerFile: string;
  threads: number;
}

/**
 * Every citation the pages show, formatted in one pass (a CSL run a style, not a page). Given
 * `parallel`, worker threads format them while the pages are built, in the order the build
 * writes the pages (by path), so a page waits at most for its own chunk.
 */
export function siteCitations(
  site: Site,
  siteUrl: string,
  base: string,
  parallel?: Parallel,
): SiteCitations {
  // In the order the build writes the pages: Astro takes routes with more fixed segments first
  // (the listings, /actors/page/2/...), then the others by address (/actors/x/ before /sources/y/).
  const entity = (i: CslItem) => (/\/(actors|sources)\/[^/]+\/$/.test(i.URL) ? 1 : 0);
  const items = bibliographyItems(site, 'pages', siteUrl, base).sort(
    (a, b) => entity(a) - entity(b) || (a.URL < b.URL ? -1 : a.URL > b.URL ? 1 : 0),
  );
  const pages: Map<string, Citations | Promise<Citations>> = parallel
    ? citeEachInParallel(items, parallel.workerFile, parallel.threads)
    : citeEach(items);
  const originalItems = site.sources.map((s) =>
    sourceItem(s.id, s.data, versionOf(site, `/${routes.source(s.id)}`).updated),
  );
  const originals: Map<string, Citations | Promise<Citations>> = parallel
    ? citeEachInParallel(originalItems, parallel.workerFile, parallel.threads)
    : citeEach(originalItems);
  return {
    page: async (path) => pages.get(pageCiteId(path)),
    original: async (slug) => originals.get(slug),
  };
}

/**
 * The citation downloads: the four original articles, and the site's own pages, each as BibTeX,
 * RIS and CSL-JSON (/data/sources.bib, /data/pages.ris...).
 */
import { citeEach, citeList, pageItem, sourceItem, type Citations, type CslItem } from './citation';
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
  /** Each page's own citations, by site path ("/themes/talks/"). */
  pages: Map<string, Citations>;
  /** Each original article's, by source slug, accessed on its source page's date. */
  originals: Map<string, Citations>;
}

/** Every citation the pages show, formatted in one pass (a CSL run a style, not a page). */
export function siteCitations(site: Site, siteUrl: string, base: string): SiteCitations {
  const pages = citeEach(bibliographyItems(site, 'pages', siteUrl, base));
  const originals = citeEach(
    site.sources.map((s) =>
      sourceItem(s.id, s.data, versionOf(site, `/${routes.source(s.id)}`).updated),
    ),
  );
  return {
    pages: new Map(
      sitemapPaths(site).flatMap((p) => {
        const c = pages.get(pageCiteId(`/${p}`));
        return c ? [[`/${p}`, c] as const] : [];
      }),
    ),
    originals,
  };
}

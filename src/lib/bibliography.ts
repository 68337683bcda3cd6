/**
 * The citation downloads: the four original articles, and the site's own pages, each as BibTeX,
 * RIS and CSL-JSON (/data/sources.bib, /data/pages.ris...).
 */
import { formatCitations, pageItem, sourceItem, type CslItem } from './citation';
import { pageTitle, sitemapPaths } from './feed';
import { href } from './paths';
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
      id: `explainer${sitePath.replace(/\/$/, '').replaceAll('/', '-') || '-home'}`,
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
  return formatCitations(bibliographyItems(site, set, siteUrl, base))[format];
}

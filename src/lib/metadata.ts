/**
 * Reference-manager metadata for a page: Highwire Press citation_* tags (read by Zotero's
 * Embedded Metadata translator), Dublin Core, and schema.org JSON-LD. Pure.
 *
 * Every page, a source page too, is described as what it is: a web page of ours, by the site's
 * editors as one institutional author, dated by its version. Zotero files it as a "Web Page"
 * (the type that fits a page that changes by versions and has no issuing report series; a
 * "Report" would print a report type), as CSL-JSON ("webpage"), BibTeX (@misc) and RIS (ELEC)
 * do. A source page's title says it is our summary; the original article's own metadata is only
 * in its "Cite the original" block and the downloads (isBasedOn names it here).
 */
import { SITE_AUTHOR, SITE_CONTAINER } from './citation';
import type { Item } from './site';
import type { Source } from '../schemas/source';
import type { PageVersion } from './versions';

export interface PageMeta {
  title: string;
  description: string;
  canonical: string;
  version: PageVersion;
  /** ISO day the site was first published. */
  firstPublished: string;
  /** The original articles the page rests on. */
  basedOn: readonly Item<Source>[];
}

const slashDate = (iso: string) => iso.replaceAll('-', '/');

export function highwireTags(m: PageMeta): [string, string][] {
  return [
    ['citation_title', m.title],
    // Highwire names are "Family, Given": an institution is all family name, no given name,
    // which Zotero keeps as one field (fieldMode 1) instead of splitting "The explainer's" off.
    ['citation_author', `${SITE_AUTHOR},`],
    ['citation_publication_date', slashDate(m.version.updated)],
    ['citation_publisher', SITE_CONTAINER],
    ['citation_public_url', m.canonical],
    ['citation_language', 'en'],
  ];
}

export function dublinCore(m: PageMeta): [string, string][] {
  return [
    ['DC.title', m.title],
    ['DC.creator', SITE_AUTHOR],
    ['DC.publisher', SITE_CONTAINER],
    ['DC.date', m.version.updated],
  ];
}

export function jsonLd(m: PageMeta): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    headline: m.title,
    url: m.canonical,
    datePublished: m.firstPublished,
    dateModified: m.version.updated,
    version: m.version.version,
    author: { '@type': 'Organization', name: SITE_AUTHOR },
    isPartOf: { '@type': 'WebSite', name: SITE_CONTAINER },
    ...(m.basedOn.length > 0 && {
      isBasedOn: m.basedOn.map((s) => ({
        '@type': 'NewsArticle',
        headline: s.data.headline,
        url: s.data.url,
        datePublished: s.data.published.date.iso,
        publisher: { '@type': 'Organization', name: s.data.outlet },
      })),
    }),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so it can never close the tag. */
export const ldJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

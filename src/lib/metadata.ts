/**
 * Reference-manager metadata for a page: Highwire Press citation_* tags (read by Zotero's
 * Embedded Metadata translator), Dublin Core, and schema.org JSON-LD. Pure.
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
  /** A source page describes one article; other pages are the site's own reports. */
  kind: 'report' | 'article';
}

const slashDate = (iso: string) => iso.replaceAll('-', '/');

export function highwireTags(m: PageMeta): [string, string][] {
  return [
    ['citation_title', m.title],
    ['citation_author', SITE_AUTHOR],
    ['citation_publication_date', slashDate(m.firstPublished)],
    ['citation_online_date', slashDate(m.version.updated)],
    ['citation_publisher', SITE_CONTAINER],
    // Zotero takes a page with citation_title alone for a journal article; naming the issuing
    // body makes it a report, which is what these pages are.
    ['citation_technical_report_institution', SITE_CONTAINER],
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
    ['DC.description', m.description],
    ['DC.identifier', m.canonical],
    ['DC.language', 'en'],
    ['DC.type', 'Text'],
    ...m.basedOn.map((s): [string, string] => ['DC.source', s.data.url]),
  ];
}

export function jsonLd(m: PageMeta): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': m.kind === 'article' ? 'Article' : 'Report',
    headline: m.title,
    description: m.description,
    url: m.canonical,
    inLanguage: 'en',
    datePublished: m.firstPublished,
    dateModified: m.version.updated,
    version: m.version.version,
    author: { '@type': 'Organization', name: SITE_AUTHOR },
    publisher: { '@type': 'Organization', name: SITE_CONTAINER },
    isBasedOn: m.basedOn.map((s) => ({
      '@type': 'NewsArticle',
      headline: s.data.headline,
      url: s.data.url,
      datePublished: s.data.published.date.iso,
      publisher: { '@type': 'Organization', name: s.data.outlet },
    })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so it can never close the tag. */
export const ldJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

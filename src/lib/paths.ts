/**
 * Every internal URL goes through here, so that a site deployed under a sub-path (BASE_PATH)
 * links correctly. One trailing-slash policy: page URLs end in "/".
 */

/** Normalises a base path to "/" or "/sub/path/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Joins the base and a site path: href("/explainer/", "sources/x/") -> "/explainer/sources/x/". */
export function href(base: string, path = ''): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

export const routes = {
  home: () => '',
  themes: () => 'themes/',
  theme: (slug: string) => `themes/${slug}/`,
  /** A theme page as a Word document; the home page's is `brief.docx`. */
  themeBrief: (slug: string) => `themes/${slug}/brief.docx`,
  homeBrief: () => 'brief.docx',
  /** A theme's evidence: what each source says on it, claim by claim. */
  themeSources: (slug: string) => `themes/${slug}/sources/`,
  sources: () => 'sources/',
  source: (slug: string) => `sources/${slug}/`,
  actors: () => 'actors/',
  actor: (slug: string) => `actors/${slug}/`,
  timeline: () => 'timeline/',
  map: () => 'map/',
  placesData: () => 'data/places.geojson',
  about: () => 'about/',
  search: () => 'search/',
  changes: () => 'changes/',
  feed: () => 'changes.xml',
  sitemap: () => 'sitemap.xml',
  claims: () => 'data/claims.csv',
  claimsJson: () => 'data/claims.json',
  /** A citation download: `data/pages.json`, `data/sources.bib`... (src/lib/bibliography.ts). */
  citationData: (file: string) => `data/${file}`,
  /** A page's share card (og:image): "themes/ttp/" -> "cards/themes/ttp.png". */
  card: (page: string) => `cards/${page.replace(/^\/+|\/+$/g, '') || 'home'}.png`,
  claim: (source: string, id: string) => `sources/${source}/#${claimAnchor(id)}`,
} as const;

export const claimAnchor = (id: string) => `claim-${id}`;
/** A source's block on a theme's evidence pages. */
export const themeSourceAnchor = (source: string) => `from-${source}`;
export const eventAnchor = (id: string) => `event-${id}`;
export const disagreementAnchor = (id: string) => `disagreement-${id}`;
export const changeAnchor = (id: string) => `change-${id}`;

/**
 * Ids the pages give their own elements, whole and as prefixes (anchors above, footnotes, the
 * search field): a content body's heading that would take one of them gets `section-` before
 * its slug, so that every id on a page is unique whatever a body's headings say. (A theme page's
 * `from-<source>` ids are not reserved, so that headings beginning "From" keep their ids; the
 * built-site tests check that every id on every page is unique.)
 */
export const PAGE_IDS = new Set([
  'main',
  'q',
  'site-search-q',
  'summary',
  'summaries',
  'synthesis',
  'in-brief',
  'events',
  'actors',
  'sources',
  'themes',
  'claims',
  'claim-kinds',
  'dates',
  'data',
  'corrections',
  'disagreements',
  'where-the-sources-disagree',
  'what-each-source-says',
  'bibliographic',
  'cite-this-page',
  'cite-original',
  'footnote-label',
  'source-notes',
]);
export const PAGE_ID_PREFIXES = [
  'claim-',
  'claims-',
  'event-',
  'disagreement-',
  'change-',
  'kind-',
  'user-content-',
  'fn-',
  'fnref-',
  'p-',
];

/** A body heading's id that cannot clash with the page's own. */
export const bodyHeadingId = (slug: string): string =>
  PAGE_IDS.has(slug) || PAGE_ID_PREFIXES.some((p) => slug.startsWith(p)) || slug === ''
    ? `section-${slug || 'untitled'}`
    : slug;

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

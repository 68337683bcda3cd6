/**
 * Which pages have a share card and what each card shows: the home page, each theme, the
 * timeline and each source page. Pure: the route (src/pages/cards/) draws them, the page head
 * links them (og:image), from this one list.
 */
import type { Card } from './share-card';
import { SITE_TITLE, pageTitle } from './feed';
import { routes } from './paths';
import type { Site } from './site';

/** The light scheme's colours in global.css, by custom property name without "--". */
export function cssColours(css: string): Record<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return Object.fromEntries(
    [...root.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1], m[2]]),
  );
}

export interface PageCard {
  /** The page's site path, as routes gives it ("themes/ttp/"). */
  page: string;
  card: Card;
  /** og:image:alt: what the image shows. */
  alt: string;
}

/** Every card, given the site's colours by CSS custom property ("theme-ttp", "accent"). */
export function pageCards(site: Site, colours: Record<string, string>): PageCard[] {
  const accent = colours['accent'] ?? '#000000';
  const colour = (theme: string | undefined) => (theme && colours[`theme-${theme}`]) || accent;
  const card = (page: string, kicker: string, c: string): PageCard => {
    const title = pageTitle(site, page);
    return {
      page,
      card: { title, kicker, colour: c, siteName: SITE_TITLE },
      alt: `${kicker}: ${title}`,
    };
  };
  return [
    card(routes.home(), 'A reference explainer', accent),
    ...site.themes.map((t) => card(routes.theme(t.id), 'Theme', colour(t.id))),
    card(routes.timeline(), 'Timeline', accent),
    ...site.sources.map((s) =>
      card(routes.source(s.id), 'Source summary', colour(s.data.themes[0])),
    ),
  ];
}

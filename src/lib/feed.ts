/**
 * The machine-readable site files: the Atom feed of changes, the sitemap and robots.txt. Pure;
 * every URL absolute, built from SITE_URL and the base path. No build timestamps, so two builds
 * of one commit are identical.
 */
import { CHANGE_KINDS, type Change } from '../schemas/change';
import { correctionWords } from './format';
import { changeAnchor, href, routes } from './paths';
import { pagePath } from './paginate';
import { actorPages, sourcePages, themePages, timelinePages, type Item, type Site } from './site';
import { escapeMarkup } from './markup';

const xml = escapeMarkup;

export const SITE_TITLE = 'Pakistan, the Afghan Taliban and the TTP';
/** The home page's standfirst, also its brief's (/brief.docx). */
export const HOME_STANDFIRST =
  "How Pakistan's hopes for the Taliban's return in 2021 turned into open hostility over the Tehrik-e-Taliban Pakistan, failed talks and strikes across the border, told from four published articles, with every statement tied to the passage it rests on.";

/** A change's entry, in words: why, then, for a correction, what the pages said and say now. */
function entryHtml(c: Item<Change>, abs: (path: string) => string): string {
  const p = (s: string) => `<p>${xml(s)}</p>`;
  const words = correctionWords(c.data.pages.length);
  return [
    p(c.data.summary),
    c.data.said === undefined ? '' : p(`${words.said}: ${c.data.said}`),
    c.data.says === undefined ? '' : p(`${words.says}: ${c.data.says}`),
    `<p>Pages: ${c.data.pages.map((page) => `<a href="${xml(abs(page))}">${xml(page)}</a>`).join(', ')}</p>`,
  ].join('');
}

export function atomFeed(site: Site, siteUrl: string, base: string): string {
  const abs = (path: string) => new URL(href(base, path), siteUrl).href;
  const updated = site.changes[0]?.data.date.iso ?? '2026-01-01';
  const entries = site.changes.map((c) => {
    const url = `${abs(routes.changes())}#${changeAnchor(c.id)}`;
    return [
      '  <entry>',
      `    <id>${xml(url)}</id>`,
      `    <title>${xml(`${CHANGE_KINDS[c.data.kind]}: ${c.data.title}`)}</title>`,
      `    <updated>${c.data.date.iso}T00:00:00Z</updated>`,
      `    <link rel="alternate" href="${xml(url)}"/>`,
      ...c.data.pages.map((page) => `    <link rel="related" href="${xml(abs(page))}"/>`),
      `    <summary>${xml(c.data.summary)}</summary>`,
      `    <content type="html">${xml(entryHtml(c, abs))}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(abs(''))}</id>`,
    `  <title>${xml(`${SITE_TITLE}: changes and corrections`)}</title>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <link rel="self" href="${xml(abs(routes.feed()))}"/>`,
    `  <link rel="alternate" href="${xml(abs(routes.changes()))}"/>`,
    "  <author><name>The explainer's editors</name></author>",
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** Every page a search engine should know, absolute. */
export function sitemapPaths(site: Site): string[] {
  return [
    routes.home(),
    routes.themes(),
    ...site.themes.flatMap((t) => [
      routes.theme(t.id),
      ...themePages(site, t.id).map((p) => pagePath(routes.themeSources(t.id), p.number)),
    ]),
    ...timelinePages(site).map((p) => pagePath(routes.timeline(), p.number)),
    routes.map(),
    ...sourcePages(site).map((p) => pagePath(routes.sources(), p.number)),
    ...site.sources.map((s) => routes.source(s.id)),
    ...actorPages(site).map((p) => pagePath(routes.actors(), p.number)),
    ...site.actors.map((a) => routes.actor(a.id)),
    routes.about(),
    routes.changes(),
    routes.search(),
  ];
}

export function sitemap(site: Site, siteUrl: string, base: string): string {
  const urls = sitemapPaths(site).map(
    (p) => `  <url><loc>${xml(new URL(href(base, p), siteUrl).href)}</loc></url>`,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function robots(siteUrl: string, base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(href(base, routes.sitemap()), siteUrl).href}\n`;
}

/** The title each page gives itself, for citations of the site's own pages. */
/** A source page's title: our summary of the article, never the article itself. */
export const summaryTitle = (headline: string) => `Summary of “${headline}”`;

export function pageTitle(site: Site, path: string): string {
  const [, kind, slug = ''] = /^(?:\/?)(themes|sources|actors)\/([^/]+)\/$/.exec(path) ?? [];
  if (kind === 'themes') return site.theme(slug).data.title;
  if (kind === 'sources') return summaryTitle(site.source(slug).data.headline);
  if (kind === 'actors') return site.actor(slug).data.name;
  const [, theme, , tn] = /^\/?themes\/([^/]+)\/sources\/(page\/(\d+)\/)?$/.exec(path) ?? [];
  if (theme) {
    const t = site.theme(theme);
    const title = `What each source says: ${t.data.title}`;
    return tn ? `${title}, page ${tn} of ${themePages(site, t.id).length}` : title;
  }
  const [, listing, n] = /^\/?(sources|actors|timeline)\/page\/(\d+)\/$/.exec(path) ?? [];
  if (listing && n) {
    const pages = { sources: sourcePages, actors: actorPages, timeline: timelinePages }[
      listing as 'sources' | 'actors' | 'timeline'
    ](site);
    return `${listing.charAt(0).toUpperCase()}${listing.slice(1)}, page ${n} of ${pages.length}`;
  }
  const fixed: Record<string, string> = {
    '': SITE_TITLE,
    'themes/': 'Themes',
    'timeline/': 'Timeline',
    'map/': 'Map',
    'sources/': 'Sources',
    'actors/': 'Actors',
    'about/': 'About and method',
    'changes/': 'Changes and corrections',
    'search/': 'Search',
  };
  return fixed[path.replace(/^\//, '')] ?? path;
}

/**
 * The site's read model, computed once from the collections: sorted lists and the look-ups that
 * pages need (a theme's claims by source, an actor's claims and events...). Pure: entries in,
 * plain objects out; pages only read it.
 */
import { ACTOR_KINDS, type Actor } from '../schemas/actor';
import type { Change } from '../schemas/change';
import { CLAIM_KINDS, type Claim, type ClaimKind } from '../schemas/claim';
import { dateBounds } from '../schemas/date';
import type { Disagreement } from '../schemas/disagreement';
import type { Event } from '../schemas/event';
import type { Source } from '../schemas/source';
import { isThemeSlug, type Theme, type ThemeSlug } from '../schemas/theme';
import { PER_PAGE, pagePath, paginate, type Page } from './paginate';
import { eventAnchor, routes, themeSourceAnchor } from './paths';

export interface Item<T> {
  id: string;
  data: T;
  /** The Markdown body, for entries that have one. */
  body?: string | undefined;
}

export interface SiteInput {
  sources: readonly Item<Source>[];
  themes: readonly Item<Theme>[];
  events: readonly Item<Event>[];
  actors: readonly Item<Actor>[];
  disagreements: readonly Item<Disagreement>[];
  changes: readonly Item<Change>[];
}

export interface ThemeItem {
  id: ThemeSlug;
  data: Theme;
  body?: string | undefined;
}

export interface ClaimRef {
  claim: Claim;
  source: Item<Source>;
}

export interface Site {
  sources: Item<Source>[];
  themes: ThemeItem[];
  events: Item<Event>[];
  actors: Item<Actor>[];
  disagreements: Item<Disagreement>[];
  /** Corrections and updates, newest first. */
  changes: Item<Change>[];
  claim(id: string): ClaimRef;
  source(slug: string): Item<Source>;
  actor(slug: string): Item<Actor>;
  theme(slug: string): ThemeItem;
  /** A theme's claims, grouped by source in publication order. */
  claimsByThemeAndSource(theme: ThemeSlug): { source: Item<Source>; claims: Claim[] }[];
  eventsForTheme(theme: ThemeSlug): Item<Event>[];
  actorsForTheme(theme: ThemeSlug): Item<Actor>[];
  disagreementsForTheme(theme: ThemeSlug): Item<Disagreement>[];
  sourcesForTheme(theme: ThemeSlug): Item<Source>[];
  /** Events that rest on at least one of the source's claims. */
  eventsForSource(slug: string): Item<Event>[];
  actorsForSource(slug: string): Item<Actor>[];
  claimsForActor(slug: string): ClaimRef[];
  eventsForActor(slug: string): Item<Event>[];
  disagreementsForActor(slug: string): Item<Disagreement>[];
}

/** Chronological order: earliest possible start, then earliest end, then id for stability. */
export function compareEvents(a: Item<Event>, b: Item<Event>): number {
  const sa = dateBounds(a.data.date.start).first;
  const sb = dateBounds(b.data.date.start).first;
  if (sa !== sb) return sa - sb;
  const ea = dateBounds(a.data.date.end ?? a.data.date.start).last;
  const eb = dateBounds(b.data.date.end ?? b.data.date.start).last;
  if (ea !== eb) return ea - eb;
  return a.id.localeCompare(b.id);
}

function required<T>(map: Map<string, T>, key: string, what: string): T {
  const v = map.get(key);
  if (v === undefined) throw new Error(`unknown ${what} "${key}"`);
  return v;
}

/**
 * An entry as the site uses it: its id, data and body (without the blank lines around it),
 * whatever else the loader attached, so that the same files give the same site (and versions)
 * however they were read.
 */
const plain = <T>({ id, data, body }: Item<T>): Item<T> => ({
  id,
  data,
  body: body?.trim() || undefined,
});

export function buildSite(input: SiteInput): Site {
  const sources = input.sources
    .map(plain)
    .sort(
      (a, b) =>
        dateBounds(a.data.published.date).first - dateBounds(b.data.published.date).first ||
        a.id.localeCompare(b.id),
    );
  const themes = input.themes
    .flatMap((t) =>
      isThemeSlug(t.id) ? [{ id: t.id, data: t.data, body: t.body?.trim() || undefined }] : [],
    )
    .sort((a, b) => a.data.order - b.data.order);
  const events = input.events.map(plain).sort(compareEvents);
  const actors = input.actors
    .map(plain)
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id));
  const disagreements = input.disagreements.map(plain).sort((a, b) => a.id.localeCompare(b.id));
  const changes = input.changes
    .map(plain)
    .sort((a, b) => b.data.date.iso.localeCompare(a.data.date.iso) || a.id.localeCompare(b.id));

  const claims = new Map<string, ClaimRef>();
  for (const source of sources) {
    for (const claim of source.data.claims) claims.set(claim.id, { claim, source });
  }
  const bySlug = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  const sourceMap = bySlug(sources);
  const actorMap = bySlug(actors);
  const themeMap = bySlug(themes);

  // Indexes, built once, so that every look-up is proportional to its answer, not the corpus.
  const claimRefs = [...claims.values()];
  const claimActors = (c: Claim) => (c.byActor ? [c.byActor, ...c.actors] : c.actors);
  const claimsByActor = groupBy(claimRefs, (r) => claimActors(r.claim));
  const eventsByActor = groupBy(events, (e) => e.data.actors);
  const eventsBySource = groupBy(events, (e) =>
    e.data.claims.map((c) => claims.get(c)?.source.id ?? ''),
  );
  const actorsBySource = groupBy(actors, (a) => a.data.mentions.map((m) => m.source));
  const disagreementsByActor = groupBy(disagreements, (d) =>
    d.data.positions.flatMap((p) => [
      ...(p.actor ? [p.actor] : []),
      ...p.claims.flatMap((id) => claimActors(required(claims, id, 'claim').claim)),
    ]),
  );
  const byTheme = <T>(xs: readonly T[], themesOf: (x: T) => readonly string[]) =>
    groupBy(xs, themesOf);
  const eventsByTheme = byTheme(events, (e) => e.data.themes);
  const actorsByTheme = byTheme(actors, (a) => a.data.themes);
  const disagreementsByTheme = byTheme(disagreements, (d) => d.data.themes);
  const sourcesByTheme = byTheme(sources, (x) => x.data.themes);

  return {
    sources,
    themes,
    events,
    actors,
    disagreements,
    changes,
    claim: (id) => required(claims, id, 'claim'),
    source: (slug) => required(sourceMap, slug, 'source'),
    actor: (slug) => required(actorMap, slug, 'actor'),
    theme: (slug) => required(themeMap, slug, 'theme'),
    claimsByThemeAndSource: (theme) =>
      sources
        .map((source) => ({
          source,
          claims: source.data.claims.filter((c) => c.themes.includes(theme)),
        }))
        .filter((g) => g.claims.length > 0),
    eventsForTheme: (theme) => eventsByTheme.get(theme) ?? [],
    actorsForTheme: (theme) => actorsByTheme.get(theme) ?? [],
    disagreementsForTheme: (theme) => disagreementsByTheme.get(theme) ?? [],
    sourcesForTheme: (theme) => sourcesByTheme.get(theme) ?? [],
    eventsForSource: (slug) => eventsBySource.get(slug) ?? [],
    actorsForSource: (slug) => actorsBySource.get(slug) ?? [],
    claimsForActor: (slug) => claimsByActor.get(slug) ?? [],
    eventsForActor: (slug) => eventsByActor.get(slug) ?? [],
    disagreementsForActor: (slug) => disagreementsByActor.get(slug) ?? [],
  };
}

/** Items grouped under each of their keys, in the items' order, each item once a key. */
export function groupBy<T, K>(items: readonly T[], keysOf: (item: T) => readonly K[]): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = out.get(key);
      if (list) list.push(item);
      else out.set(key, [item]);
    }
  }
  return out;
}

/** The actors as the index lists them: grouped by kind, in the kinds' order, then by name. */
export function actorsInIndexOrder(actors: readonly Item<Actor>[]): Item<Actor>[] {
  const kinds = Object.keys(ACTOR_KINDS);
  return [...actors].sort(
    (a, b) =>
      kinds.indexOf(a.data.kind) - kinds.indexOf(b.data.kind) ||
      a.data.name.localeCompare(b.data.name, 'en', { numeric: true }) ||
      a.id.localeCompare(b.id),
  );
}

/** `f` worked out once a site and key: listings are asked for by every page that names them. */
function perSite<K, V>(f: (site: Site, key: K) => V): (site: Site, key: K) => V {
  const cache = new WeakMap<Site, Map<K, V>>();
  return (site, key) => {
    let known = cache.get(site);
    if (!known) cache.set(site, (known = new Map()));
    if (!known.has(key)) known.set(key, f(site, key));
    return known.get(key) as V;
  };
}

const listing = perSite((site, which: 'sources' | 'actors' | 'events') =>
  which === 'sources'
    ? paginate(site.sources, PER_PAGE.sources)
    : which === 'events'
      ? paginate(site.events, PER_PAGE.timeline)
      : paginate(actorsInIndexOrder(site.actors), PER_PAGE.actors),
);
/** The timeline's pages: PER_PAGE.timeline events each, in order. */
export const timelinePages = (site: Site) => listing(site, 'events') as Page<Item<Event>>[];

/** Which page of the timeline lists each event, by event id: worked out once a site. */
const eventPages = new WeakMap<Site, Map<string, number>>();

/** An event's permanent address: its anchor on the page of the timeline that lists it. */
export function eventPath(site: Site, id: string): string {
  let pages = eventPages.get(site);
  if (!pages) {
    pages = new Map(timelinePages(site).flatMap((p) => p.items.map((e) => [e.id, p.number])));
    eventPages.set(site, pages);
  }
  return `${pagePath(routes.timeline(), pages.get(id) ?? 1)}#${eventAnchor(id)}`;
}

/** The pages of the sources index and of the actors index. */
export const sourcePages = (site: Site) => listing(site, 'sources') as Page<Item<Source>>[];
export const actorPages = (site: Site) => listing(site, 'actors') as Page<Item<Actor>>[];

/** What the theme page itself carries of each long listing before it points to its evidence pages. */
export const THEME_LIMITS = { events: 12, actors: 30, sources: 10, disagreements: 10 } as const;

export interface ThemePage {
  /** 1-based; page 1 is at "themes/<slug>/sources/". */
  number: number;
  count: number;
  /** This page's sources, each with its claims on the theme. */
  bySource: { source: Item<Source>; claims: Claim[] }[];
  /** The disagreements the theme page has no room for, carried on here. */
  disagreements: Item<Disagreement>[];
}

/**
 * A theme's evidence pages: what each source says on it, claim by claim, PER_PAGE.themeSources
 * sources a page, and the disagreements beyond the first THEME_LIMITS.disagreements (those are
 * on the theme page), as many a page. A theme with hundreds of sources stays light pages.
 */
export const themePages = perSite((site, theme: ThemeSlug): ThemePage[] => {
  const sources = paginate(site.claimsByThemeAndSource(theme), PER_PAGE.themeSources);
  const later = site.disagreementsForTheme(theme).slice(THEME_LIMITS.disagreements);
  const disagreements = later.length > 0 ? paginate(later, PER_PAGE.themeSources) : [];
  const count = Math.max(sources.length, disagreements.length);
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    bySource: sources[i]?.items ?? [],
    disagreements: disagreements[i]?.items ?? [],
  }));
});

/** The address of page n of a theme's evidence pages, and of one source's block there. */
export function themeSourcesPath(site: Site, theme: ThemeSlug, source?: string): string {
  const path = routes.themeSources(theme);
  if (source === undefined) return path;
  const n = themePages(site, theme).find((p) => p.bySource.some((g) => g.source.id === source));
  return `${pagePath(path, n?.number ?? 1)}#${themeSourceAnchor(source)}`;
}

/** The disagreements the theme page shows itself. */
export const themeDisagreements = (site: Site, theme: ThemeSlug) =>
  site.disagreementsForTheme(theme).slice(0, THEME_LIMITS.disagreements);

/** One source's claims on a theme, counted by kind, in the order of CLAIM_KINDS. */
export interface SourceTally {
  source: Item<Source>;
  claims: number;
  byKind: { kind: ClaimKind; count: number }[];
}

/** The first THEME_LIMITS.sources sources of the theme, each with its claims counted by kind. */
export function themeSourceTallies(site: Site, theme: ThemeSlug): SourceTally[] {
  return site
    .claimsByThemeAndSource(theme)
    .slice(0, THEME_LIMITS.sources)
    .map(({ source, claims }) => ({
      source,
      claims: claims.length,
      byKind: (Object.keys(CLAIM_KINDS) as ClaimKind[])
        .map((kind) => ({ kind, count: claims.filter((c) => c.kind === kind).length }))
        .filter((k) => k.count > 0),
    }));
}

/** How many claims the sources make on the theme. */
export const themeClaimCount = perSite((site, theme: ThemeSlug) =>
  site.claimsByThemeAndSource(theme).reduce((n, g) => n + g.claims.length, 0),
);

/** The theme's most recent events, at most THEME_LIMITS.events, in chronological order. */
export const themeEvents = (site: Site, theme: ThemeSlug) =>
  site.eventsForTheme(theme).slice(-THEME_LIMITS.events);

/** The theme's actors that the sources cite most, at most THEME_LIMITS.actors, by name. */
export function themeActors(site: Site, theme: ThemeSlug): Item<Actor>[] {
  const all = site.actorsForTheme(theme);
  if (all.length <= THEME_LIMITS.actors) return all;
  return [...all]
    .sort((a, b) => site.claimsForActor(b.id).length - site.claimsForActor(a.id).length)
    .slice(0, THEME_LIMITS.actors)
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { numeric: true }));
}

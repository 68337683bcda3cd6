/**
 * The site's read model, computed once from the collections: sorted lists and the look-ups that
 * pages need (a theme's claims by source, an actor's claims and events...). Pure: entries in,
 * plain objects out; pages only read it.
 */
import type { Actor } from '../schemas/actor';
import type { Change } from '../schemas/change';
import type { Claim } from '../schemas/claim';
import { dateBounds } from '../schemas/date';
import type { Disagreement } from '../schemas/disagreement';
import type { Event } from '../schemas/event';
import type { Source } from '../schemas/source';
import { isThemeSlug, type Theme, type ThemeSlug } from '../schemas/theme';

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

export function buildSite(input: SiteInput): Site {
  const sources = [...input.sources].sort(
    (a, b) =>
      dateBounds(a.data.published.date).first - dateBounds(b.data.published.date).first ||
      a.id.localeCompare(b.id),
  );
  const themes = input.themes
    .flatMap((t) => (isThemeSlug(t.id) ? [{ id: t.id, data: t.data, body: t.body }] : []))
    .sort((a, b) => a.data.order - b.data.order);
  const events = [...input.events].sort(compareEvents);
  const actors = [...input.actors].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  const disagreements = [...input.disagreements].sort((a, b) => a.id.localeCompare(b.id));
  const changes = [...input.changes].sort(
    (a, b) => b.data.date.iso.localeCompare(a.data.date.iso) || a.id.localeCompare(b.id),
  );

  const claims = new Map<string, ClaimRef>();
  for (const source of sources) {
    for (const claim of source.data.claims) claims.set(claim.id, { claim, source });
  }
  const bySlug = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  const sourceMap = bySlug(sources);
  const actorMap = bySlug(actors);
  const themeMap = bySlug(themes);

  const claimIdsOf = (slug: string) =>
    new Set(required(sourceMap, slug, 'source').data.claims.map((c) => c.id));
  const involves = (c: Claim, actor: string) => c.byActor === actor || c.actors.includes(actor);

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
    eventsForTheme: (theme) => events.filter((e) => e.data.themes.includes(theme)),
    actorsForTheme: (theme) => actors.filter((a) => a.data.themes.includes(theme)),
    disagreementsForTheme: (theme) => disagreements.filter((d) => d.data.themes.includes(theme)),
    sourcesForTheme: (theme) => sources.filter((s) => s.data.themes.includes(theme)),
    eventsForSource: (slug) => {
      const ids = claimIdsOf(slug);
      return events.filter((e) => e.data.claims.some((c) => ids.has(c)));
    },
    actorsForSource: (slug) => actors.filter((a) => a.data.mentions.some((m) => m.source === slug)),
    claimsForActor: (slug) => [...claims.values()].filter((r) => involves(r.claim, slug)),
    eventsForActor: (slug) => events.filter((e) => e.data.actors.includes(slug)),
    disagreementsForActor: (slug) =>
      disagreements.filter((d) =>
        d.data.positions.some(
          (p) =>
            p.actor === slug ||
            p.claims.some((id) => involves(required(claims, id, 'claim').claim, slug)),
        ),
      ),
  };
}

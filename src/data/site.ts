import { resolve } from 'node:path';
/** Loads the collections once per build and hands pages the read model from src/lib/site. */
import { getCollection } from 'astro:content';
import {
  citationFingerprint,
  citationThreads,
  siteCitations,
  takeStartedCitations,
  type SiteCitations,
} from '../lib/bibliography';
import { cssColours, pageCards, type PageCard } from '../lib/cards';
import { buildSite, type Site } from '../lib/site';
import globalCss from '../styles/global.css?raw';

let site: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  site ??= (async () =>
    buildSite({
      sources: await getCollection('sources'),
      themes: await getCollection('themes'),
      events: await getCollection('events'),
      actors: await getCollection('actors'),
      disagreements: await getCollection('disagreements'),
      changes: await getCollection('changes'),
    }))();
  return site;
}

let citations: Promise<SiteCitations> | undefined;

/**
 * Every page's citations, formatted once a build (the site's address and base are fixed): the
 * ones the build started ahead (src/integrations/content-check.ts) when they were started for
 * this very site, else formatted now, in worker threads when the worker script is at hand.
 */
export function getCitations(siteUrl: string, base: string): Promise<SiteCitations> {
  citations ??= getSite().then((site) => {
    const started = takeStartedCitations(citationFingerprint(site, siteUrl, base));
    if (started) return started;
    const parallel = citationThreads(resolve('.'));
    return siteCitations(site, siteUrl, base, parallel);
  });
  return citations;
}

let cards: Promise<Map<string, PageCard>> | undefined;

/** The pages that have a share card, by site path ("themes/ttp/"), the colours from the CSS. */
export function getCards(): Promise<Map<string, PageCard>> {
  cards ??= getSite().then(
    (s) => new Map(pageCards(s, cssColours(globalCss)).map((c) => [c.page, c])),
  );
  return cards;
}

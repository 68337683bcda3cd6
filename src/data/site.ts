/** Loads the collections once per build and hands pages the read model from src/lib/site. */
import { getCollection } from 'astro:content';
import { siteCitations, type SiteCitations } from '../lib/bibliography';
import { buildSite, type Site } from '../lib/site';

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

/** Every page's citations, formatted once a build (the site's address and base are fixed). */
export function getCitations(siteUrl: string, base: string): Promise<SiteCitations> {
  citations ??= (async () => siteCitations(await getSite(), siteUrl, base))();
  return citations;
}

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
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

/**
 * Every page's citations, formatted once a build (the site's address and base are fixed), on
 * all of the machine's cores when the worker script is where the build runs from.
 */
export function getCitations(siteUrl: string, base: string): Promise<SiteCitations> {
  const workerFile = resolve('src/lib/csl-entries.mjs');
  const parallel = existsSync(workerFile)
    ? { workerFile, threads: availableParallelism() }
    : undefined;
  citations ??= getSite().then((site) => siteCitations(site, siteUrl, base, parallel));
  return citations;
}

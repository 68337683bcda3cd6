/**
 * The claim downloads (/data/claims.json, /data/claims.csv): one row a claim, in the sources'
 * order and each source's own, with stable columns. Lists inside a cell are joined with "; ",
 * as in the event downloads, and the CSV is written by the same writer.
 */
import { href, routes } from './paths';
import type { Site } from './site';
import { versionOf } from './versions';

/** The columns, in order, with what each holds: the README and the about page list them. */
export const CLAIM_COLUMNS = {
  id: 'Stable identifier; the anchor on its source page is #claim-<id>',
  source: 'Slug of the source that makes the claim',
  source_title: 'Headline of the original article',
  outlet: 'Who published the original article',
  kind: 'reported, allegation, assessment or recommendation',
  speaker: 'Who asserts it, as the site shows it',
  speaker_actor: 'Actor slug of who asserts it, when it is one of ours; empty if not',
  statement: 'The claim, in our words',
  themes: 'Theme slugs',
  actors: 'Slugs of the actors it is about',
  paragraph: 'Paragraph of the archived article it rests on, from 1',
  sentence: 'Sentence within that paragraph, from 1; empty when the paragraph is enough',
  quotation: 'The exact words of the article it rests on (at most 25 words)',
  url: 'The claim on its source page: its permanent address',
  version: 'The site version the file was built from (release + content hash)',
} as const;
export type ClaimRow = Record<keyof typeof CLAIM_COLUMNS, string>;

/** A claim's permanent address, absolute. */
export const claimUrl = (siteUrl: string, base: string, source: string, id: string) =>
  new URL(href(base, routes.claim(source, id)), siteUrl).href;

/** The site's version: the home page's, which hashes the whole corpus. */
export const siteVersion = (site: Site) => versionOf(site, `/${routes.home()}`).version;

export function claimRows(site: Site, siteUrl: string, base: string): ClaimRow[] {
  const version = siteVersion(site);
  return site.sources.flatMap((s) =>
    s.data.claims.map((c) => ({
      id: c.id,
      source: s.id,
      source_title: s.data.headline,
      outlet: s.data.outlet,
      kind: c.kind,
      speaker: c.by,
      speaker_actor: c.byActor ?? '',
      statement: c.statement,
      themes: c.themes.join('; '),
      actors: c.actors.join('; '),
      paragraph: String(c.locator.paragraph),
      sentence: c.locator.sentence === undefined ? '' : String(c.locator.sentence),
      quotation: c.locator.quote,
      url: claimUrl(siteUrl, base, s.id, c.id),
      version,
    })),
  );
}

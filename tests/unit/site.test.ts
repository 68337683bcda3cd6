import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  citationFingerprint,
  startSiteCitations,
  takeStartedCitations,
} from '../../src/lib/bibliography';
import { checkCorpus } from '../../src/lib/check';
import { groupCites } from '../../src/lib/cites';
import { buildSite, compareEvents } from '../../src/lib/site';
import { ROOT, realFiles } from '../helpers';

const WORKER = join(ROOT, 'src/lib/csl-entries.mjs');

const site = buildSite(checkCorpus(realFiles()).corpus);

describe('the site model', () => {
  it('orders events by their earliest possible date, spans after points', () => {
    site.events.slice(1).forEach((e, i) => {
      expect(compareEvents(site.events[i] ?? e, e)).toBeLessThan(0);
    });
    expect(site.events[0]?.id).toBe('pakistan-ttp-war-begins');
  });

  it('orders sources by publication and themes by their order field', () => {
    expect(site.sources.map((s) => s.data.published.date.year)).toEqual([2021, 2022, 2024, 2024]);
    expect(site.themes.map((t) => t.id)).toEqual([
      'ttp',
      'afghan-taliban',
      'talks',
      'cross-border-strikes',
    ]);
  });

  it("groups a theme's claims by source, keeping only claims of that theme", () => {
    const groups = site.claimsByThemeAndSource('cross-border-strikes');
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) {
      for (const c of g.claims) expect(c.themes).toContain('cross-border-strikes');
    }
  });

  it('finds every claim that involves an actor, as asserter or subject', () => {
    const refs = site.claimsForActor('asfandyar-mir');
    expect(refs.map((r) => r.claim.id)).toContain('at-mir-asylum');
    expect(
      refs.every(
        (r) => r.claim.byActor === 'asfandyar-mir' || r.claim.actors.includes('asfandyar-mir'),
      ),
    ).toBe(true);
  });

  it("lists a source's events through its claims", () => {
    const ids = site.eventsForSource('unrest-in-afghanistan').map((e) => e.id);
    expect(ids).toContain('strikes-paktika-khost');
    expect(ids).not.toContain('ceasefire-brokered');
  });

  it('throws on an unknown id rather than rendering a broken link', () => {
    expect(() => site.claim('no-such-claim')).toThrow(/unknown claim/);
  });
});

describe('groupCites', () => {
  it('groups by source and tells apart two claims from one paragraph', () => {
    const groups = groupCites(
      ['at-airstrikes', 'at-airstrikes-civilians', 'patriot-kurram-fire'].map(site.claim),
    );
    expect(groups.map((g) => [g.title, g.links.map((l) => l.label)])).toEqual([
      ['Asia Times report', ['¶ 4a', '¶ 4b']],
      ['Daily The Patriot editorial', ['¶ 2']],
    ]);
  });
});

describe('the same files, read two ways', () => {
  // Astro's loader hands entries with more fields and the body's blank lines; the content check
  // hands them trimmed. The site, its versions and so its citations must not tell them apart:
  // the build formats citations from the check's reading before Astro has loaded anything.
  const { corpus } = checkCorpus(realFiles());
  const asAstro = <D>(xs: { id: string; data: D; body: string }[]) =>
    [...xs].reverse().map((x) => ({
      id: x.id,
      data: x.data,
      body: x.body === '' ? undefined : `\n${x.body}\n`,
      filePath: `content/${x.id}`,
      digest: 'abc',
      rendered: { html: '<p>x</p>', metadata: {} },
    }));
  const fromAstro = buildSite({
    sources: asAstro(corpus.sources),
    themes: asAstro(corpus.themes),
    events: asAstro(corpus.events),
    actors: asAstro(corpus.actors),
    disagreements: asAstro(corpus.disagreements),
    changes: asAstro(corpus.changes),
  });

  it('gives the same citations fingerprint', () => {
    const url = 'https://example.org/';
    expect(citationFingerprint(fromAstro, url, '/')).toBe(citationFingerprint(site, url, '/'));
    expect(citationFingerprint(fromAstro, url, '/sub/')).not.toBe(
      citationFingerprint(site, url, '/'),
    );
  });

  it('hands the citations started ahead only to the site they were started for', async () => {
    const url = 'https://example.org/';
    startSiteCitations(site, url, '/', { workerFile: WORKER, threads: 1 });
    expect(takeStartedCitations(citationFingerprint(fromAstro, url, '/sub/'))).toBeUndefined();
    startSiteCitations(site, url, '/', { workerFile: WORKER, threads: 1 });
    const taken = takeStartedCitations(citationFingerprint(fromAstro, url, '/'));
    expect(taken?.fingerprint).toBe(citationFingerprint(site, url, '/'));
    expect(takeStartedCitations(citationFingerprint(site, url, '/'))).toBeUndefined();
    // They were formatted by the worker thread, for this site's pages.
    const talks = await taken?.page('/themes/talks/');
    expect(talks?.apa).toContain('https://example.org/themes/talks/');
  });
});

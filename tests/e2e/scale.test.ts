/**
 * A corpus larger than the real one: a synthetic corpus of 105 sources (1,050 actors, 525
 * events), built as users build, must split its indexes, themes and timeline into pages that
 * list every entry once, link each other and appear in the sitemap, every internal link
 * resolving.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATIOS, writeSyntheticCorpus } from '../../scripts/synthetic-corpus';
import { PER_PAGE } from '../../src/lib/paginate';
import { THEME_LIMITS } from '../../src/lib/site';
import { ROOT, buildEnv } from '../helpers';
import { brokenLinks, builtPages, type BuiltPage } from './built';
import { launchChromium } from './harness';
import { startPreview } from './server';

const SOURCES = 105;
const ACTORS = SOURCES * RATIOS.actors;
const EVENTS = SOURCES * RATIOS.events;
const pageCount = (n: number, per: number) => Math.ceil(n / per);
const listing = (base: string, n: number) =>
  Array.from({ length: n }, (_, i) => (i === 0 ? base : `${base}page/${i + 1}/`));
const tmp = mkdtempSync(join(tmpdir(), 'scale-'));
const out = join(tmp, 'dist');
let pages: BuiltPage[] = [];
let output = '';

beforeAll(() => {
  const size = writeSyntheticCorpus(join(tmp, 'content'), SOURCES);
  expect(size.actors).toBe(ACTORS);
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    env: buildEnv({ OUT_DIR: out, CONTENT_DIR: join(tmp, 'content'), SOURCE_ARCHIVE: '' }),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`synthetic build failed:\n${r.stdout}${r.stderr}`);
  output = `${r.stdout}${r.stderr}`;
  pages = builtPages(out);
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const page = (path: string) => {
  const p = pages.find((x) => x.path === path);
  if (!p) throw new Error(`no page ${path}`);
  return p.html;
};
/** The entry links of an index page's listing (the pager's links are not entries). */
const entries = (html: string, kind: 'sources' | 'actors') =>
  [...html.matchAll(new RegExp(`<a href="/${kind}/([a-z0-9-]+)/"`, 'g'))]
    .map((m) => m[1])
    .filter((slug) => slug !== 'page');

describe('a corpus of 105 sources', () => {
  const sourcePages = listing('/sources/', pageCount(SOURCES, PER_PAGE.sources));
  const actorPages = listing('/actors/', pageCount(ACTORS, PER_PAGE.actors));

  it('lists its sources and actors on pages of 30 and 120, each entry once', () => {
    expect(sourcePages.length).toBeGreaterThan(1);
    expect(
      pages.filter((p) => /^\/sources\/(page\/\d+\/)?$/.test(p.path)).map((p) => p.path),
    ).toEqual(sourcePages.slice().sort());
    expect(
      pages.filter((p) => /^\/actors\/(page\/\d+\/)?$/.test(p.path)).map((p) => p.path),
    ).toEqual(actorPages.slice().sort());
    const listedSources = sourcePages.flatMap((p) => entries(page(p), 'sources'));
    expect(entries(page('/sources/'), 'sources')).toHaveLength(PER_PAGE.sources);
    expect(new Set(listedSources).size).toBe(SOURCES);
    expect(listedSources).toHaveLength(SOURCES);
    const listedActors = actorPages.flatMap((p) => entries(page(p), 'actors'));
    expect(entries(page('/actors/'), 'actors')).toHaveLength(PER_PAGE.actors);
    expect(new Set(listedActors).size).toBe(ACTORS);
    expect(listedActors).toHaveLength(ACTORS);
  });

  it('links each page of an index to the next and the previous, and names the page it is', () => {
    const second = page('/actors/page/2/');
    expect(second).toContain(`<title>Actors, page 2 of ${actorPages.length}`);
    expect(second).toMatch(/<a href="\/actors\/" rel="prev"[^>]*>/);
    expect(second).toMatch(/<a href="\/actors\/page\/3\/" rel="next"[^>]*>/);
    expect(second).toMatch(/<a href="\/actors\/page\/2\/" aria-current="page"[^>]*>2<\/a>/);
    expect(page('/actors/')).toMatch(/<a href="\/actors\/page\/2\/" rel="next"[^>]*>/);
  });

  it('lists its events on timeline pages of 500, each once, and links each event to its page', () => {
    const timeline = listing('/timeline/', pageCount(EVENTS, PER_PAGE.timeline));
    expect(timeline.length).toBe(2);
    const ids = timeline.flatMap((p) =>
      [...page(p).matchAll(/<li class="event[^"]*" id="event-([^"]+)"/g)].map((m) => m[1]),
    );
    expect(ids).toHaveLength(EVENTS);
    expect(new Set(ids).size).toBe(EVENTS);
    const later = ids.at(-1) ?? '';
    expect(later).not.toBe('');
    // An event on page 2 is linked there from the page of the source it rests on.
    const linked = pages.filter((p) => p.html.includes(`/timeline/page/2/#event-${later}"`));
    expect(linked.length).toBeGreaterThan(0);
  });

  it('folds the long list of sources a timeline page filters by into a box of its own', () => {
    const html = page('/timeline/');
    const boxes = [...html.matchAll(/<input type="checkbox" data-facet="source" value="([^"]+)"/g)];
    expect(boxes.length).toBeGreaterThan(12);
    expect(html).toMatch(
      new RegExp(`<summary[^>]*>${boxes.length} sources: show, to choose</summary>`),
    );
  });

  it('sends an old /timeline/#event- link on to the later page that now lists the event', async () => {
    const later = [...page('/timeline/page/2/').matchAll(/id="event-([^"]+)"/g)].at(-1)?.[1];
    expect(later).toBeTruthy();
    const server = await startPreview(out);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      await tab.goto(server.url(`/timeline/#event-${later}`));
      await tab.waitForURL(`**/timeline/page/2/#event-${later}`);
      await expect.poll(() => tab.locator(`#event-${later}`).isVisible()).toBe(true);
      // An event that is on the page is not sent anywhere.
      const first = [...page('/timeline/').matchAll(/id="event-([^"]+)"/g)][0]?.[1];
      await tab.goto(server.url(`/timeline/#event-${first}`));
      await tab.waitForTimeout(500);
      expect(new URL(tab.url()).pathname).toBe('/timeline/');
    } finally {
      await browser.close();
      await server.stop();
    }
  });

  it('puts every page of the indexes in the sitemap, and every link resolves', () => {
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    for (const p of ['/sources/page/2/', '/actors/page/3/', '/timeline/page/2/']) {
      expect(sitemap).toContain(`${p}<`);
    }
    expect(brokenLinks(out, '/')).toEqual([]);
  });
});

describe('the build of a corpus of 105 sources', () => {
  it('uses the citations it started ahead, and indexes every searchable page', () => {
    expect(output).not.toContain('formatting again');
    const indexed = Number(/search: indexed (\d+) pages/.exec(output)?.[1]);
    const searchable = pages.filter((p) => p.html.includes('data-pagefind-body')).length;
    expect(indexed).toBe(searchable);
    expect(searchable).toBeGreaterThan(SOURCES + ACTORS);
  });
});

describe('a theme of a corpus of 105 sources', () => {
  it('puts what each source says on numbered evidence pages, ten sources a page, each once', () => {
    const evidence = pages.filter((p) => /^\/themes\/ttp\/sources\/(page\/\d+\/)?$/.test(p.path));
    expect(evidence.length).toBeGreaterThan(1);
    const slugs = evidence.flatMap((p) =>
      [...p.html.matchAll(/<section class="by-source[^"]*" aria-labelledby="from-([^"]+)"/g)].map(
        (m) => m[1],
      ),
    );
    expect(new Set(slugs).size).toBe(slugs.length);
    // Every source of the theme is on one of them: the theme page's count says how many.
    const count = /Drawn from (?:<a [^>]*>)?(\d+) sources/.exec(page('/themes/ttp/'))?.[1];
    expect(slugs.length).toBe(Number(count));
    for (const p of evidence) {
      const here = [...p.html.matchAll(/aria-labelledby="from-/g)].length;
      expect(here, p.path).toBeLessThanOrEqual(PER_PAGE.themeSources);
    }
    expect(page('/themes/ttp/sources/page/2/')).toContain(
      '<title>What each source says: Theme ttp, page 2 of',
    );
  });

  it('keeps the theme page short: ten sources tallied, ten disagreements, the rest linked', () => {
    const html = page('/themes/ttp/');
    expect(html).not.toContain('class="by-source');
    expect([...html.matchAll(/<a href="\/themes\/ttp\/sources\/[^"]*#from-/g)]).toHaveLength(
      THEME_LIMITS.sources,
    );
    expect(html).toMatch(/The first 10 of \d+ sources\./);
    expect([...html.matchAll(/<section class="disagreement"/g)].length).toBe(
      THEME_LIMITS.disagreements,
    );
    // A source's tally links to the evidence page that carries its block.
    const link = /<a href="(\/themes\/ttp\/sources\/[^"#]*)#(from-[^"]+)"/.exec(html);
    expect(page(link?.[1] ?? '')).toContain(`aria-labelledby="${link?.[2]}"`);
  });

  it('shows the most recent events and the most cited actors, and says how many it leaves out', () => {
    const html = page('/themes/ttp/');
    expect([...html.matchAll(/<li class="event[ "]/g)].length).toBeLessThanOrEqual(12);
    expect(html).toMatch(/The 12 most recent of the theme(?:'|&#39;)s \d+ events/);
    expect(html).toMatch(/The 30 the sources cite most of the theme(?:'|&#39;)s \d+/);
  });
});

/**
 * A corpus larger than the real one: a synthetic corpus of 35 sources (350 actors, 175 events),
 * built as users build, must split its indexes into pages that list every entry once, link
 * each other and appear in the sitemap, with every internal link resolving.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/synthetic-corpus';
import { PER_PAGE } from '../../src/lib/paginate';
import { ROOT, buildEnv } from '../helpers';
import { brokenLinks, builtPages, type BuiltPage } from './built';

const SOURCES = 35;
const tmp = mkdtempSync(join(tmpdir(), 'scale-'));
const out = join(tmp, 'dist');
let pages: BuiltPage[] = [];

beforeAll(() => {
  const size = writeSyntheticCorpus(join(tmp, 'content'), SOURCES);
  expect(size.actors).toBe(350);
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    env: buildEnv({ OUT_DIR: out, CONTENT_DIR: join(tmp, 'content'), SOURCE_ARCHIVE: '' }),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`synthetic build failed:\n${r.stdout}${r.stderr}`);
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

describe('a corpus of 35 sources', () => {
  it('lists its sources on pages of 30 and its actors on pages of 120, each entry once', () => {
    const sourcePages = ['/sources/', '/sources/page/2/'];
    const actorPages = ['/actors/', '/actors/page/2/', '/actors/page/3/'];
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
    expect(new Set(listedActors).size).toBe(350);
    expect(listedActors).toHaveLength(350);
  });

  it('links each page of an index to the next and the previous, and names the page it is', () => {
    const second = page('/actors/page/2/');
    expect(second).toContain('<title>Actors, page 2 of 3');
    expect(second).toMatch(/<a href="\/actors\/" rel="prev"[^>]*>/);
    expect(second).toMatch(/<a href="\/actors\/page\/3\/" rel="next"[^>]*>/);
    expect(second).toMatch(/<a href="\/actors\/page\/2\/" aria-current="page"[^>]*>2<\/a>/);
    expect(page('/actors/')).toMatch(/<a href="\/actors\/page\/2\/" rel="next"[^>]*>/);
  });

  it('puts every page of the indexes in the sitemap, and every link resolves', () => {
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    for (const p of ['/sources/page/2/', '/actors/page/3/']) expect(sitemap).toContain(`${p}<`);
    expect(brokenLinks(out, '/')).toEqual([]);
  });
});

describe('a theme of a corpus of 35 sources', () => {
  it('carries its sources and disagreements over numbered pages, ten of each a page', () => {
    const theme = pages.filter((p) => /^\/themes\/ttp\/(page\/\d+\/)?$/.test(p.path));
    expect(theme.length).toBeGreaterThan(1);
    const sections = theme.flatMap((p) => [
      ...p.html.matchAll(/<section class="by-source[^"]*" aria-labelledby="from-([^"]+)"/g),
    ]);
    const slugs = sections.map((m) => m[1]);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const p of theme) {
      const here = [...p.html.matchAll(/aria-labelledby="from-/g)].length;
      expect(here, p.path).toBeLessThanOrEqual(PER_PAGE.themeSources);
    }
    expect(page('/themes/ttp/page/2/')).toContain('<title>Theme ttp, page 2 of');
  });

  it('shows the most recent events and the most cited actors, and says how many it leaves out', () => {
    const html = page('/themes/ttp/');
    expect([...html.matchAll(/<li class="event[ "]/g)].length).toBeLessThanOrEqual(12);
    expect(html).toMatch(/The 12 most recent of the theme(?:'|&#39;)s \d+ events/);
    expect(html).toMatch(/The 30 the sources cite most of the theme(?:'|&#39;)s \d+/);
  });
});

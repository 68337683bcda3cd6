/**
 * Deploying anywhere static: a build under a sub-path (BASE_PATH=/explainer/), made twice, must
 * be byte-identical, have every link, asset, feed, sitemap entry, search index and canonical URL
 * under the sub-path, and score on Lighthouse. A build that fails leaves the previous site as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { CONTENT, ROOT, buildEnv } from '../helpers';
import { brokenLinks, builtPages } from './built';
import { launchChromium } from './harness';
import { startPreview, type Preview } from './server';
import { PAGE_TYPES } from './weight';

const BASE = '/explainer/';
const PORT = 4391;
const SITE = `http://127.0.0.1:${PORT}`;
const tmp = mkdtempSync(join(tmpdir(), 'deploy-'));
const first = join(tmp, 'first');
const second = join(tmp, 'second');

function build(out: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    env: buildEnv({ OUT_DIR: out, BASE_PATH: BASE, SITE_URL: SITE, ...env }),
    encoding: 'utf8',
  });
}

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) {
      const full = join(f.parentPath, f.name);
      out.set(relative(dir, full), readFileSync(full));
    }
  }
  return out;
}

let server: Preview;
beforeAll(async () => {
  for (const out of [first, second]) {
    const r = build(out);
    if (r.status !== 0) throw new Error(`sub-path build failed:\n${r.stdout}${r.stderr}`);
  }
  server = await startPreview(first, BASE, PORT);
}, 300_000);
afterAll(async () => {
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe('a build under /explainer/', () => {
  it('is byte-identical when made twice from the same commit', () => {
    const a = files(first);
    const b = files(second);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const differ = [...a].filter(([name, bytes]) => !bytes.equals(b.get(name) ?? Buffer.alloc(0)));
    expect(differ.map(([name]) => name)).toEqual([]);
  });

  it('resolves every internal link and fragment under the sub-path', () => {
    expect(builtPages(first).length).toBeGreaterThan(50);
    expect(brokenLinks(first, BASE)).toEqual([]);
  });

  it('puts assets, canonical URLs, the sitemap, the feed and robots.txt under the sub-path', () => {
    for (const p of builtPages(first)) {
      for (const m of p.html.matchAll(/\s(?:src|href)="(\/[^"]*)"/g))
        expect(m[1], p.path).toMatch(/^\/explainer\//);
      if (p.path !== '/404/') {
        expect(p.html, p.path).toContain(`<link rel="canonical" href="${SITE}${BASE}`);
      }
    }
    const sitemap = readFileSync(join(first, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs.length).toBeGreaterThan(50);
    expect(locs.every((l) => l.startsWith(`${SITE}${BASE}`))).toBe(true);
    const feed = readFileSync(join(first, 'changes.xml'), 'utf8');
    expect(feed).toContain(`<link rel="self" href="${SITE}${BASE}changes.xml"/>`);
    expect(readFileSync(join(first, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE}${BASE}sitemap.xml`,
    );
    const events = JSON.parse(readFileSync(join(first, 'data/events.json'), 'utf8')) as {
      events: { url: string }[];
    };
    expect(events.events.every((e) => e.url.startsWith(`${SITE}${BASE}timeline/#event-`))).toBe(
      true,
    );
  });

  it('searches under the sub-path, with results that link under it', async () => {
    const browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(server.url('/search/?q=Muttaki'));
    await page.locator('.results li').first().waitFor();
    const links = await page
      .locator('.results a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((h) => h?.startsWith(BASE))).toBe(true);
    await browser.close();
  });

  it('scores on Lighthouse (mobile): accessibility, best practices and SEO 100, performance 95+, layout shift under 0.05', async () => {
    const chromePath = findChromium();
    if (!chromePath) throw new Error('no Chromium');
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    const scores: Record<string, Record<string, number>> = {};
    const shift: Record<string, number> = {};
    try {
      for (const [type, path] of Object.entries(PAGE_TYPES)) {
        if (type === 'notFound') continue;
        const r = await lighthouse(server.url(path), {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const c = r?.lhr.categories ?? {};
        scores[type] = Object.fromEntries(
          Object.entries(c).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]),
        );
        shift[type] = r?.lhr.audits['cumulative-layout-shift']?.numericValue ?? Infinity;
      }
    } finally {
      chrome.kill();
    }
    console.log('Lighthouse scores:', JSON.stringify(scores), 'CLS:', JSON.stringify(shift));
    expect(Object.entries(shift).filter(([, v]) => !(v < 0.05))).toEqual([]);
    for (const [type, s] of Object.entries(scores)) {
      expect({ type, ...s }).toEqual({
        type,
        performance: expect.toSatisfy((n: number) => n >= 95),
        accessibility: 100,
        'best-practices': 100,
        seo: 100,
      });
    }
  }, 600_000);
});

describe('a failed build', () => {
  it('leaves the previous site untouched', () => {
    const site = join(tmp, 'live');
    cpSync(first, site, { recursive: true });
    const before = files(site);
    const content = join(tmp, 'bad-content');
    cpSync(CONTENT, content, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/bad/event-30-february'), content, { recursive: true });
    const r = build(site, { CONTENT_DIR: content });
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toContain('content/events/test-event.yaml: date.start');
    const after = files(site);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...after].every(([k, v]) => v.equals(before.get(k) ?? Buffer.alloc(0)))).toBe(true);
  }, 120_000);
});

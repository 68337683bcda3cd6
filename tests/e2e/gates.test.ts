/**
 * Site-wide quality gates over every built page: html-validate, axe (WCAG 2.2 A and AA, light
 * and dark), no request to any other origin, the per-page-type weight budgets, and layout shift
 * on one page of each type. The outside validators with their stock settings are in outside.test.ts.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, brokenLinks, builtPages, htmlValidateErrors } from './built';
import { axe, useBrowser, visit } from './harness';
import { RECORD_SHIFTS, shiftsWhileScrolled } from './layout-shift';
import { BUDGETS, PAGE_TYPES, pageWeight, themePaths, type PageType } from './weight';

const pages = builtPages();
const browser = useBrowser();

describe('every built page', () => {
  it(`passes html-validate with no error (${pages.length} pages)`, async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    expect(await htmlValidateErrors(validator, pages)).toEqual([]);
  });

  // One test a page: axe in light and dark, and a record of every request the page makes.
  it.each(pages.map((p) => p.path))(
    '%s passes axe (WCAG 2.2 A, AA; light and dark) and asks no other origin for anything',
    async (path) => {
      const violations: string[] = [];
      const foreign: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, close } = await browser.open(visit(path), { colorScheme });
        const origin = new URL(browser.url('/')).origin;
        page.on('request', (r) => {
          const url = r.url();
          if (!url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
        });
        // Let islands that upgrade on sight run: scroll to the end and wait for the network.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        for (const v of await axe(page)) violations.push(`${colorScheme}: ${v}`);
        await close();
      }
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
    },
  );

  it('keeps every page type within its budget (gzip)', () => {
    const over: string[] = [];
    const checked: [PageType, string][] = [
      ...(Object.entries(PAGE_TYPES) as [PageType, string][]),
      ...themePaths(DIST).map((p): [PageType, string] => ['theme', p]),
    ];
    for (const [type, path] of checked) {
      const w = pageWeight(DIST, path);
      const b = BUDGETS[type];
      if (w.htmlCss.gzip > b.htmlCss)
        over.push(`${path} (${type}) HTML+CSS ${w.htmlCss.gzip} > ${b.htmlCss}`);
      if (w.js.gzip > b.js) over.push(`${path} (${type}) JS ${w.js.gzip} > ${b.js}`);
    }
    expect(checked.filter(([t]) => t === 'theme').length).toBeGreaterThanOrEqual(4);
    expect(over).toEqual([]);
  });
});

describe('layout shift', () => {
  // Lighthouse counts a score of 0.1 as poor; we hold every page type well under it, on a phone
  // and a desktop screen, through loading, scrolling and the islands' upgrade.
  const MAX = 0.05;
  const viewports = [
    { width: 375, height: 812 },
    { width: 1280, height: 900 },
  ];
  // The search page also as the header's form opens it, with results arriving on load.
  const cases = [...Object.entries(PAGE_TYPES), ['search, with a query', '/search/?q=ceasefire']];
  it.each(cases)(
    `%s page (%s) shifts by less than ${MAX} in all, at 375 and 1280 px`,
    async (_type, path) => {
      const over: string[] = [];
      const totals: string[] = [];
      for (const viewport of viewports) {
        const { page, close } = await browser.open(visit(path), {
          viewport,
          initScript: RECORD_SHIFTS,
        });
        const shifts = await shiftsWhileScrolled(page);
        const total = shifts.reduce((n, s) => n + s.value, 0);
        const moved = [...new Set(shifts.flatMap((s) => s.moved))].join(', ');
        totals.push(`${viewport.width} px ${total.toFixed(3)}`);
        if (total >= MAX) over.push(`${viewport.width} px: ${total.toFixed(3)} (${moved})`);
        await close();
      }
      console.log(`layout shift, ${path}: ${totals.join(', ')}`);
      expect(over).toEqual([]);
    },
  );
});

describe('the Content-Security-Policy', () => {
  it('blocks an inline script injected into a page', async () => {
    const { page, close } = await browser.open('/themes/talks/');
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective));
          const s = document.createElement('script');
          s.textContent = 'window.injected = true';
          document.body.append(s);
          setTimeout(() => resolve('not blocked'), 1000);
        }),
    );
    expect(blocked).toBe('script-src-elem');
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    await close();
  });
});

describe('the link checker', () => {
  it('finds a missing page and a missing fragment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(
      join(dir, 'index.html'),
      '<a href="/a/">ok</a><a href="/b/">gone</a><a href="/a/#x">x</a><a href="#top">t</a>',
    );
    writeFileSync(join(dir, 'a', 'index.html'), '<h1 id="y">A</h1>');
    try {
      expect(brokenLinks(dir).sort()).toEqual([
        '/ -> #top (no #top)',
        '/ -> /a/#x (no #x)',
        '/ -> /b/',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('search', () => {
  it('finds a passage from the header field and links to it', async () => {
    const { page, close } = await browser.open('/about/');
    await page.locator('#site-search-q').fill('ceasefire');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=ceasefire/);
    await page.locator('.results li').first().waitFor();
    const links = await page
      .locator('.results a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.some((h) => h?.startsWith('/themes/talks/'))).toBe(true);
    expect(links.some((h) => h?.includes('#'))).toBe(true);
    expect(await axe(page)).toEqual([]);
    await close();
  });

  it('filters by page type and theme', async () => {
    const { page, close } = await browser.open('/search/?q=ceasefire&type=Source');
    await page.locator('.results li').first().waitFor();
    const links = await page
      .locator('.results h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((h) => h?.startsWith('/sources/'))).toBe(true);
    await close();
  });

  it('without JavaScript, the header form still opens the search page, which says why it cannot search', async () => {
    const { page, close } = await browser.open('/about/', { javaScriptEnabled: false });
    await page.locator('#site-search-q').fill('ceasefire');
    await page.locator('.site-search button').click();
    await page.waitForURL(/\/search\/\?q=ceasefire/);
    expect(await page.locator('.nojs').textContent()).toMatch(/needs JavaScript/);
    await close();
  });
});

/**
 * A reader in Chromium: each page type opens and reads fully without JavaScript, passes axe
 * (WCAG 2.2 A and AA), fits a 320 px screen, and a source note leads to its claim.
 */
import { describe, expect, it } from 'vitest';
import { axe, useBrowser } from './harness';

const PAGE_TYPES = {
  home: '/',
  theme: '/themes/cross-border-strikes/',
  source: '/sources/unrest-in-afghanistan/',
  sources: '/sources/',
  actor: '/actors/hafiz-gul-bahadur-group/',
  actors: '/actors/',
  timeline: '/timeline/',
  map: '/map/',
  place: '/actors/khost/',
  about: '/about/',
};

const { open } = useBrowser();

describe('each page type', () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    it(`${type} (${path}) opens, passes axe in light and dark, and fits 320 px`, async () => {
      for (const dark of [false, true]) {
        const { page, status, close } = await open(path, { colorScheme: dark ? 'dark' : 'light' });
        expect(status).toBe(200);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await axe(page)).toEqual([]);
        await close();
      }
      const narrow = await open(path, { viewport: { width: 320, height: 800 } });
      const overflow = await narrow.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await narrow.close();
    });
  }

  it('answers an unknown address with the 404 page', async () => {
    const { page, status, close } = await open('/no/such/page/');
    expect(status).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await axe(page)).toEqual([]);
    await close();
  });
});

describe('reading without JavaScript', () => {
  it('shows the whole theme page: synthesis, notes, claims, disagreements, events, actors', async () => {
    const { page, close } = await open('/themes/cross-border-strikes/', {
      javaScriptEnabled: false,
    });
    for (const id of [
      'in-brief',
      'synthesis',
      'what-each-source-says',
      'where-the-sources-disagree',
      'events',
      'actors',
    ]) {
      await expect.poll(() => page.locator(`#${id}`).isVisible()).toBe(true);
    }
    expect(await page.locator('section.footnotes li').count()).toBeGreaterThan(5);
    expect(await page.locator('.disagreement .position').count()).toBeGreaterThan(3);
    await close();
  });
});

describe('source notes', () => {
  it('lead from a statement to the claim and its quoted passage on the source page', async () => {
    const { page, close } = await open('/themes/cross-border-strikes/');
    const note = page.locator('section.footnotes a[href*="/sources/"]').first();
    const href = await note.getAttribute('href');
    await note.click();
    await page.waitForURL(/#claim-/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(href).toContain(id);
    const claim = page.locator(`[id="${id}"]`);
    await expect.poll(() => claim.locator('q').count()).toBe(1);
    expect(await claim.evaluate((el) => el.matches(':target'))).toBe(true);
    await close();
  });

  it('mark inferred dates visibly and in words for screen readers', async () => {
    const { page, close } = await open('/timeline/');
    const mark = page.locator('#event-strikes-paktika-khost .inferred');
    // "inf.", and "ext." after it should the date rest on knowledge from outside the texts.
    expect(await mark.locator('[aria-hidden="true"]').first().textContent()).toMatch(
      /^inf\.( ext\.)?$/,
    );
    // One element carries the reason: read by screen readers, shown on focus or hover.
    const tip = mark.locator('.tip');
    expect(await tip.textContent()).toMatch(/^\(inferred: .{20,}\)$/);
    expect((await tip.boundingBox())?.width).toBeLessThanOrEqual(1);
    await mark.focus();
    await expect.poll(async () => (await tip.boundingBox())?.width ?? 0).toBeGreaterThan(100);
    await close();
  });
});

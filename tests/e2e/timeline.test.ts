/**
 * The timeline page: complete without JavaScript, and once the island has run, keyboard
 * navigation, filters mirrored in the URL, deep links, 320 px and reduced motion. axe is clean
 * in both states.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check';
import { buildSite } from '../../src/lib/site';
import { realFiles } from '../helpers';
import { axe, useBrowser, type OpenOptions } from './harness';

const site = buildSite(checkCorpus(realFiles()).corpus);
const TOTAL = site.events.length;
const browser = useBrowser();

/** Opens the page and, unless told not to, waits for the island to finish upgrading. */
async function open(path: string, options: OpenOptions = {}, ready = true) {
  const r = await browser.open(path, options);
  if (ready && !options.blockScripts && options.javaScriptEnabled !== false) {
    await r.page.locator('event-timeline').scrollIntoViewIfNeeded();
    await r.page.waitForSelector('event-timeline[data-ready="true"]');
  }
  return r;
}

const visibleItems = (page: Page) => page.locator('.tl-list li.event:not([hidden])');
const status = (page: Page) => page.locator('.tl-status').textContent();

describe('before the script runs', () => {
  it('lists every event in order with machine-readable dates, and hides the controls', async () => {
    const { page, close } = await open('/timeline/', { blockScripts: true });
    expect(await page.locator('.tl-list li.event').count()).toBe(TOTAL);
    const datetimes = await page
      .locator('.tl-list li.event time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(datetimes.every((d) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d ?? ''))).toBe(true);
    expect(await page.locator('.tl-controls').isVisible()).toBe(false);
    expect(await page.locator('.tl-wide svg .tl-mark').count()).toBe(TOTAL);
    expect(await axe(page)).toEqual([]);
    await close();
  });

  it('draws the same chart the script draws, so nothing shifts', async () => {
    const before = await open('/timeline/', { javaScriptEnabled: false });
    const viewBox = await before.page.locator('.tl-wide svg').getAttribute('viewBox');
    await before.close();
    const after = await open('/timeline/');
    expect(await after.page.locator('.tl-wide svg').getAttribute('viewBox')).toBe(viewBox);
    await after.close();
  });
});

describe('after the script runs', () => {
  it('is clean under axe and shows its controls', async () => {
    const { page, close } = await open('/timeline/');
    expect(await page.locator('.tl-controls').isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await close();
  });

  it('moves between events with the keyboard: Tab in, arrows, End, Enter opens, Escape closes', async () => {
    const { page, close } = await open('/timeline/');
    await page.locator('[data-zoom="all"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('tl-scroll'))).toBe(
      true,
    );
    await page.keyboard.press('ArrowRight');
    expect(await status(page)).toContain(`${site.events[0]?.data.title}. Event 1 of ${TOTAL}`);
    await page.keyboard.press('ArrowRight');
    expect(await status(page)).toContain(`Event 2 of ${TOTAL}`);
    expect(await page.locator('.tl-wide .tl-active').getAttribute('data-id')).toBe(
      site.events[1]?.id,
    );
    await page.keyboard.press('End');
    expect(await status(page)).toContain(`Event ${TOTAL} of ${TOTAL}`);
    await page.keyboard.press('Enter');
    expect(await page.locator('.tl-details').isVisible()).toBe(true);
    expect(await page.locator('.tl-details').textContent()).toContain(
      site.events.at(-1)?.data.title,
    );
    await page.keyboard.press('Escape');
    expect(await page.locator('.tl-details').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('tl-scroll'))).toBe(
      true,
    );
    // Not a trap: Tab leaves the chart.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.tl-scroll'))).toBeNull();
    await close();
  });

  it('zooms with + and - and the buttons, keeping the list whole', async () => {
    const { page, close } = await open('/timeline/');
    await page.locator('.tl-scroll').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    const zoomed = await page.locator('.tl-wide .tl-mark').count();
    expect(zoomed).toBeLessThan(TOTAL);
    expect(await status(page)).toMatch(/in the period drawn/);
    expect(await visibleItems(page).count()).toBe(TOTAL);
    await page.locator('[data-zoom="all"]').click();
    expect(await page.locator('.tl-wide .tl-mark').count()).toBe(TOTAL);
    await close();
  });

  it('filters by theme from the URL and writes filter changes back to it', async () => {
    const { page, close } = await open('/timeline/?theme=talks');
    const talks = site.eventsForTheme('talks').length;
    expect(await visibleItems(page).count()).toBe(talks);
    expect(await page.locator('.tl-wide .tl-mark').count()).toBe(talks);
    expect(await page.locator('input[data-facet="theme"]:checked').count()).toBe(1);
    await page.locator('input[value="cross-border-strikes"]').check();
    expect(new URL(page.url()).searchParams.getAll('theme')).toEqual([
      'talks',
      'cross-border-strikes',
    ]);
    await page.locator('input[value="ttp"]').check();
    await page.locator('input[value="afghan-taliban"]').check();
    expect(new URL(page.url()).search).toBe('');
    expect(await visibleItems(page).count()).toBe(TOTAL);
    await close();
  });

  it('filters by source', async () => {
    const { page, close } = await open('/timeline/?source=unrest-in-afghanistan');
    const expected = site.eventsForSource('unrest-in-afghanistan').map((e) => e.id);
    const ids = await visibleItems(page).evaluateAll((lis) =>
      lis.map((li) => li.id.replace('event-', '')),
    );
    expect(ids).toEqual(expected);
    await close();
  });

  it('selects, opens and focuses the event a #event- link names', async () => {
    const { page, close } = await open('/timeline/#event-ceasefire-brokered', {}, false);
    await page.waitForSelector('event-timeline[data-ready="true"]');
    expect(await page.locator('.tl-details').isVisible()).toBe(true);
    expect(await page.locator('.tl-details').textContent()).toContain(
      'one-month TTP–Pakistan ceasefire',
    );
    expect(await page.locator('.tl-wide .tl-active').getAttribute('data-id')).toBe(
      'ceasefire-brokered',
    );
    expect(await page.evaluate(() => document.activeElement?.classList.contains('tl-scroll'))).toBe(
      true,
    );
    await close();
  });

  it('fits 320 px with the narrow chart', async () => {
    const { page, close } = await open('/timeline/', { viewport: { width: 320, height: 800 } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('.tl-narrow svg').isVisible()).toBe(true);
    expect(await page.locator('.tl-wide svg').isVisible()).toBe(false);
    expect(await axe(page)).toEqual([]);
    await close();
  });

  it('draws the view that fits when the window changes width, filters kept', async () => {
    const { page, close } = await open('/timeline/?theme=talks');
    const talks = site.eventsForTheme('talks').length;
    expect(await page.locator('.tl-wide .tl-mark').count()).toBe(talks);
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(() => page.locator('.tl-narrow .tl-mark').count()).toBe(talks);
    await close();
  });

  it('respects prefers-reduced-motion', async () => {
    const duration = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page, close } = await open(
        '/timeline/#event-ceasefire-brokered',
        { reducedMotion },
        false,
      );
      await page.waitForSelector('event-timeline[data-ready="true"]');
      const d = await page
        .locator('.tl-details')
        .evaluate((el) => getComputedStyle(el).transitionDuration);
      await close();
      return d;
    };
    expect(await duration('reduce')).toBe('0s');
    expect(await duration('no-preference')).not.toBe('0s');
  });
});

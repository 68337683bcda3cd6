/**
 * Layout shift as the browser reports it (the entries Lighthouse's CLS is made of): an observer
 * installed before the page's own scripts records every shift not caused by input, with the
 * elements that moved, while the page loads, is scrolled through and its islands upgrade.
 */
import type { Page } from 'playwright-core';

export interface Shift {
  value: number;
  /** The elements that moved, as "tag.class". */
  moved: string[];
}

/** Evaluated in the page before its scripts (see OpenOptions.initScript). */
export const RECORD_SHIFTS = `(() => {
  const shifts = (window.__shifts = []);
  const name = (n) =>
    n && n.nodeType === 1
      ? n.tagName.toLowerCase() + (n.className && typeof n.className === 'string'
          ? '.' + n.className.trim().split(/\\s+/).join('.')
          : '')
      : String(n && n.nodeName);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) shifts.push({ value: e.value, moved: e.sources.map((s) => name(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

/**
 * Scrolls the page from top to bottom a screen at a time, so that every island that upgrades on
 * sight does so in view, waits for the islands to be ready, and returns the shifts recorded.
 */
export async function shiftsWhileScrolled(page: Page): Promise<Shift[]> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 100)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.75) {
      scrollTo(0, y);
      await frame();
    }
  });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('event-timeline')].every((e) => e.dataset['ready']),
  );
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 100))));
  return page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
}

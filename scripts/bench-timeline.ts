/** The benchmark's timeline figures: our island and TimelineJS3 on the same events, in Chromium. */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { startPreview } from '../tests/e2e/server';
import { median, round } from './bench-stats';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * The island's own Performance API measures, over `runs` fresh loads of the timeline page: each
 * action's script time, and its time until the browser has drawn the result (the next frame).
 */
export async function ourTimeline(browser: Browser, url: string, runs: number) {
  const keys = ['first', 'firstFrame', 'ready', 'filter', 'filterFrame', 'step'] as const;
  const xs = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<
    (typeof keys)[number],
    number[]
  >;
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url, { timeout: 120_000 });
    await page.locator('event-timeline').scrollIntoViewIfNeeded();
    await page.waitForSelector('event-timeline[data-ready="true"]', { timeout: 120_000 });
    const measures = (name: string) =>
      page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
    const frames = (n: number) =>
      page.waitForFunction(
        (k) => performance.getEntriesByName('timeline:render-frame').length >= k,
        n,
        { timeout: 60_000 },
      );
    await frames(1);
    xs.first.push((await measures('timeline:render'))[0] ?? NaN);
    xs.firstFrame.push((await measures('timeline:render-frame'))[0] ?? NaN);
    xs.ready.push(await page.evaluate(() => performance.now()));
    const before = (await measures('timeline:render-frame')).length;
    await page.locator('input[name="theme"]').first().uncheck();
    await frames(before + 1);
    xs.filter.push((await measures('timeline:render')).at(-1) ?? NaN);
    xs.filterFrame.push((await measures('timeline:render-frame')).at(-1) ?? NaN);
    await page.locator('.tl-scroll').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    xs.step.push((await measures('timeline:step')).at(-1) ?? NaN);
    await page.close();
  }
  return {
    firstRenderMs: round(median(xs.first)),
    firstRenderFrameMs: round(median(xs.firstFrame)),
    readyMs: round(median(xs.ready)),
    filterMs: round(median(xs.filter)),
    filterFrameMs: round(median(xs.filterFrame)),
    stepMs: round(median(xs.step), 2),
  };
}

/** TimelineJS3 on a local page with the same events: weight and time to its "loaded" event. */
export async function timelineJs(browser: Browser, eventsFile: string, runs: number, tmp: string) {
  const dist = join(ROOT, 'node_modules/@knight-lab/timelinejs/dist');
  const site = join(tmp, 'timelinejs');
  rmSync(site, { recursive: true, force: true });
  cpSync(dist, join(site, 'tl'), { recursive: true });
  const events = JSON.parse(readFileSync(eventsFile, 'utf8')) as {
    events: Record<string, string>[];
  };
  const data = {
    events: events.events.map((e) => {
      const [y, m, d] = (e['date_start'] ?? '2000').split('-').map(Number);
      return {
        start_date: { year: y, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) },
        text: { headline: e['title'], text: e['summary'] },
      };
    }),
  };
  writeFileSync(join(site, 'events.json'), JSON.stringify(data));
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="tl/css/timeline.css"></head><body><div id="tl" style="width:1200px;height:650px"></div><script src="tl/js/timeline.js"></script><script>fetch('events.json').then(r=>r.json()).then(d=>{const t=new TL.Timeline('tl',d,{script_path:location.origin+'/tl/js/',language:'en'});t.on('loaded',()=>{window.tlReady=performance.now()});});</script></body></html>`,
  );
  const server = await startPreview(site, '/');
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server.url('/'));
      try {
        await page.waitForFunction(() => 'tlReady' in window, undefined, { timeout: 180_000 });
        times.push(await page.evaluate(() => (window as unknown as { tlReady: number }).tlReady));
      } catch {
        console.error('TimelineJS3 did not report "loaded" within 180 s');
      }
      await page.close();
    }
  } finally {
    await server.stop();
  }
  const gz = (f: string) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  return {
    jsGzip: gz('js/timeline.js'),
    cssGzip: gz('css/timeline.css'),
    readyMs: round(median(times)),
  };
}

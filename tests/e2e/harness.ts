/**
 * What the browser tests share: the built site on a local server, Debian's Chromium, a way to
 * open a page in a fresh context, and axe with the WCAG 2.2 A and AA rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, INSTALL_HINT, findChromium } from '../../scripts/chromium.mjs';
import { startPreview, type Preview } from './server';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Where to open a built page: the 404 page is served for unknown addresses, so it is seen at one. */
export const visit = (path: string) => (path === '/404/' ? '/no/such/page/' : path);

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface OpenOptions extends BrowserContextOptions {
  /** Keep our scripts from loading, to test a page as it is before they run. */
  blockScripts?: boolean;
  /** A script to run in the page before its own, such as an observer that records from the start. */
  initScript?: string;
}

/** Starts the server and the browser for the file's tests; returns `open`. */
export function useBrowser() {
  let server: Preview;
  let browser: Browser;
  beforeAll(async () => {
    server = await startPreview();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    url: (path: string) => server.url(path),
    async open(path: string, options: OpenOptions = {}) {
      const { blockScripts, initScript, ...contextOptions } = options;
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        ...contextOptions,
      });
      if (blockScripts) await context.route('**/_astro/*.js', (route) => route.abort());
      if (initScript) await context.addInitScript(initScript);
      const page = await context.newPage();
      const response = await page.goto(server.url(path));
      return { page, status: response?.status(), close: () => context.close() };
    },
  };
}

/** axe's WCAG 2.2 A and AA violations on the page, as "rule: targets" lines. */
export async function axe(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (rightly
  // forbidding inline scripts) does not govern.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const w = window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } };
    const r = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

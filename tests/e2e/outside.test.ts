/**
 * The outside validators, each with its stock settings, over every built page: pa11y (its
 * HTML_CodeSniffer runner, WCAG 2 AA) in Debian's Chromium, html-validate's own "recommended"
 * preset (not our .htmlvalidate.json), and the W3C Nu validator (vnu.jar, which needs Java).
 * Errors fail; warnings and notices are not counted, as each tool's default.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import pa11y from 'pa11y';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, INSTALL_HINT, findChromium } from '../../scripts/chromium.mjs';
import { builtPages, htmlValidateErrors } from './built';
import { visit } from './harness';
import { startPreview, type Preview } from './server';

const pages = builtPages();

describe('pa11y (HTML_CodeSniffer, WCAG2AA)', () => {
  let server: Preview;
  let browser: Browser;
  beforeAll(async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(INSTALL_HINT);
    server = await startPreview();
    browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(pages.map((p) => p.path))('%s has no error', async (path) => {
    const result = await pa11y(server.url(visit(path)), {
      standard: 'WCAG2AA',
      runners: ['htmlcs'],
      browser,
    });
    const errors = result.issues
      .filter((i) => i.type === 'error')
      .map((i) => `${i.code} at ${i.selector}: ${i.message}`);
    expect(errors).toEqual([]);
  });
});

describe("html-validate's recommended preset, as it comes", () => {
  it(`finds no error on any page (${pages.length} pages)`, async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    expect(await htmlValidateErrors(validator, pages)).toEqual([]);
  });
});

describe('the W3C Nu validator (vnu.jar)', () => {
  it(`finds no error on any page (${pages.length} pages)`, () => {
    const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    const run = spawnSync(
      'java',
      ['-jar', jar, '--errors-only', '--format', 'json', ...pages.map((p) => p.file)],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.error) {
      throw new Error(
        `The Nu validator needs Java (${run.error.message}): install a JRE, such as Debian's default-jre-headless.`,
      );
    }
    // vnu writes its JSON report to standard error.
    const report = JSON.parse(run.stderr) as {
      messages: { type: string; url?: string; lastLine?: number; message: string }[];
    };
    const path = (url = '') => pages.find((p) => url.endsWith(p.file))?.path ?? url;
    const errors = report.messages
      .filter((m) => m.type !== 'info')
      .map((m) => `${path(m.url)} ${m.lastLine ?? ''}: ${m.message}`);
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  }, 180_000);
});

/**
 * `npm run screenshot -- /themes/ttp/ [more paths]`: full-page PNGs of the built site in headless
 * Chromium, at 375 px and 1280 px, light and dark, into screenshots/ (not committed). For looking
 * at what we build.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/harness';
import { startPreview } from '../tests/e2e/server';
import { pageFile } from '../tests/e2e/weight';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const widths = process.argv.includes('--narrow')
  ? [375]
  : process.argv.includes('--wide')
    ? [1280]
    : [375, 1280];
const dist = resolve(process.env['OUT_DIR'] ?? 'dist');
// A picture of "Not found" is no picture of the site: refuse before starting a browser.
if (!existsSync(pageFile(dist, '/'))) {
  console.error(`Nothing is built in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}
const missing = paths.filter((p) => !existsSync(pageFile(dist, p.replace(/[?#].*$/, ''))));
if (missing.length > 0) {
  console.error(`Not pages of the built site (${dist}): ${missing.join(', ')}`);
  process.exit(1);
}
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const server = await startPreview();
const browser = await launchChromium();
try {
  for (const path of paths.length ? paths : ['/']) {
    for (const width of widths) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({
          viewport: { width, height: 900 },
          colorScheme: scheme,
        });
        await page.goto(server.url(path));
        // Let an island that upgrades on sight finish before the picture is taken.
        await page.waitForTimeout(300);
        const name = `${out}/${path.replace(/\W+/g, '_') || 'home'}-${width}-${scheme}.png`;
        const selector = process.argv.find((a) => a.startsWith('--selector='))?.slice(11);
        if (selector) await page.locator(selector).first().screenshot({ path: name });
        else await page.screenshot({ path: name, fullPage: process.argv.includes('--full') });
        console.log(name);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

/**
 * Citing in a briefing: the access date becomes the reader's today, each format and each passage
 * can be copied with its citation, and a printed theme page reads as a briefing annex.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness';

const browser = useBrowser();

async function pdfText(pdf: Buffer): Promise<{ pages: number; first: string; all: string }> {
  const require = createRequire(import.meta.url);
  const pdfjs = (await import(
    require.resolve('pdfjs-dist/legacy/build/pdf.mjs')
  )) as typeof import('pdfjs-dist');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    texts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return { pages: doc.numPages, first: texts[0] ?? '', all: texts.join('\n') };
}

describe('the citation block', () => {
  it('dates the citations to the reader’s today once the script runs, and says so', async () => {
    const { page, close } = await browser.open('/themes/talks/', { javaScriptEnabled: false });
    const noJs = await page
      .locator('#cite-this-page ~ .access .access-date, .cite .access-date')
      .first()
      .textContent();
    expect(noJs).toMatch(/the date of this version/);
    await close();

    const r = await browser.open('/themes/talks/', { timezoneId: 'UTC' });
    await r.page.clock.setFixedTime(new Date('2027-01-05T12:00:00Z'));
    await r.page.reload();
    const cite = r.page.locator('#cite-this-page').locator('..');
    expect(await cite.locator('.access-date').textContent()).toBe(
      '5 January 2027, today (the day you opened this page)',
    );
    expect(await cite.locator('pre[data-format="bibtex"]').textContent()).toContain(
      'accessed 2027-01-05',
    );
    expect(await cite.locator('pre[data-format="ris"]').textContent()).toMatch(
      /^(Y2|M1) {2}- 2027\/01\/05\/$/m,
    );
    // CSL-JSON is not on the page: the block links to the download that holds the page's item.
    expect(await cite.locator('pre[data-format="csljson"]').count()).toBe(0);
    const link = (await cite.locator('a', { hasText: 'CSL-JSON' }).getAttribute('href')) ?? '';
    const csl = await r.page.request.get(new URL(link, r.page.url()).href);
    const items = (await csl.json()) as { URL: string }[];
    expect(items.map((i) => new URL(i.URL).pathname)).toContain('/themes/talks/');
    await r.close();
  });

  it('copies a format, and a passage with its notes and the page citation', async () => {
    const { page, close } = await browser.open('/themes/talks/', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const formatCopy = page.locator('#cite-this-page ~ .format .copy').first();
    await formatCopy.click();
    await expect.poll(() => formatCopy.textContent()).toBe('Copied');
    const apa = await page.evaluate(() => navigator.clipboard.readText());
    expect(apa).toMatch(/^The explainer’s editors\. \(\d{4}, \w+ \d+\)\. Talks\./);

    const passage = page.locator('p#p-at-taliban-mediated');
    await passage.locator('.permalink').focus();
    await passage.locator('.copy').click();
    await expect.poll(() => passage.locator('.copy').textContent()).toBe('Copied');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    // The passage's own words, as the page shows them, lead the copied text.
    const opening = (await passage.evaluate((p) => p.firstChild?.textContent ?? ''))
      .trim()
      .slice(0, 40);
    expect(opening.length).toBeGreaterThan(20);
    expect(text.startsWith(opening)).toBe(true);
    expect(text).toContain('Sources:\n[1] Asia Times report, ¶ 27');
    expect(text).toMatch(
      /The explainer’s editors\. .* http:\/\/127\.0\.0\.1:\d+\/themes\/talks\/#p-at-taliban-mediated$|\/themes\/talks\/#p-at-taliban-mediated$/,
    );
    await close();
  });

  it('shows passage links on keyboard focus and highlights the passage they lead to', async () => {
    const { page, close } = await browser.open('/themes/talks/#p-at-taliban-mediated');
    const passage = page.locator('p#p-at-taliban-mediated');
    expect(await passage.evaluate((el) => el.matches(':target'))).toBe(true);
    const link = passage.locator('.permalink');
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await link.focus();
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await close();
  });
});

describe('a printed theme page', () => {
  it('reads as a briefing annex: citation first, no navigation or buttons, URLs and notes kept', async () => {
    const { page, close } = await browser.open('/themes/cross-border-strikes/');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const { pages, first, all } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(first.trimStart()).toMatch(/^Cite as: The explainer’s editors\./);
    expect(first).toContain('Cross-border strikes');
    expect(all).toContain('Source notes');
    expect(all).toContain('Where the sources disagree');
    for (const absent of [
      'Skip to content',
      'Zoom in',
      'Copy with citation',
      'Changes and corrections · Feed',
      'BibTeX',
    ]) {
      expect(all).not.toContain(absent);
    }
    await close();
  });

  it('prints the address after a link that leaves the site', async () => {
    const { page, close } = await browser.open('/sources/old-friends-new-foes/');
    const { all } = await pdfText(await page.pdf({ format: 'A4' }));
    expect(all.replace(/\s+/g, '')).toContain(
      '<https://asiatimes.com/2022/05/pakistan-taliban-go-from-old-friends-to-new-foes/>',
    );
    await close();
  });
});

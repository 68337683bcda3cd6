/**
 * What Zotero files, checked with the real thing: Zotero's translation server with its own
 * translators (Embedded Metadata for pages; BibTeX, RIS and CSL JSON for the downloads), from
 * ../shared/zotero beside the repository or ZOTERO_HOME. It runs on a port and in a folder of
 * its own, started and stopped here. Without Zotero the tests skip, saying so.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_AUTHOR } from '../../src/lib/citation';
import { DIST } from './built';
import { startPreview, type Preview } from './server';

const ZOTERO = resolve(process.env['ZOTERO_HOME'] ?? '../shared/zotero');
const found = existsSync(join(ZOTERO, 'start')) && existsSync(join(ZOTERO, 'import'));
if (!found) console.log(`SKIPPED: no Zotero at ${ZOTERO} (set ZOTERO_HOME to its folder).`);

const env = {
  ...process.env,
  ZOTERO_PORT: process.env['ZOTERO_TEST_PORT'] ?? '19793',
  ZOTERO_DIR: join(tmpdir(), 'zotero-explainer-tests'),
  ZOTERO_DEBUG_LEVEL: '0',
};

interface ZItem {
  itemType: string;
  title?: string;
  date?: string;
  url?: string;
  creators: { name?: string; firstName?: string; lastName?: string; creatorType: string }[];
  [field: string]: unknown;
}

/** Zotero's items for a web page or a file (notes from BibTeX's note field left out).
 * Asynchronous: the preview server answering Zotero runs in this process. */
async function zotero(kind: 'web' | 'file', target: string): Promise<ZItem[]> {
  const { stdout } = await promisify(execFile)(join(ZOTERO, 'import'), [kind, target], { env });
  return (JSON.parse(stdout) as ZItem[]).filter((i) => i.itemType !== 'note');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'];
MONTHS.push('September', 'October', 'November', 'December');
/** Zotero keeps a date as each translator read it ("May 2022", "November 22, 2026",
 * "2022-05"): as ISO, at the same precision. */
function isoDate(d: string | undefined): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const named = /^(\w+) (?:(\d+), )?(\d{4})$/.exec(d ?? '');
  if (!named) return (d ?? '').replaceAll('/', '-');
  const [, month = '', day, year = ''] = named;
  const m = two(MONTHS.indexOf(month) + 1);
  return day ? `${year}-${m}-${two(Number(day))}` : `${year}-${m}`;
}

/** The page's own meta tag, to compare with what Zotero saved. */
const meta = (html: string, name: string) =>
  new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1];

describe.skipIf(!found)('Zotero', () => {
  let preview: Preview;
  beforeAll(async () => {
    execFileSync(join(ZOTERO, 'start'), { env, stdio: 'inherit' });
    preview = await startPreview(DIST);
  }, 180_000);
  afterAll(async () => {
    await preview?.stop();
    spawnSync(join(ZOTERO, 'start'), ['--stop'], { env, stdio: 'inherit' });
  });

  const pages = {
    home: ['/', 'Pakistan, the Afghan Taliban and the TTP'],
    theme: ['/themes/ttp/', 'The TTP'],
    source: [
      '/sources/old-friends-new-foes/',
      'Summary of “Pakistan, Taliban go from old friends to new foes”',
    ],
    actor: ['/actors/ttp/', undefined],
  } as const;
  for (const [kind, [path, title]] of Object.entries(pages)) {
    it(`saves the ${kind} page as our web page, by the editors as one institutional author`, async () => {
      const html = await (await fetch(preview.url(path))).text();
      const [item, ...more] = await zotero('web', preview.url(path));
      expect(more).toEqual([]);
      expect(item?.itemType).toBe('webpage');
      // The API's form of a single-field (fieldMode 1) name: "name", no first and last name.
      expect(item?.creators).toEqual([{ name: SITE_AUTHOR, creatorType: 'author' }]);
      expect(item?.title).toBe(title ?? meta(html, 'citation_title'));
      expect(item?.date).toBe(meta(html, 'citation_publication_date'));
      expect(item?.date?.replaceAll('/', '-')).toBe(meta(html, 'DC.date'));
      expect(item?.url).toBe(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]);
      expect(item?.['websiteTitle']).toBe(meta(html, 'citation_publisher'));
      expect(JSON.stringify(item)).not.toMatch(/"(reportType|institution)"/);
    });
  }

  for (const file of ['sources.bib', 'sources.ris', 'sources.json']) {
    it(`imports every original from ${file}, with its author and date as known`, async () => {
      const items = await zotero('file', join(DIST, 'data', file));
      expect(items).toHaveLength(4);
      const shakil = items.find(
        (i) => i.title === 'Pakistan, Taliban go from old friends to new foes',
      );
      expect(shakil?.creators).toEqual([
        { firstName: 'F. M.', lastName: 'Shakil', creatorType: 'author' },
      ]);
      expect(isoDate(shakil?.date)).toBe('2022-05');
      expect(shakil?.['publicationTitle']).toBe('Asia Times');
      expect(items.map((i) => i.url)).toContain(
        'https://asiatimes.com/2022/05/pakistan-taliban-go-from-old-friends-to-new-foes/',
      );
    });
  }

  for (const file of ['pages.bib', 'pages.ris', 'pages.json']) {
    it(`imports every page from ${file}, by the editors as one institutional author`, async () => {
      const items = await zotero('file', join(DIST, 'data', file));
      const urls = (
        JSON.parse(readFileSync(join(DIST, 'data/pages.json'), 'utf8')) as {
          URL: string;
        }[]
      ).map((i) => i.URL);
      expect(items.map((i) => i.url)).toEqual(urls);
      // BibTeX writes the apostrophe as TeX does, "'", which TeX prints as a right quote.
      const author = file.endsWith('.bib') ? SITE_AUTHOR.replace('’', "'") : SITE_AUTHOR;
      for (const item of items) {
        expect(item.creators, item.url).toEqual([{ name: author, creatorType: 'author' }]);
        expect(item.title, item.url).toBeTruthy();
        expect(isoDate(item.date), item.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });
  }
});

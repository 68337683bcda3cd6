/**
 * Odd but legitimate content builds and renders as written: the accept-fixtures
 * (tests/fixtures/good/: byte-order marks, CRLF line ends, diacritics, an Urdu-script alias,
 * titles with quotation marks, ampersands, apostrophes and a leading "=", "@" or "-", body headings
 * named like the page's own sections) laid over the real content and built. Each value is read
 * back by an independent parser from the page, its meta tags and JSON-LD, the BibTeX and RIS
 * files, the event CSV and JSON and the feed. Then the whole built site is checked for what no
 * file may hold (dist-safety.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContentBytes, type CollectionName } from '../../src/lib/content-files';
import { summaryTitle } from '../../src/lib/feed';
import { CONTENT, ROOT, buildEnv } from '../helpers';
import { builtPages } from './built';
import { unsafeInDist } from './dist-safety';

const GOOD = join(ROOT, 'tests/fixtures/good');
const SITE = 'https://example.org';
const tmp = mkdtempSync(join(tmpdir(), 'odd-build-'));
const out = join(tmp, 'dist');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fixture's data, read as the check reads it. */
function data(path: string): Record<string, unknown> {
  const [collection] = path.split('/') as [CollectionName];
  const f = parseContentBytes(`content/${path}`, collection, readFileSync(join(GOOD, path)));
  return f.data as Record<string, unknown>;
}
const headline = String(data('sources/old-friends-new-foes.md')['headline']);
const eventTitle = String(data('events/ceasefire-brokered.yaml')['title']);
const changeTitle = String(data('changes/2026-11-29-odd-title.yaml')['title']);

/** The text of an HTML fragment, entities decoded. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
const read = (p: string) => readFileSync(join(out, p), 'utf8');

beforeAll(() => {
  const content = join(tmp, 'content');
  cpSync(CONTENT, content, { recursive: true });
  cpSync(GOOD, content, { recursive: true });
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    env: buildEnv({ CONTENT_DIR: content, OUT_DIR: out, SITE_URL: SITE }),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
}, 600_000);

describe('odd but legitimate content', () => {
  it('the fixtures really are odd: byte-order marks and CRLF line ends', () => {
    const raw = readFileSync(join(GOOD, 'sources/old-friends-new-foes.md'), 'utf8');
    expect(raw.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(headline).toMatch(/"old friends".*&.*'s/);
  });

  it('shows a headline with quotation marks, ampersand and apostrophe as written', () => {
    const page = read('sources/old-friends-new-foes/index.html');
    expect(text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page)?.[1] ?? '')).toBe(headline);
    // The page's own metadata names our summary of the article, the headline inside its title.
    const og = /<meta property="og:title" content="([^"]*)"/.exec(page)?.[1] ?? '';
    expect(text(og)).toBe(summaryTitle(headline));
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    expect((JSON.parse(ld) as { headline: string }).headline).toBe(summaryTitle(headline));
  });

  it('cites it as written in BibTeX and RIS', () => {
    // The parser's own sentence-casing is a reading choice, not what the file says: off. Words
    // the file protects from re-casing come back marked as such (a span), the text unchanged.
    const bib = parseBibtex(read('data/sources.bib'), { sentenceCase: false });
    expect(bib.errors).toEqual([]);
    // BibTeX is written in ASCII, quotation marks as TeX's `` and '', which a reader gives back
    // as typographic quotes: the same text, quotes aside.
    const quotes = (t: string) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    const titles = bib.entries.map((e) => String(e.fields['title'] ?? ''));
    expect(titles.map((t) => quotes(t.replace(/<\/?span[^>]*>/g, '')))).toContain(headline);
    const ris = read('data/sources.ris').split(/\r?\n/);
    expect(ris).toContain(`TI  - ${headline}`);
  });

  it('keeps an event title in the JSON as written and neutralised in the CSV', () => {
    const json = JSON.parse(read('data/events.json')) as {
      events: { id: string; title: string }[];
    };
    expect(json.events.find((e) => e.id === 'ceasefire-brokered')?.title).toBe(eventTitle);
    const rows = parseCsv(read('data/events.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r['id'] === 'ceasefire-brokered')?.['title']).toBe(`'${eventTitle}`);
  });

  it('puts a change title into the feed as written', () => {
    const feed = new XMLParser().parse(read('changes.xml')) as Record<string, unknown>;
    expect(JSON.stringify(feed)).toContain(JSON.stringify(`Update: ${changeTitle}`).slice(1, -1));
  });

  it('shows an Urdu-script alias and diacritics', () => {
    const page = read('actors/ttp/index.html');
    // Isolated, so that it cannot reorder the separators around it.
    expect(page).toMatch(/; <bdi[^>]*>تحریک طالبان پاکستان<\/bdi>; /);
    expect(page).toContain('Tehrīk-i-Ṭālibān Pākistān');
  });

  it('gives every element on every page a unique id, body headings "Events" and "Actors" too', () => {
    const talks = read('themes/talks/index.html');
    expect(talks).toContain('id="section-events"');
    for (const p of builtPages(out)) {
      const ids = [...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        p.path,
      ).toEqual([]);
    }
  });

  it('leaves no unsafe link, foreign resource, control character or formula cell anywhere', () => {
    expect(unsafeInDist(out, SITE)).toEqual([]);
  });
});

describe('the whole-site safety check', () => {
  it('finds each kind of fault it looks for', () => {
    const dir = join(tmp, 'unsafe');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      '<a href="javascript:x">a</a><img src="https://tracker.example.com/p.gif">' +
        '<link rel="stylesheet" href="//cdn.example.com/a.css"><p>\u202Eevil</p>',
    );
    writeFileSync(join(dir, 'e.csv'), '"a"\r\n"=1+1"\r\n');
    writeFileSync(join(dir, 'f.xml'), '<feed><link href="data:text/html,x"/></feed>');
    const found = unsafeInDist(dir, SITE).join('\n');
    for (const fault of [
      'link javascript:x',
      'src https://tracker',
      'stylesheet',
      'U+202e',
      'formula cell =1+1',
      'f.xml: link data:',
    ]) {
      expect(found).toContain(fault);
    }
  });
});

import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import {
  BIBLIOGRAPHY_FILES,
  bibliographyDownloads,
  bibliographyItems,
  pageCiteId,
} from '../../src/lib/bibliography';
import { toBibtexList } from '../../src/lib/bibtex';
import { checkCorpus } from '../../src/lib/check';
import { citeEach, citeList, pageItem, type CslItem } from '../../src/lib/citation';
import { toRis } from '../../src/lib/ris';
import { buildSite } from '../../src/lib/site';
import { realFiles } from '../helpers';

const site = buildSite(checkCorpus(realFiles()).corpus);
const sources = bibliographyItems(site, 'sources', 'https://example.org', '/');
const pages = bibliographyItems(site, 'pages', 'https://example.org', '/');

/** Titles that break naive BibTeX and RIS writers. */
const HOSTILE = [
  'Braces } and { unbalanced',
  'A \\ backslash and 100% & # $5 a_b ~tilde ^caret',
  'Two\nlines\r\nand\ttabs',
  '{Already braced} \\textbf{x}',
  'Angles < and > and a | bar, "straight" quotes',
];
const hostile: CslItem[] = HOSTILE.map((title, i) => ({
  ...pageItem({
    id: `explainer-hostile-${i}`,
    title,
    url: `https://example.org/h/${i}/`,
    version: '1+abc',
    updated: '2026-11-22',
    accessed: '2026-11-22',
  }),
  'container-title': `Site & co. #${i} 50%`,
}));
const pageItemOf = (i: number): CslItem => {
  const item = hostile[i];
  if (!item) throw new Error(`no hostile item ${i}`);
  return item;
};
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** RIS read back by the spec's rules: a record a "TY" to "ER", one "XX  - value" a line. */
function readRis(text: string): Record<string, string[]>[] {
  const records: Record<string, string[]>[] = [];
  let rec: Record<string, string[]> = {};
  for (const line of text.split('\r\n')) {
    const m = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!m) continue;
    const [, tag = '', value = ''] = m;
    if (tag === 'ER') records.push(rec);
    else (rec[tag] ??= []).push(value);
    if (tag === 'ER') rec = {};
  }
  return records;
}

describe('BibTeX and RIS', () => {
  it('read back by an independent BibTeX parser to the same values, hostile titles too', () => {
    const items = [...hostile, ...sources];
    // The parser's own sentence-casing is a reading choice, not what the file says: off.
    const bib = parseBibtex(toBibtexList(items), { sentenceCase: false });
    expect(bib.errors).toEqual([]);
    expect(bib.entries.map((e) => e.key)).toEqual(items.map((i) => i.id));
    const fields = (k: string) => bib.entries.map((e) => String(e.fields[k] ?? ''));
    expect(fields('title').map((t) => t.replace(/<\/?span[^>]*>/g, ''))).toEqual(
      items.map((i) => oneLine(i.title)),
    );
    expect(fields('url')).toEqual(items.map((i) => i.URL));
    expect(fields('journal').concat(fields('howpublished')).filter(Boolean)).toEqual(
      expect.arrayContaining(items.map((i) => oneLine(i['container-title']))),
    );
  });

  it('write RIS one value a line, CRLF, a space after the last ER, read back to the same', () => {
    const items = [...hostile, ...sources];
    const ris = toRis(items);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const back = readRis(ris);
    expect(back.map((r) => r['ID']?.[0])).toEqual(items.map((i) => i.id));
    expect(back.map((r) => r['TI']?.[0])).toEqual(items.map((i) => oneLine(i.title)));
  });

  it('give the originals their authors and dates at the precision known', () => {
    const ris = readRis(citeList(sources, 'ris'));
    const shakil = ris.find((r) => r['ID']?.[0] === 'old-friends-new-foes');
    expect(shakil?.['AU']).toEqual(['Shakil, F. M.']);
    expect(shakil?.['DA']).toEqual(['2022/05//']);
    expect(shakil?.['PY']).toEqual(['2022']);
    const bib = citeList(sources, 'bibtex');
    expect(bib).toContain('author = {Shakil, F. M.}');
    expect(bib).toMatch(/month = may,/);
    expect(bib).not.toMatch(/month = \{/);
  });

  it('protect acronyms and proper names from a style’s case changes', () => {
    const [entry] = parseBibtex(
      toBibtexList([{ ...pageItemOf(0), title: 'The BLA, ISKP and NATO' }]),
    ).entries;
    expect(toBibtexList([{ ...pageItemOf(0), title: 'The BLA, ISKP and NATO' }])).toContain(
      'title = {{The BLA, ISKP} and {NATO}}',
    );
    expect(String(entry?.fields['title'])).toContain('NATO');
  });

  it('give every page and original one key, the same in BibTeX, RIS and CSL-JSON, none twice', () => {
    const items = [...pages, ...sources];
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const bibKeys = parseBibtex(toBibtexList(items)).entries.map((e) => e.key);
    const risIds = readRis(toRis(items)).map((r) => r['ID']?.[0]);
    const cslIds = (JSON.parse(citeList(items, 'csljson')) as { id: string }[]).map((i) => i.id);
    expect(bibKeys).toEqual(ids);
    expect(risIds).toEqual(ids);
    expect(cslIds).toEqual(ids);
    // Each page's own cite block carries the same key as the downloads.
    const blocks = citeEach(items.slice(0, 5));
    for (const item of items.slice(0, 5)) {
      expect(blocks.get(item.id)?.bibtex).toContain(`{${item.id},`);
      expect(blocks.get(item.id)?.ris).toContain(`ID  - ${item.id}\n`);
    }
    expect(pageCiteId('/themes/talks/')).toBe('explainer-themes-talks');
  });
});

describe('the citation downloads as the about page lists them', () => {
  it('give each set its three files, named by format, and every file once', () => {
    expect(bibliographyDownloads('pages')).toEqual([
      { file: 'pages.bib', name: 'BibTeX' },
      { file: 'pages.ris', name: 'RIS' },
      { file: 'pages.json', name: 'CSL-JSON' },
    ]);
    const listed = [...bibliographyDownloads('pages'), ...bibliographyDownloads('sources')];
    expect(listed.map((d) => d.file).sort()).toEqual(Object.keys(BIBLIOGRAPHY_FILES).sort());
  });
});

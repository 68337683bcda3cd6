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
  kind: 'report' as const,
};

/**
 * The Highwire tags that Zotero's "Embedded Metadata" translator reads (its HIGHWIRE_MAPPINGS
 * and the tags it handles itself), and what it makes of them.
 */
const ZOTERO_READS: Record<string, string> = {
  citation_title: 'title',
  citation_author: 'creators',
  citation_publication_date: 'date',
  citation_online_date: 'date (fallback)',
  citation_publisher: 'publisher',
  citation_public_url: 'url',
  citation_language: 'language',
  citation_technical_report_institution: 'item type report',
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

  it('names each original article as a Dublin Core source and a schema.org isBasedOn', () => {
    const dc = dublinCore(meta)
      .filter(([n]) => n === 'DC.source')
      .map(([, v]) => v);
    expect(dc).toEqual(site.sources.map((s) => s.data.url));
    const ld = jsonLd(meta) as {
      isBasedOn: { url: string }[];
      version: string;
      dateModified: string;
    };
    expect(ld.isBasedOn.map((b) => b.url)).toEqual(dc);
    expect(ld).toMatchObject({ version: '0.1.0+abcdef1', dateModified: '2026-11-22' });
  });

  it('escapes JSON-LD so that it can never close its script element', () => {
    expect(ldJson({ a: '</script><script>' })).not.toContain('</script>');
  });
});

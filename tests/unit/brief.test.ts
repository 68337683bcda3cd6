/** The Word briefs' content and packaging, and the claim downloads, from the real corpus. */
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { homeBrief, themeBrief, type BriefContext, type Inline } from '../../src/lib/brief';
import { briefDocx } from '../../src/lib/brief-docx';
import { CLAIM_COLUMNS, claimRows } from '../../src/lib/claim-downloads';
import { checkCorpus } from '../../src/lib/check';
import { toCsv } from '../../src/lib/downloads';
import { analyseBody } from '../../src/lib/markdown';
import { buildSite, type Site } from '../../src/lib/site';
import { realFiles } from '../helpers';

const corpus = checkCorpus(realFiles()).corpus;
const site = buildSite(corpus);
const context = (s: Site): BriefContext => ({
  site: s,
  siteUrl: 'https://example.org',
  base: '/explainer/',
  cite: { page: 'The page.', original: (slug) => `The article ${slug}.` },
});
const ctx = context(site);
const notesOf = (content: readonly Inline[]) =>
  content.filter((i): i is Extract<Inline, { kind: 'note' }> => i.kind === 'note');
const allInlines = (b: ReturnType<typeof themeBrief>) =>
  b.blocks.flatMap((x) =>
    x.kind === 'para' ? x.content : x.kind === 'bullets' ? x.items.flat() : [],
  );

describe('a theme brief', () => {
  it.each(site.themes.map((t) => t.id))(
    '%s: a note a cited claim, numbered by first call',
    (slug) => {
      const brief = themeBrief(ctx, slug);
      const refs = analyseBody(site.theme(slug).body ?? '').refs;
      expect(brief.notes).toHaveLength(refs.length);
      brief.notes.forEach((note, i) => {
        const { source } = site.claim(refs[i] ?? '');
        const link = note.find((x) => x.kind === 'link');
        expect(link).toMatchObject({
          url: `https://example.org/explainer/sources/${source.id}/#claim-${refs[i]}`,
        });
        expect(note.some((x) => x.kind === 'quote')).toBe(true);
      });
      const calls = notesOf(allInlines(brief));
      expect(calls.filter((c) => c.first).map((c) => c.n)).toEqual(refs.map((_, i) => i + 1));
      expect(calls.length).toBeGreaterThanOrEqual(refs.length);
    },
  );

  it('marks inferred event dates and sets the disagreements side by side, attributed', () => {
    const brief = themeBrief(ctx, 'cross-border-strikes');
    const [events] = brief.blocks.filter((b) => b.kind === 'table' && b.header[0] === 'Date');
    const inferred = site
      .eventsForTheme('cross-border-strikes')
      .some((e) => e.data.date.basis === 'inferred');
    expect(inferred).toBe(true);
    expect(JSON.stringify(events)).toContain('(inferred');
    const first = site.disagreementsForTheme('cross-border-strikes')[0];
    const table = brief.blocks.find(
      (b) => b.kind === 'table' && b.header[0] === first?.data.positions[0]?.holder,
    );
    expect(table?.kind === 'table' && table.header.length).toBe(first?.data.positions.length);
  });

  it('takes a correction in the same build: a new quotation, a new version', () => {
    const slug = 'talks';
    const id = analyseBody(site.theme(slug).body ?? '').refs[0] ?? '';
    const sources = corpus.sources.map((s) => ({
      ...s,
      data: {
        ...s.data,
        claims: s.data.claims.map((c) =>
          c.id === id ? { ...c, locator: { ...c.locator, quote: 'corrected words' } } : c,
        ),
      },
    }));
    const corrected = buildSite({ ...corpus, sources });
    const before = themeBrief(ctx, slug);
    const after = themeBrief(context(corrected), slug);
    expect(JSON.stringify(after.notes[0])).toContain('corrected words');
    expect(JSON.stringify(before.blocks[2])).not.toBe(JSON.stringify(after.blocks[2]));
    const row = (s: Site) => claimRows(s, 'https://example.org', '/').find((r) => r.id === id);
    expect(row(corrected)?.quotation).toBe('corrected words');
    expect(row(corrected)?.version).not.toBe(row(site)?.version);
  });
});

describe('the home brief', () => {
  it('gives every theme its key points and a link to its own brief, without notes', () => {
    const brief = homeBrief(ctx, 'Title', 'Standfirst of the home page.');
    expect(brief.notes).toEqual([]);
    const text = JSON.stringify(brief.blocks);
    for (const t of site.themes) {
      expect(text).toContain(t.data.title);
      expect(text).toContain(`https://example.org/explainer/themes/${t.id}/brief.docx`);
    }
  });
});

describe('the .docx package', () => {
  afterEach(() => vi.useRealTimers());

  it('is the same bytes whenever it is made, with the language and the day', async () => {
    const brief = themeBrief(ctx, 'ttp');
    vi.useFakeTimers({ now: new Date('2030-01-01T10:00:00Z'), toFake: ['Date'] });
    const a = await briefDocx(brief, '2026-11-29');
    vi.setSystemTime(new Date('2031-06-15T23:59:00Z'));
    const b = await briefDocx(brief, '2026-11-29');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const files = unzipSync(a);
    const core = strFromU8(files['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core).toContain('2026-11-29T00:00:00Z');
    expect(core).not.toMatch(/203[01]-/);
    const footnotes = strFromU8(files['word/footnotes.xml'] ?? new Uint8Array());
    expect(footnotes.match(/<w:footnote w:id="[1-9]/g)).toHaveLength(brief.notes.length);
  });
});

describe('the claim downloads', () => {
  const rows = claimRows(site, 'https://example.org', '/explainer/');

  it('give every claim one row with the documented columns, in order', () => {
    const claims = site.sources.flatMap((s) => s.data.claims);
    expect(rows.map((r) => r.id)).toEqual(claims.map((c) => c.id));
    for (const r of rows) expect(Object.keys(r)).toEqual(Object.keys(CLAIM_COLUMNS));
    const r = rows.find((x) => x.id === 'at-khan-quote');
    expect(r).toMatchObject({
      source: 'old-friends-new-foes',
      url: 'https://example.org/explainer/sources/old-friends-new-foes/#claim-at-khan-quote',
    });
  });

  it('are written by the events’ CSV writer, with their own columns', () => {
    const csv = toCsv(rows, Object.keys(CLAIM_COLUMNS) as (keyof (typeof rows)[0])[]);
    expect(csv.split('\r\n')[0]).toBe(
      Object.keys(CLAIM_COLUMNS)
        .map((c) => `"${c}"`)
        .join(','),
    );
  });
});

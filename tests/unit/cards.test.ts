import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertUniqueIds, bibliographyItems } from '../../src/lib/bibliography';
import { cssColours, pageCards } from '../../src/lib/cards';
import { checkCorpus } from '../../src/lib/check';
import { routes } from '../../src/lib/paths';
import { CARD, cardPng, cardSvgOf } from '../../src/lib/share-card';
import { buildSite } from '../../src/lib/site';
import { realFiles } from '../helpers';

const site = buildSite(checkCorpus(realFiles()).corpus);
const colours = cssColours(readFileSync('src/styles/global.css', 'utf8'));
const cards = pageCards(site, colours);

describe('share cards', () => {
  it('are drawn for the home page, each theme, the timeline and each source page', () => {
    expect(cards.map((c) => c.page)).toEqual([
      routes.home(),
      ...site.themes.map((t) => routes.theme(t.id)),
      routes.timeline(),
      ...site.sources.map((s) => routes.source(s.id)),
    ]);
    expect(cards.every((c) => c.alt.includes(c.card.title))).toBe(true);
  });

  it('take each theme’s colour from the stylesheet, and the source’s first theme', () => {
    const ttp = cards.find((c) => c.page === routes.theme('ttp'));
    expect(ttp?.card.colour).toBe(colours['theme-ttp']);
    expect(colours['theme-ttp']).toMatch(/^#[0-9a-f]{6}$/i);
    const source = site.sources[0];
    const card = cards.find((c) => c.page === routes.source(source?.id ?? ''));
    expect(card?.card.colour).toBe(colours[`theme-${source?.data.themes[0]}`]);
    expect(card?.card.title).toMatch(/^Summary of “.+”$/);
  });

  it('are 1200 x 630 PNG images', async () => {
    const card = cards[0];
    if (!card) throw new Error('no card');
    const png = Buffer.from(await cardPng(card.card));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD.width, CARD.height]);
  });
  it('keep a title too long for four lines to four, below the kicker, cut with an ellipsis', async () => {
    const card = { title: '', kicker: 'Source summary', colour: '#000000', siteName: 'Site' };
    const titleLines = (svg: string) => svg.match(/<path fill="#1a1a1a"/g)?.length ?? 0;
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    expect(titleLines(await cardSvgOf({ ...card, title: long }))).toBe(4);
    const short = 'Summary of “Pakistan, Taliban go from old friends to new foes”';
    expect(titleLines(await cardSvgOf({ ...card, title: short }))).toBeLessThanOrEqual(4);
  });
});

describe('citation keys', () => {
  it('are refused when two items share one', () => {
    const pages = bibliographyItems(site, 'pages', 'https://example.org', '/');
    expect(() => assertUniqueIds(pages)).not.toThrow();
    const [a, b] = pages;
    if (!a || !b) throw new Error('no pages');
    expect(() => assertUniqueIds([a, { ...b, id: a.id }])).toThrow(
      `citation key "${a.id}" is given to both ${a.URL} and ${b.URL}`,
    );
  });
});

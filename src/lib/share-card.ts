/**
 * Share cards (og:image): a 1200 x 630 PNG for a page, drawn at build time from the page's
 * title, its theme's colour and the site's name. The text is drawn as outlines from a font that
 * comes with an npm package (DejaVu Sans, by opentype.js), and the SVG is rasterised by resvg
 * compiled to WebAssembly: no native binary, no browser, no outside service.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import opentype, { type Font } from 'opentype.js';
import { escapeMarkup } from './markup';

export const CARD = { width: 1200, height: 630 } as const;

export interface Card {
  title: string;
  /** The band's colour, a CSS hex colour: the page's theme, or the site's accent. */
  colour: string;
  siteName: string;
  /** A small line above the title: "Theme", "Source summary"... */
  kicker: string;
}

/** Greedy line breaking of `text` at `size` into lines no wider than `width`. */
export function wrap(font: Font, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.getAdvanceWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest size (72 down to 40) at which the title fits in four lines, and its lines. */
function fitTitle(font: Font, title: string, width: number): { size: number; lines: string[] } {
  for (let size = 72; size > 40; size -= 4) {
    const lines = wrap(font, title, size, width);
    if (lines.length <= 4) return { size, lines };
  }
  const lines = wrap(font, title, 40, width);
  return { size: 40, lines: lines.length > 5 ? [...lines.slice(0, 4), `${lines[4]} …`] : lines };
}

const esc = escapeMarkup;

/** The card as SVG, the text as outlines (pure, given the fonts). */
export function cardSvg(card: Card, fonts: { regular: Font; bold: Font }): string {
  const { width, height } = CARD;
  const x = 80;
  const { size, lines } = fitTitle(fonts.bold, card.title, width - 2 * x);
  const lineHeight = Math.round(size * 1.2);
  const top = 230 - Math.max(0, lines.length - 3) * 30;
  const path = (font: Font, text: string, px: number, y: number, s: number, fill: string) =>
    `<path fill="${fill}" d="${font.getPath(text, px, y, s).toPathData(1)}"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${esc(card.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fbfaf7"/>`,
    `<rect width="${width}" height="24" fill="${card.colour}"/>`,
    `<rect x="${x}" y="${height - 150}" width="${width - 2 * x}" height="2" fill="#d8d4cc"/>`,
    path(fonts.bold, card.kicker.toUpperCase(), x, 140, 30, card.colour),
    ...lines.map((l, i) => path(fonts.bold, l, x, top + i * lineHeight, size, '#1a1a1a')),
    path(fonts.regular, card.siteName, x, height - 80, 34, '#4a4a4a'),
    '</svg>',
  ].join('');
}

let ready: Promise<{ regular: Font; bold: Font }> | undefined;

/** The fonts, and resvg's WebAssembly, loaded once. */
function load(): Promise<{ regular: Font; bold: Font }> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const file = (p: string) => readFileSync(require.resolve(p));
    await initWasm(file('@resvg/resvg-wasm/index_bg.wasm'));
    const font = (weight: number) => {
      const b = file(`@fontsource/dejavu-sans/files/dejavu-sans-latin-${weight}-normal.woff`);
      return opentype.parse(
        b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
      );
    };
    return { regular: font(400), bold: font(700) };
  })();
  return ready;
}

/** The card as a PNG. */
export async function cardPng(card: Card): Promise<Uint8Array> {
  const svg = cardSvg(card, await load());
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  const png = resvg.render().asPng();
  resvg.free();
  return png;
}

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
import { cacheKey, cached } from './file-cache';
import { escapeMarkup } from './markup';
import { encodePng, encoderFingerprint } from './png';

export const CARD = { width: 1200, height: 630 } as const;

export interface Card {
  title: string;
  /** The band's colour, a CSS hex colour: the page's theme, or the site's accent. */
  colour: string;
  siteName: string;
  /** A small line above the title: "Theme", "Source summary"... */
  kicker: string;
}

/**
 * A text's advance width in font units, remembered: fitting a title tries up to nine sizes, and
 * the lines it measures recur from one size to the next (the width at a size is proportional).
 */
function unitWidths(font: Font): (text: string) => number {
  const known = new Map<string, number>();
  return (text) => {
    let units = known.get(text);
    if (units === undefined) known.set(text, (units = font.getAdvanceWidth(text, font.unitsPerEm)));
    return units;
  };
}

/** Greedy line breaking of `text` at `size` into lines no wider than `width`. */
export function wrap(
  font: Font,
  text: string,
  size: number,
  width: number,
  units = unitWidths(font),
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && (units(next) * size) / font.unitsPerEm > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The most lines of title a card has room for below its kicker. */
const TITLE_LINES = 4;

/**
 * The largest size (72 down to 40) at which the title fits in four lines, and its lines; a title
 * longer than four lines at 40 is cut at a word, within the width, and ends with an ellipsis.
 */
function fitTitle(font: Font, title: string, width: number): { size: number; lines: string[] } {
  const units = unitWidths(font);
  for (let size = 72; size >= 40; size -= 4) {
    const lines = wrap(font, title, size, width, units);
    if (lines.length <= TITLE_LINES) return { size, lines };
  }
  const lines = wrap(font, title, 40, width, units);
  let last = lines[TITLE_LINES - 1] ?? '';
  const fits = (l: string) => (units(`${l} …`) * 40) / font.unitsPerEm <= width;
  while (last.includes(' ') && !fits(last)) last = last.replace(/\s+\S+$/, '');
  return { size: 40, lines: [...lines.slice(0, TITLE_LINES - 1), `${last} …`] };
}

/** Outlines of the lines every card repeats (its kicker, the site's name), drawn once. */
const repeated = new WeakMap<Font, Map<string, string>>();

/** `text`'s outline at (x, y) and `size`, as SVG path data; remembered if `repeats`. */
function outline(font: Font, text: string, x: number, y: number, size: number, repeats = false) {
  const draw = () => font.getPath(text, x, y, size).toPathData(1);
  if (!repeats) return draw();
  const known = repeated.get(font) ?? new Map<string, string>();
  repeated.set(font, known);
  const key = `${x} ${y} ${size} ${text}`;
  let d = known.get(key);
  if (d === undefined) known.set(key, (d = draw()));
  return d;
}

/** The card as SVG, the text as outlines (pure, given the fonts). */
export function cardSvg(card: Card, fonts: { regular: Font; bold: Font }): string {
  const { width, height } = CARD;
  const x = 80;
  const { size, lines } = fitTitle(fonts.bold, card.title, width - 2 * x);
  const lineHeight = Math.round(size * 1.2);
  const top = 230 - Math.max(0, lines.length - 3) * 30;
  const path = (fill: string, d: string) => `<path fill="${fill}" d="${d}"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeMarkup(card.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fbfaf7"/>`,
    `<rect width="${width}" height="24" fill="${card.colour}"/>`,
    `<rect x="${x}" y="${height - 150}" width="${width - 2 * x}" height="2" fill="#d8d4cc"/>`,
    path(card.colour, outline(fonts.bold, card.kicker.toUpperCase(), x, 140, 30, true)),
    ...lines.map((l, i) => path('#1a1a1a', outline(fonts.bold, l, x, top + i * lineHeight, size))),
    path('#4a4a4a', outline(fonts.regular, card.siteName, x, height - 80, 34, true)),
    '</svg>',
  ].join('');
}

interface Drawing {
  regular: Font;
  bold: Font;
  /** What decides a PNG's bytes besides its SVG: resvg's WebAssembly, its options, the encoder. */
  version: string;
}

const RENDER = { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } } as const;

let ready: Promise<Drawing> | undefined;

/** The fonts, and resvg's WebAssembly, loaded once. */
function load(): Promise<Drawing> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const file = (p: string) => readFileSync(require.resolve(p));
    const wasm = file('@resvg/resvg-wasm/index_bg.wasm');
    await initWasm(wasm);
    const font = (weight: number) => {
      const b = file(`@fontsource/dejavu-sans/files/dejavu-sans-latin-${weight}-normal.woff`);
      return opentype.parse(
        b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
      );
    };
    const version = cacheKey(wasm, JSON.stringify(RENDER), encoderFingerprint());
    return { regular: font(400), bold: font(700), version };
  })();
  return ready;
}

/** The SVG drawn by resvg, as a PNG with a palette (src/lib/png.ts). */
function draw(svg: string): Uint8Array {
  const resvg = new Resvg(svg, RENDER);
  // Freed at once: left to the garbage collector, each 3 MB image grows WebAssembly's memory,
  // which made a card cost several times what it draws.
  const image = resvg.render();
  try {
    return encodePng(image.pixels, image.width, image.height);
  } finally {
    image.free();
    resvg.free();
  }
}

/**
 * Where the build keeps the cards it drew (relative to the project), each named by a hash of its
 * SVG and of what rasterises it: a rebuild draws again only the cards whose text, colour or
 * drawing code changed. Deleting it is always safe.
 */
export const CARD_CACHE_DIR = 'node_modules/.cache/share-cards';

/** The card's SVG, as `cardPng` rasterises it. */
export async function cardSvgOf(card: Card): Promise<string> {
  return cardSvg(card, await load());
}

/** The card as a PNG; kept in and taken from the folder `cacheDir` when one is given. */
export async function cardPng(card: Card, cacheDir?: string): Promise<Uint8Array> {
  const drawing = await load();
  const svg = cardSvg(card, drawing);
  if (!cacheDir) return draw(svg);
  return cached(cacheDir, `${cacheKey(drawing.version, svg)}.png`, () => draw(svg));
}

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Card, cardPng, cardSvgOf } from '../../src/lib/share-card';

const card: Card = {
  title: 'Summary of “Pakistan, Taliban go from old friends to new foes”',
  colour: '#a34a00',
  siteName: 'The explainer',
  kicker: 'Source summary',
};
const other: Card = { ...card, title: 'The TTP', kicker: 'Theme', colour: '#8a1c3c' };

/** What resvg draws for an SVG, as RGBA pixels. */
function pixels(svg: string): Uint8Array {
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' } });
  const image = resvg.render();
  const rgba = image.pixels;
  image.free();
  resvg.free();
  return rgba;
}

/** A PNG as resvg decodes it, drawn at its own size: its pixels, by a decoder not ours. */
const decoded = (png: Uint8Array) =>
  pixels(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><image width="1200" height="630" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`,
  );

/** Bytes compared by digest: a failing comparison of megabytes would print them all. */
const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('share card images', () => {
  it('have exactly the pixels resvg draws for the card', async () => {
    // The first card sets up resvg's WebAssembly, which the decoding here uses too.
    const png = await cardPng(card);
    expect(digest(decoded(png))).toEqual(digest(pixels(await cardSvgOf(card))));
  });

  it('are the same bytes each time they are drawn', async () => {
    expect(digest(await cardPng(card))).toEqual(digest(await cardPng({ ...card })));
  });
});

describe('the share card cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'card-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const entries = () => readdirSync(dir).sort();

  it('starts empty (a clean clone) and keeps each card it draws, the bytes drawn without it', async () => {
    expect(digest(await cardPng(card, join(dir, 'not-yet')))).toEqual(digest(await cardPng(card)));
    rmSync(join(dir, 'not-yet'), { recursive: true });
    await cardPng(card, dir);
    const [first] = entries();
    await cardPng(other, dir);
    expect(entries()).toHaveLength(2);
    expect(digest(readFileSync(join(dir, first ?? '')))).toEqual(digest(await cardPng(card)));
  });

  it('gives back a kept card unchanged, and draws a card whose title changed', async () => {
    const kept = join(dir, (await keptFor(other)) ?? 'none');
    // Mark the kept file: a card taken from the cache comes back with the mark.
    writeFileSync(kept, 'kept');
    expect(Buffer.from(await cardPng(other, dir)).toString()).toBe('kept');
    const retitled = { ...card, title: `${card.title}, revised` };
    const drawn = await cardPng(retitled, dir);
    expect(entries()).toHaveLength(3);
    expect(digest(drawn)).toEqual(digest(await cardPng(retitled)));
    expect(digest(drawn)).not.toEqual(digest(await cardPng(card)));
  });

  /** The cache entry `c` is kept under: the one file a cache of its own holds. */
  async function keptFor(c: Card): Promise<string | undefined> {
    const own = mkdtempSync(join(tmpdir(), 'card-cache-one-'));
    await cardPng(c, own);
    const [name] = readdirSync(own);
    rmSync(own, { recursive: true });
    return name;
  }
});

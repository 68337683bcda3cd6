/** The benchmark's share-card figures (`npm run bench`, or `npm run bench -- --only=cards`). */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type PageCard, cssColours, pageCards } from '../src/lib/cards';
import { checkCorpus } from '../src/lib/check';
import { readContent } from '../src/lib/content-files';
import { cardPng } from '../src/lib/share-card';
import { buildSite } from '../src/lib/site';
import { round } from './bench-stats';
import { writeSyntheticCorpus } from './synthetic-corpus';

const ROOT = resolve(import.meta.dirname, '..');

/** Draws `cards` one after another as the build does, kept in `cacheDir`: seconds and bytes. */
async function draw(cards: readonly PageCard[], cacheDir: string) {
  const start = performance.now();
  let bytes = 0;
  for (const c of cards) bytes += (await cardPng(c.card, cacheDir)).length;
  return { seconds: (performance.now() - start) / 1000, bytes };
}

/**
 * The share cards of a synthetic corpus of `n` sources, drawn one after another as the build
 * does: cold (an empty card cache, as on a clean clone), then warm (a rebuild, nothing changed).
 */
export async function cardCost(n: number, tmp: string) {
  const dir = join(tmp, `cards-${n}`);
  writeSyntheticCorpus(dir, n);
  const site = buildSite(checkCorpus(readContent(dir, ROOT)).corpus);
  const colours = cssColours(readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8'));
  const cards = pageCards(site, colours);
  const cacheDir = join(tmp, `card-cache-${n}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const cold = await draw(cards, cacheDir);
  const warm = await draw(cards, cacheDir);
  rmSync(cacheDir, { recursive: true, force: true });
  const ms = (seconds: number) => round((seconds * 1000) / cards.length, 1);
  const figures = {
    sources: n,
    cards: cards.length,
    seconds: round(cold.seconds, 1),
    msPerCard: ms(cold.seconds),
    warmSeconds: round(warm.seconds, 1),
    warmMsPerCard: ms(warm.seconds),
    totalMb: round(cold.bytes / 1e6, 1),
  };
  console.log(
    '\nShare cards (og:image), drawn at build time (resvg-wasm; the first includes loading fonts and wasm);',
  );
  console.log('cold: an empty card cache; warm: every card kept from the run before');
  console.log('sources   cards   cold s  ms/card   warm s  ms/card   total MB');
  const col = (v: number, w: number) => String(v).padStart(w);
  console.log(
    [
      col(n, 7),
      col(figures.cards, 7),
      col(figures.seconds, 8),
      col(figures.msPerCard, 8),
      col(figures.warmSeconds, 8),
      col(figures.warmMsPerCard, 8),
      col(figures.totalMb, 10),
    ].join(' '),
  );
  return figures;
}

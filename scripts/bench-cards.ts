/** The benchmark's share-card figures (`npm run bench`, or `npm run bench -- --only=cards`). */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cssColours, pageCards } from '../src/lib/cards';
import { checkCorpus } from '../src/lib/check';
import { readContent } from '../src/lib/content-files';
import { cardPng } from '../src/lib/share-card';
import { buildSite } from '../src/lib/site';
import { round } from './bench-stats';
import { writeSyntheticCorpus } from './synthetic-corpus';

const ROOT = resolve(import.meta.dirname, '..');

/** The share cards of a synthetic corpus of `n` sources, drawn one after another as the build does. */
export async function cardCost(n: number, tmp: string) {
  const dir = join(tmp, `cards-${n}`);
  writeSyntheticCorpus(dir, n);
  const site = buildSite(checkCorpus(readContent(dir, ROOT)).corpus);
  const colours = cssColours(readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8'));
  const cards = pageCards(site, colours);
  const start = performance.now();
  let bytes = 0;
  for (const c of cards) bytes += (await cardPng(c.card)).length;
  const seconds = (performance.now() - start) / 1000;
  const figures = {
    sources: n,
    cards: cards.length,
    seconds: round(seconds, 1),
    msPerCard: round((seconds * 1000) / cards.length, 1),
    totalMb: round(bytes / 1e6, 1),
  };
  console.log(
    '\nShare cards (og:image), drawn at build time (resvg-wasm; first includes loading fonts and wasm)',
  );
  console.log('sources   cards   seconds   ms/card   total MB');
  console.log(
    `${String(n).padStart(7)} ${String(figures.cards).padStart(7)} ${String(figures.seconds).padStart(9)} ${String(figures.msPerCard).padStart(9)} ${String(figures.totalMb).padStart(10)}`,
  );
  return figures;
}

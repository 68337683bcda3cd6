import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { getCards } from '../../data/site';
import { routes } from '../../lib/paths';
import { CARD_CACHE_DIR, cardPng } from '../../lib/share-card';

/** One share card a page that has one (src/lib/cards.ts): /cards/themes/ttp.png... */
export async function getStaticPaths() {
  return [...(await getCards()).values()].map((c) => ({
    params: {
      card: routes
        .card(c.page)
        .replace(/^cards\//, '')
        .replace(/\.png$/, ''),
    },
    props: { card: c.card },
  }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(
    Buffer.from(
      await cardPng(
        (props as { card: Parameters<typeof cardPng>[0] }).card,
        resolve(CARD_CACHE_DIR),
      ),
    ),
    {
      headers: { 'content-type': 'image/png' },
    },
  );

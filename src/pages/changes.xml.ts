import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import { atomFeed } from '../lib/feed';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await getSite(), String(site), import.meta.env.BASE_URL), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });

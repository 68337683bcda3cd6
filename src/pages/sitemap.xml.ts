import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import { sitemap } from '../lib/feed';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemap(await getSite(), String(site), import.meta.env.BASE_URL), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });

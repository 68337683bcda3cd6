import type { APIRoute } from 'astro';
import { getSite } from '../../data/site';
import { eventRows, toCsv } from '../../lib/downloads';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(eventRows(await getSite(), String(site), import.meta.env.BASE_URL)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });

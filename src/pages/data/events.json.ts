import type { APIRoute } from 'astro';
import { getSite } from '../../data/site';
import { EVENT_COLUMNS, eventRows } from '../../lib/downloads';

export const GET: APIRoute = async ({ site }) => {
  const rows = eventRows(await getSite(), String(site), import.meta.env.BASE_URL);
  return new Response(JSON.stringify({ columns: EVENT_COLUMNS, events: rows }, null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

import type { APIRoute } from 'astro';
import { getSite } from '../../data/site';
import { placesGeoJson } from '../../lib/map-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    JSON.stringify(placesGeoJson(await getSite(), String(site), import.meta.env.BASE_URL)) + '\n',
    { headers: { 'content-type': 'application/geo+json; charset=utf-8' } },
  );

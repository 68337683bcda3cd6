import type { APIRoute } from 'astro';
import { robots } from '../lib/feed';

export const GET: APIRoute = ({ site }) =>
  new Response(robots(String(site), import.meta.env.BASE_URL), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });

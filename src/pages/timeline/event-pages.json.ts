import type { APIRoute } from 'astro';
import { getSite } from '../../data/site';
import { timelinePages } from '../../lib/site';

/**
 * Which page of the timeline lists each event, by event id: for a link made before the corpus
 * grew (`/timeline/#event-x`) to find the event on the later page that now lists it. Fetched by
 * the timeline page only when the event a link names is not on it.
 */
export const GET: APIRoute = async () => {
  const pages = timelinePages(await getSite());
  const map = Object.fromEntries(pages.flatMap((p) => p.items.map((e) => [e.id, p.number])));
  return new Response(JSON.stringify(map), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

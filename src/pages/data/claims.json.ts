import type { APIRoute } from 'astro';
import { getSite } from '../../data/site';
import { CLAIM_COLUMNS, claimRows, siteVersion } from '../../lib/claim-downloads';

export const GET: APIRoute = async ({ site }) => {
  const s = await getSite();
  const rows = claimRows(s, String(site), import.meta.env.BASE_URL);
  const body = { version: siteVersion(s), columns: CLAIM_COLUMNS, claims: rows };
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

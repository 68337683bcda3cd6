import type { APIRoute } from 'astro';
import { getSite } from '../../data/site';
import { CLAIM_COLUMNS, claimRows, type ClaimRow } from '../../lib/claim-downloads';
import { toCsv } from '../../lib/downloads';

export const GET: APIRoute = async ({ site }) => {
  const rows = claimRows(await getSite(), String(site), import.meta.env.BASE_URL);
  const cols = Object.keys(CLAIM_COLUMNS) as (keyof ClaimRow)[];
  return new Response(toCsv(rows, cols), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};

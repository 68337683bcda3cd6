import type { APIRoute } from 'astro';
import { briefContext, docxResponse } from '../data/briefs';
import { homeBrief } from '../lib/brief';
import { HOME_STANDFIRST, SITE_TITLE } from '../lib/feed';
import { routes } from '../lib/paths';

export const GET: APIRoute = async ({ site }) => {
  const path = `/${routes.home()}`;
  const ctx = await briefContext(String(site), import.meta.env.BASE_URL, path);
  return docxResponse(ctx, path, homeBrief(ctx, SITE_TITLE, HOME_STANDFIRST));
};

import type { APIRoute } from 'astro';
import { briefContext, docxResponse } from '../../../data/briefs';
import { getSite } from '../../../data/site';
import { themeBrief } from '../../../lib/brief';
import { routes } from '../../../lib/paths';

export async function getStaticPaths() {
  return (await getSite()).themes.map((t) => ({ params: { slug: t.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const theme = (await getSite()).theme(params['slug'] ?? '');
  const path = `/${routes.theme(theme.id)}`;
  const ctx = await briefContext(String(site), import.meta.env.BASE_URL, path);
  return docxResponse(ctx, path, themeBrief(ctx, theme.id));
};

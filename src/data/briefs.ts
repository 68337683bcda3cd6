/** What the Word briefs' endpoints share: the read model and the citations they print. */
import { briefDocx } from '../lib/brief-docx';
import type { Brief, BriefContext } from '../lib/brief';
import { versionOf } from '../lib/versions';
import { getCitations, getSite } from './site';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The site and its citations in the default style (APA), for the page at `path`. */
export async function briefContext(
  siteUrl: string,
  base: string,
  path: string,
): Promise<BriefContext> {
  const site = await getSite();
  const cites = await getCitations(siteUrl, base);
  const page = (await cites.page(path))?.apa;
  if (page === undefined) throw new Error(`${path}: no citation for the page`);
  const originals = new Map<string, string>();
  for (const s of site.sources) originals.set(s.id, (await cites.original(s.id))?.apa ?? '');
  return {
    site,
    siteUrl,
    base,
    cite: { page, original: (slug) => originals.get(slug) ?? '' },
  };
}

/** The brief as a .docx response, dated by the page's version. */
export async function docxResponse(
  ctx: BriefContext,
  path: string,
  brief: Brief,
): Promise<Response> {
  const bytes = await briefDocx(brief, versionOf(ctx.site, path).updated);
  return new Response(new Uint8Array(bytes), { headers: { 'content-type': DOCX } });
}

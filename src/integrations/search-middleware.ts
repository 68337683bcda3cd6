/**
 * Hands each rendered page that is meant to be found (its body marked data-pagefind-body) to the
 * search index, under its address without the base path (the search page adds the base back).
 * Does nothing outside a build, or for a page kept out of search.
 */
import type { MiddlewareHandler } from 'astro';
import { SEARCH_INDEXER, type SearchIndexer } from './search-indexer';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const indexer = (globalThis as { [SEARCH_INDEXER]?: SearchIndexer })[SEARCH_INDEXER];
  if (!indexer || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.clone().text();
  if (html.includes('data-pagefind-body')) {
    const url = `/${context.url.pathname.slice(import.meta.env.BASE_URL.length)}`;
    indexer.add(url, searchable(html));
  }
  return response;
};

/**
 * What search reads of a page: its language and its main element (where the searchable body,
 * its filters and its headings are), not the head with its inline styles or the site's chrome.
 */
export function searchable(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  return `<html lang="${lang}"><body>${html.slice(start, end + 7)}</body></html>`;
}

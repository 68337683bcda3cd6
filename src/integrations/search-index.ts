/**
 * Astro integration: the Pagefind search index, built while the pages are. Each searchable page
 * (one that marks its body with data-pagefind-body) is handed to a worker thread as it is
 * rendered, by the middleware beside this file; the worker feeds Pagefind's indexing service, so
 * the pages are read for search on the machine's other cores while the next ones render. The
 * index is written into the output once every page is done; a build that indexed nothing fails.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { SEARCH_INDEXER, type SearchIndexer } from './search-indexer';

const shared = globalThis as { [SEARCH_INDEXER]?: SearchIndexer | undefined };

export default function searchIndex(): AstroIntegration {
  let worker: Worker | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'build') return;
        const thread = new Worker(new URL('./search-worker.mjs', import.meta.url));
        worker = thread;
        shared[SEARCH_INDEXER] = { add: (url, content) => thread.postMessage({ url, content }) };
        addMiddleware({
          entrypoint: new URL('./search-middleware.ts', import.meta.url),
          order: 'post',
        });
      },
      'astro:build:done': async ({ dir }) => {
        if (!worker) return;
        shared[SEARCH_INDEXER] = undefined;
        const since = performance.now();
        const thread = worker;
        const result = await new Promise<{ pages: number; errors: string[] }>((done, fail) => {
          thread.once('message', done);
          thread.once('error', fail);
          thread.postMessage({ write: join(fileURLToPath(dir), 'pagefind') });
        });
        await thread.terminate();
        if (result.errors.length > 0 || result.pages === 0) {
          throw new Error(`search: indexing failed: ${result.errors.join('; ') || 'no page'}`);
        }
        // One line for the benchmark: what the index adds after the last page.
        const after = ((performance.now() - since) / 1000).toFixed(1);
        console.log(
          `search: indexed ${result.pages} pages; index written ${after} s after the pages`,
        );
      },
    },
  };
}

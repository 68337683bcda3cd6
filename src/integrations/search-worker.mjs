/**
 * The search index's worker thread: it keeps Pagefind's indexing service, takes each page the
 * build hands it ({ url, content }) and, told where ({ write: dir }), writes the index there and
 * says how it went ({ pages, errors }). Plain JavaScript, run by Node as it is; the pages are
 * encoded for Pagefind here, off the thread that renders them.
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

const { index, errors: startErrors } = await pagefind.createIndex({});
/** @type {Promise<import('pagefind').NewFileResponse>[]} */
const added = [];

parentPort?.on('message', async (message) => {
  if (typeof message.url === 'string') {
    if (index) added.push(index.addHTMLFile({ url: message.url, content: message.content }));
    return;
  }
  if (typeof message.write !== 'string') return;
  const errors = [...startErrors];
  const done = index ? await Promise.all(added) : [];
  errors.push(...done.flatMap((r) => r.errors));
  if (index && errors.length === 0 && done.length > 0) {
    const written = await index.writeFiles({ outputPath: message.write });
    errors.push(...written.errors);
  }
  // Closing the indexing service has been seen to hang; the index is written by then.
  await Promise.race([pagefind.close(), new Promise((ok) => setTimeout(ok, 5000).unref())]);
  parentPort?.postMessage({ pages: done.length, errors });
});

/**
 * CSL items -> each item's bibliography entry as HTML, in each of the given styles, by
 * Citation.js on citeproc-js. Plain JavaScript with no import of ours, so that Node can also run
 * it as it is in a worker thread: the site's citations are split across the build machine's
 * cores (src/lib/citation.ts is its caller, in the build's thread or in workers).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';

const registered = new Set();

/**
 * @param {Record<string, unknown>} styles CSL styles as parsed trees, by the name to use.
 * Registers each name once; a name Citation.js already has (it bundles an "apa") is replaced.
 */
export function registerStyles(styles) {
  const csl = plugins.config.get('@csl');
  for (const [name, style] of Object.entries(styles)) {
    if (registered.has(name)) continue;
    csl.styles.add(name, style);
    registered.add(name);
  }
}

/**
 * @param {object[]} items CSL-JSON items, with unique ids.
 * @param {string[]} styles Names of registered styles.
 * @returns {Record<string, [string, string][]>} By style: [id, entry HTML] pairs, in item order.
 */
export function formatEntries(items, styles) {
  const cite = new Cite(items);
  return Object.fromEntries(
    styles.map((style) => [
      style,
      cite
        .format('bibliography', {
          format: 'html',
          template: style,
          lang: 'en-US',
          asEntryArray: true,
          nosort: true,
        })
        .map(([id, html]) => [
          id,
          html
            .trim()
            .replace(/^<div[^>]*>/, '')
            .replace(/<\/div>$/, ''),
        ]),
    ]),
  );
}

// As a worker: { cslEntries: true, styles, chunks } in; formatEntries' result out for each
// chunk of items, in turn, so that the build can use the first pages' citations at once.
if (!isMainThread && workerData?.cslEntries === true) {
  registerStyles(workerData.styles);
  const names = Object.keys(workerData.styles);
  for (const chunk of workerData.chunks) parentPort?.postMessage(formatEntries(chunk, names));
}

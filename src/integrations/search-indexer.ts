/** What the search-index integration shares with its middleware, in the build's process. */
export const SEARCH_INDEXER = Symbol.for('explainer.search-indexer');

export interface SearchIndexer {
  /** Hands one rendered page to the index. */
  add(url: string, content: string): void;
}

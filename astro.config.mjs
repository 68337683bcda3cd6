// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/search-index.ts';
import { rehypeExternalLinks } from './src/integrations/rehype-external-links.ts';
import { rehypeNestHeadings } from './src/integrations/rehype-nest-headings.ts';
import { rehypePassageIds } from './src/integrations/rehype-passage-ids.ts';
import { remarkClaimNotes } from './src/integrations/remark-claim-notes.ts';
import { normaliseBase } from './src/lib/paths.ts';

// Deployment is configured by environment variables (see README, "Deploy").
const base = normaliseBase(process.env.BASE_PATH);
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// CONTENT_DIR lets tests and benchmarks build other corpora; the site's own is ./content.
const contentDir = process.env.CONTENT_DIR ?? './content';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Styles travel inside each page: a text page is one request, HTML and CSS in one round trip.
  // Four pages at a time, so that one page's file writes overlap the others' rendering (eight
  // at a time was no faster over whole benchmark runs at 1,000 and 5,000 sources).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  outDir: process.env.OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
  // Scoped styles mark elements with a class rather than a data attribute: smaller pages.
  scopedStyleStrategy: 'class',
  // No script is ever inlined into a page: the Content-Security-Policy allows our own files only.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [contentCheck({ contentDir }), searchIndex()],
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      // remark-gfm is added explicitly so that its footnotes carry our source notes.
      gfm: false,
      remarkPlugins: [remarkGfm, [remarkClaimNotes, { contentDir, base }]],
      rehypePlugins: [rehypeNestHeadings, rehypePassageIds, rehypeExternalLinks],
      remarkRehype: {
        footnoteLabel: 'Source notes',
        footnoteLabelTagName: 'h2',
        footnoteLabelProperties: { className: ['notes-label'] },
        // A note cited twice has a second back link, shown as "↩2": its name says "reference 2", so
        // that what is seen is also what is heard.
        footnoteBackLabel: (/** @type {number} */ i, /** @type {number} */ r) =>
          r > 1
            ? `Back to the text of note ${i + 1}, reference ${r}`
            : `Back to the text of note ${i + 1}`,
      },
    }),
  },
});

/**
 * What a built page costs a reader: its HTML, its CSS (inline and linked) and its JavaScript
 * (module scripts and every chunk they import, dynamic imports included, since the islands load
 * them as soon as they are seen), raw and gzip, and the number of requests. Read from dist/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  /** The document, inline styles included. */
  html: Weight;
  /** All CSS, inline and linked (the inline part is also counted in html). */
  css: Weight;
  /** What the first round trips carry: the document and any linked stylesheets. */
  htmlCss: Weight;
  js: Weight;
  requests: number;
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const weigh = (parts: (Buffer | string)[]): Weight => ({
  raw: parts.reduce((n, p) => n + Buffer.byteLength(p), 0),
  gzip: parts.reduce((n, p) => n + gz(p), 0),
});

/** The built file a page path maps to under `dist` (with the site's base path removed). */
export function pageFile(dist: string, path: string): string {
  return path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
}

export function pageWeight(dist: string, path: string, base = '/'): PageWeight {
  const html = readFileSync(pageFile(dist, path), 'utf8');
  const local = (url: string) => join(dist, url.startsWith(base) ? url.slice(base.length) : url);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  const cssFiles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  const entry = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] ?? '');
  // Follow each script's imports, static and dynamic, within the bundle folder.
  const seen = new Set<string>();
  const queue = entry.map(local);
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import\(|from)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)) {
      queue.push(join(file, '..', m[1] ?? ''));
    }
  }
  const linkedCss = cssFiles.map((f) => readFileSync(local(f)));
  const js = [...seen].map((f) => readFileSync(f));
  return {
    html: weigh([html]),
    css: weigh([...inlineCss, ...linkedCss]),
    htmlCss: weigh([html, ...linkedCss]),
    js: weigh(js),
    requests: 1 + cssFiles.length + seen.size,
  };
}

/** One page of each type, as the budgets and the benchmark name them. */
export const PAGE_TYPES = {
  home: '/',
  theme: '/themes/talks/',
  evidence: '/themes/afghan-taliban/sources/',
  source: '/sources/old-friends-new-foes/',
  actor: '/actors/ttp/',
  place: '/actors/khost/',
  index: '/actors/',
  timeline: '/timeline/',
  map: '/map/',
  search: '/search/',
  about: '/about/',
  changes: '/changes/',
  notFound: '/404.html',
} as const;
export type PageType = keyof typeof PAGE_TYPES;

/** Every theme page of a build: the budget holds for each, the benchmark weighs each. */
export function themePaths(dist: string): string[] {
  return readdirSync(join(dist, 'themes'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `/themes/${d.name}/`)
    .sort();
}

/**
 * gzip budgets in bytes: a text page's HTML and CSS within the first round trip (14 KB, about ten
 * TCP segments), at most 2 KB of enhancement script; the timeline's script at most 20 KB.
 * The source, actor and timeline pages are allowed 16 KiB: the theme pages were brought under
 * 14 KB (see the README, "Performance"); these carry more evidence a page and are next.
 */
export const BUDGETS: Record<PageType, { htmlCss: number; js: number }> = {
  home: { htmlCss: 14_000, js: 2_000 },
  theme: { htmlCss: 14_000, js: 2_000 },
  evidence: { htmlCss: 14_000, js: 2_000 },
  source: { htmlCss: 16_384, js: 2_000 },
  actor: { htmlCss: 16_384, js: 2_000 },
  place: { htmlCss: 16_384, js: 2_000 },
  index: { htmlCss: 14_000, js: 2_000 },
  timeline: { htmlCss: 16_384, js: 20_000 },
  /** The map page carries its SVG: at most 40 KB with it, 10 KB of script if any. */
  map: { htmlCss: 40_000, js: 10_000 },
  search: { htmlCss: 14_000, js: 4_000 },
  about: { htmlCss: 14_000, js: 2_000 },
  changes: { htmlCss: 14_000, js: 2_000 },
  notFound: { htmlCss: 14_000, js: 2_000 },
};

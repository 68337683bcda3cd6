/**
 * Citations at build time, by a CSL processor (Citation.js, on citeproc-js) with the official
 * CSL styles: APA 7, MLA 9 and Chicago (notes and bibliography), patched to print as the current
 * official ones (Chicago 18th edition), plus BibTeX, RIS and CSL-JSON. Build time only; none of it reaches the browser.
 */
import { Worker } from 'node:worker_threads';
import type { PartialDate } from '../schemas/date';
import type { Source } from '../schemas/source';
import { stringifyCsl } from './access-date';
import { toBibtex, toBibtexList } from './bibtex';
import { formatEntries, registerStyles } from './csl-entries.mjs';
import { STYLE_IDS, loadStyle, type StyleNode } from './csl-styles';
import { toRis } from './ris';

export const SITE_CONTAINER = 'Pakistan, the Afghan Taliban and the TTP: a reference explainer';
export const SITE_AUTHOR = 'The explainer’s editors';

export interface CslDate {
  'date-parts': [number[]];
}
export interface CslItem {
  id: string;
  type: 'webpage' | 'article-newspaper';
  title: string;
  'container-title': string;
  author?: ({ family: string; given: string } | { literal: string })[];
  issued: CslDate;
  accessed: CslDate;
  URL: string;
  version?: string;
}

export const FORMATS = {
  apa: 'APA 7',
  mla: 'MLA 9',
  chicago: 'Chicago 18 (notes and bibliography)',
  bibtex: 'BibTeX',
  ris: 'RIS',
  csljson: 'CSL-JSON',
} as const;
export type Format = keyof typeof FORMATS;
export type Citations = Record<Format, string> & {
  html: Record<'apa' | 'mla' | 'chicago', string>;
};

/**
 * We cite every page and article on its own, never in a list, so each style is cut to what one
 * entry alone needs, and can then run once for all entries: the bibliography's entry layout,
 * without its sort (order does not matter) and without what makes an entry depend on the others
 * (disambiguation's year suffixes and added names; the dash for a repeated author). The in-text
 * citation, which we never print, keeps a one-variable layout, as CSL requires one.
 */
const LIST_ATTRIBUTES = [
  'disambiguate-add-year-suffix',
  'disambiguate-add-names',
  'disambiguate-add-givenname',
  'subsequent-author-substitute',
];
const MINIMAL_CITATION: StyleNode = {
  name: 'citation',
  attrs: {},
  children: [
    {
      name: 'layout',
      attrs: {},
      children: [{ name: 'text', attrs: { variable: 'title' }, children: [] }],
    },
  ],
};
function standalone(style: StyleNode): StyleNode {
  const children = style.children.map((c) => {
    if (typeof c === 'string') return c;
    if (c.name === 'citation') return MINIMAL_CITATION;
    if (c.name !== 'bibliography') return c;
    const attrs = Object.fromEntries(
      Object.entries(c.attrs).filter(([k]) => !LIST_ATTRIBUTES.includes(k)),
    );
    const body = c.children.filter((n) => typeof n === 'string' || n.name !== 'sort');
    return { ...c, attrs, children: body };
  });
  return { ...style, children };
}

const node = (name: string, attrs: Record<string, string>, children: StyleNode[] = []) => ({
  name,
  attrs,
  children,
});
/** "version 3" or, capitalised, "Version 3": the label and the number, as CSL 1.0.2 styles do. */
const labelledVersion = (caps: boolean): StyleNode =>
  node('group', { delimiter: ' ' }, [
    node('label', { variable: 'version', ...(caps ? { 'text-case': 'capitalize-first' } : {}) }),
    node('text', { variable: 'version' }),
  ]);
const mapNodes = (n: StyleNode, f: (n: StyleNode) => StyleNode): StyleNode =>
  f({ ...n, children: n.children.map((c) => (typeof c === 'string' ? c : mapNodes(c, f))) });
/** f applied to the nodes inside the style's macro of that name only. */
const inMacro = (style: StyleNode, macro: string, f: (n: StyleNode) => StyleNode) =>
  mapNodes(style, (n) =>
    n.name === 'macro' && n.attrs['name'] === macro
      ? { ...n, children: n.children.map((c) => (typeof c === 'string' ? c : mapNodes(c, f))) }
      : n,
  );
const isText = (n: StyleNode | string, variable: string): n is StyleNode =>
  typeof n !== 'string' && n.name === 'text' && n.attrs['variable'] === variable;

/**
 * MLA as the current official style prints a version: labelled, and capitalised unless an
 * edition comes before it ("…, Version 3, 22 Nov. 2026"; "…, 2nd ed., version 3"). The bundled
 * copy printed the bare number.
 */
function mlaVersion(style: StyleNode): StyleNode {
  const choose = node('choose', {}, [
    node('if', { variable: 'edition' }, [labelledVersion(false)]),
    node('else', {}, [labelledVersion(true)]),
  ]);
  return mapNodes(style, (n) => (isText(n, 'version') ? choose : n));
}

/**
 * Chicago as the current official style (18th edition, notes and bibliography) prints a
 * bibliography entry where the bundled 17th-edition copy differs, for the kinds we cite: a
 * version as a sentence of its own after a quoted title (“Talks.” Version 3.), and a website's
 * or newspaper's name in title case, where it stands after the title and where it stands in the
 * author's place.
 */
function chicagoCurrent(style: StyleNode): StyleNode {
  const versioned = inMacro(style, 'title', (n) =>
    n.name === 'else' && n.children.some((c) => isText(c, 'title') && c.attrs['quotes'] === 'true')
      ? {
          ...n,
          children: [
            node('group', { delimiter: '. ' }, [
              ...(n.children as StyleNode[]),
              labelledVersion(true),
            ]),
          ],
        }
      : n,
  );
  const titleCase = (n: StyleNode) =>
    isText(n, 'container-title') && !n.attrs['text-case']
      ? { ...n, attrs: { ...n.attrs, 'text-case': 'title' } }
      : n;
  return inMacro(inMacro(versioned, 'container-title', titleCase), 'contributors', titleCase);
}

/** A bundled style, patched to print our items as the current official style does. */
export function asCurrentStyle(id: string, style: StyleNode): StyleNode {
  if (id === STYLE_IDS.mla) return mlaVersion(style);
  return id === STYLE_IDS.chicago ? chicagoCurrent(style) : style;
}

/** The three styles, cut to one entry alone, by name; loaded on first use. */
let styles: Record<string, StyleNode> | undefined;
function cslStyles(): Record<string, StyleNode> {
  styles ??= Object.fromEntries(
    Object.values(STYLE_IDS).map((id) => [id, asCurrentStyle(id, standalone(loadStyle(id)))]),
  );
  registerStyles(styles);
  return styles;
}

/** "2024-03" -> { 'date-parts': [[2024, 3]] }: only the parts the date has. */
export function cslDate(d: Pick<PartialDate, 'year' | 'month' | 'day'>): CslDate {
  const parts = [d.year, d.month, d.day].filter((n): n is number => n !== undefined);
  return { 'date-parts': [parts] };
}
export const isoToCsl = (iso: string): CslDate => ({
  'date-parts': [iso.split('-').map(Number)],
});

/** "F.M. Shakil" -> family Shakil, given F. M.; "unsigned" -> none; a handle stays literal. */
export function cslAuthor(byline: string): CslItem['author'] {
  if (byline === 'unsigned') return undefined;
  if (byline.startsWith('@') || !byline.includes(' ')) return [{ literal: byline }];
  const words = byline.split(/\s+/);
  const family = words.pop() ?? byline;
  const given = words.join(' ').replace(/\.(?=\S)/g, '. ');
  return [{ family, given }];
}

export function pageItem(p: {
  id: string;
  title: string;
  url: string;
  version: string;
  updated: string;
  accessed: string;
}): CslItem {
  return {
    id: p.id,
    type: 'webpage',
    title: p.title,
    'container-title': SITE_CONTAINER,
    author: [{ literal: SITE_AUTHOR }],
    issued: isoToCsl(p.updated),
    accessed: isoToCsl(p.accessed),
    URL: p.url,
    version: p.version,
  };
}

export function sourceItem(slug: string, s: Source, accessed: string): CslItem {
  const author = cslAuthor(s.author);
  return {
    id: slug,
    type: 'article-newspaper',
    title: s.headline,
    'container-title': s.outlet,
    ...(author ? { author } : {}),
    issued: cslDate(s.published.date),
    accessed: isoToCsl(accessed),
    URL: s.url,
  };
}

type Entries = Record<string, [string, string][]>;

/**
 * An item as the styles get it: a domain name in the container title ("indiandefensenews.in")
 * kept in its own case, which a style's title case would turn into "Indiandefensenews.In".
 * citeproc-js's rich-text markup; the data downloads keep the plain title.
 */
export const forStyles = (item: CslItem): CslItem => ({
  ...item,
  'container-title': item['container-title'].replace(
    /\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/g,
    (d) => `<span class="nocase">${d}</span>`,
  ),
});

/** The six formats of each item, from the styles' entries (HTML) for it. */
function assemble(items: readonly CslItem[], entries: Entries): Map<string, Citations> {
  const byStyle = (id: string) => new Map(entries[id] ?? []);
  const apa = byStyle(STYLE_IDS.apa);
  const mla = byStyle(STYLE_IDS.mla);
  const chicago = byStyle(STYLE_IDS.chicago);
  return new Map(
    items.map((item) => {
      const html = {
        apa: apa.get(item.id) ?? '',
        mla: mla.get(item.id) ?? '',
        chicago: chicago.get(item.id) ?? '',
      };
      const citations: Citations = {
        apa: htmlToText(html.apa),
        mla: htmlToText(html.mla),
        chicago: htmlToText(html.chicago),
        bibtex: toBibtex(item),
        ris: toRis([item], '\n'),
        csljson: stringifyCsl([item]),
        html,
      };
      return [item.id, citations];
    }),
  );
}

/**
 * Each item's citations in the six formats, as if it were cited alone. Each CSL style runs once
 * for the whole list (an engine run a page cost more than the rest of the page's build); the
 * plain text is the HTML entry with its tags dropped and entities decoded.
 */
export function citeEach(items: readonly CslItem[]): Map<string, Citations> {
  const names = Object.keys(cslStyles());
  return assemble(items, formatEntries(items.map(forStyles), names));
}

/**
 * The same as citeEach, with the CSL work done by `threads` worker threads running
 * `workerFile` (src/lib/csl-entries.mjs), the one step of the build that grows with every page
 * and can use the machine's other cores. Each item's citations arrive as soon as its chunk is
 * done, chunks in the items' order, dealt to the workers in turn: give the items in the order
 * the pages are built, and the pages are built while the workers are still formatting.
 */
export function citeEachInParallel(
  items: readonly CslItem[],
  workerFile: string,
  threads: number,
  chunkSize = 200,
): Map<string, Promise<Citations>> {
  const all = cslStyles();
  const waiting = new Map<string, { done: (c: Citations) => void; fail: (e: unknown) => void }>();
  const promises = new Map(
    items.map((item) => [
      item.id,
      new Promise<Citations>((done, fail) => waiting.set(item.id, { done, fail })),
    ]),
  );
  const chunks: CslItem[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) chunks.push(items.slice(i, i + chunkSize));
  const workers = Math.max(1, Math.min(threads, chunks.length));
  for (let w = 0; w < workers; w++) {
    const mine = chunks.filter((_, i) => i % workers === w);
    const worker = new Worker(workerFile, {
      workerData: { cslEntries: true, styles: all, chunks: mine.map((c) => c.map(forStyles)) },
      // A chunk at a time needs little; small heaps keep the worker's garbage from piling up
      // beside the build's own memory (the build's peak is the sum): at 1,000 sources, the
      // build's peak went from 2.1 GB to 1.95.
      resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 },
    });
    let next = 0;
    worker.on('message', (entries: Entries) => {
      const chunk = mine[next++] ?? [];
      for (const [id, c] of assemble(chunk, entries)) waiting.get(id)?.done(c);
      if (next === mine.length) void worker.terminate();
    });
    worker.on('error', (e) => {
      for (const item of mine.flat()) waiting.get(item.id)?.fail(e);
    });
  }
  return promises;
}

/** One item's citations: the list of one. */
export function citeOne(item: CslItem): Citations {
  const c = citeEach([item]).get(item.id);
  if (!c) throw new Error(`no citation for ${item.id}`);
  return c;
}

/** A list of items in one data format: the download files (/data/pages.bib...). */
export function citeList(items: readonly CslItem[], format: 'bibtex' | 'ris' | 'csljson'): string {
  if (format === 'csljson') return stringifyCsl(items);
  return format === 'ris' ? toRis(items) : toBibtexList(items);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** citeproc's HTML entry as plain text: tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(
            e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
          )
        : (ENTITIES[e] ?? m),
    );
}

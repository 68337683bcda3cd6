/**
 * Citations at build time, by a CSL processor (Citation.js, on citeproc-js) with the official
 * CSL styles: APA 7, MLA 9 and Chicago 17 (notes and bibliography), plus BibTeX, RIS and
 * CSL-JSON. Build time only; none of it reaches the browser.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { PartialDate } from '../schemas/date';
import type { Source } from '../schemas/source';
import { stringifyCsl } from './access-date';
import { STYLE_IDS, loadStyle } from './csl-styles';

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
  chicago: 'Chicago 17 (notes and bibliography)',
  bibtex: 'BibTeX',
  ris: 'RIS',
  csljson: 'CSL-JSON',
} as const;
export type Format = keyof typeof FORMATS;
export type Citations = Record<Format, string> & {
  html: Record<'apa' | 'mla' | 'chicago', string>;
};

let stylesLoaded = false;
function ensureStyles() {
  if (stylesLoaded) return;
  const csl = plugins.config.get('@csl');
  for (const id of Object.values(STYLE_IDS)) csl.styles.add(id, loadStyle(id));
  stylesLoaded = true;
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

/** citation-js wraps RIS values at 70 characters; readers expect one line a tag. */
export function unwrapRis(ris: string): string {
  const out: string[] = [];
  for (const line of ris.split(/\r?\n/)) {
    if (/^[A-Z][A-Z0-9] {2}- /.test(line) || line === '' || out.length === 0) out.push(line);
    else out[out.length - 1] += line;
  }
  return out.join('\n').trim() + '\n';
}

export function formatCitations(items: readonly CslItem[]): Citations {
  ensureStyles();
  const cite = new Cite(items);
  // Each style is run once, to HTML (the entry's inline markup, italics, without citeproc's
  // wrappers); the plain text is that HTML with its tags dropped and entities decoded.
  const html = (id: string) =>
    cite
      .format('bibliography', { format: 'html', template: id, lang: 'en-US' })
      .trim()
      .replace(/^<div class="csl-bib-body">\s*<div[^>]*>/, '')
      .replace(/<\/div>\s*<\/div>$/, '');
  const apa = html(STYLE_IDS.apa);
  const mla = html(STYLE_IDS.mla);
  const chicago = html(STYLE_IDS.chicago);
  return {
    apa: htmlToText(apa),
    mla: htmlToText(mla),
    chicago: htmlToText(chicago),
    bibtex: cite.format('bibtex').trim() + '\n',
    ris: unwrapRis(cite.format('ris')),
    csljson: stringifyCsl(items),
    html: { apa, mla, chicago },
  };
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

/**
 * BibTeX for one CSL item, written here rather than by a converter so that what BibTeX 0.99d
 * and the reference managers read is in our hands: the item's own id as the key (never a
 * generated one), every special character escaped and every brace balanced, capitalised words
 * protected from a style's case changes, months as the standard macros and a date no more precise
 * than what is known. Pure.
 */
import type { CslItem } from './citation';

/** BibTeX's month macros, which every style defines and prints in its own way. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Characters TeX reads as commands, and what prints them. Braces as commands: BibTeX counts
 * every brace, escaped or not, so "\{" would unbalance the entry. */
const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  $: '\\$',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // Not special to BibTeX, but TeX's default font encoding prints them as other glyphs (¡ ¿ —).
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/** Typographic characters as TeX writes them in ASCII: BibTeX's styles (apalike's sorting)
 * refuse bytes outside ASCII. */
const TYPOGRAPHY: Record<string, string> = {
  '‘': '`',
  '’': "'",
  '“': '``',
  '”': "''",
  '–': '--',
  '—': '---',
  '…': '\\ldots{}',
  '\u00a0': '~',
};
/** Combining accents -> TeX's accent commands: "é" is "e" + U+0301 -> "{\\'e}". */
const ACCENTS: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030a': 'r',
  '\u030c': 'v',
  '\u0327': 'c',
};

/** Whatever is left outside ASCII: an accented letter as TeX's accent, else the code point. */
function asciiTex(text: string): string {
  return text
    .replace(/[‘’“”–—…\u00a0]/g, (c) => TYPOGRAPHY[c] ?? c)
    .normalize('NFD')
    .replace(/([A-Za-z])([\u0300-\u036f])/g, (m, l: string, a: string) =>
      ACCENTS[a] ? `{\\${ACCENTS[a]}${/[a-z]/i.test(ACCENTS[a]) ? ' ' : ''}${l}}` : m,
    )
    .normalize('NFC')
    .replace(/[^\p{ASCII}]/gu, (c) => `{\\char"${c.codePointAt(0)?.toString(16).toUpperCase()}}`);
}

/** Plain text -> a BibTeX field value: one line, ASCII, TeX's special characters escaped. */
export function texEscape(text: string): string {
  const escaped = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%&#$_~^<>|]/g, (c) => TEX[c] ?? c);
  return asciiTex(escaped);
}

/**
 * A title whose capitalised words keep their case whatever the style does to it: each run of
 * words holding a capital (an acronym, a proper name, the first word) goes in braces.
 */
export function protectCase(text: string): string {
  const words = texEscape(text).split(' ');
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(`{${run.join(' ')}}`);
    run = [];
  };
  for (const w of words) {
    if (/\p{Lu}/u.test(w.replace(/\\text\w+\{\}/g, ''))) run.push(w);
    else {
      flush();
      out.push(w);
    }
  }
  flush();
  return out.join(' ');
}

/** A URL as BibTeX reads it: verbatim, but with braces percent-encoded to keep the balance. */
const bibUrl = (url: string) => url.replace(/\{/g, '%7B').replace(/\}/g, '%7D').replace(/\s/g, '');

const iso = (parts: readonly number[]) =>
  parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');

/** "Shakil, F. M."; an institution or a handle in braces, so that it is never split. */
function bibNames(item: CslItem): string | undefined {
  if (!item.author?.length) return undefined;
  const names = item.author
    .map((a) =>
      'literal' in a
        ? `{${texEscape(a.literal)}}`
        : `${texEscape(a.family)}, ${texEscape(a.given)}`,
    )
    .join(' and ');
  return `{${names}}`;
}

/** The access note, in the form withAccessDate (access-date.ts) finds and replaces. */
const accessNote = (day: string) => `accessed ${day}`;

/** One entry: @misc for the site's pages (every style knows it), @article for a news article. */
export function toBibtex(item: CslItem): string {
  const [year, month, day] = item.issued['date-parts'][0];
  const accessed = iso(item.accessed['date-parts'][0]);
  const page = item.type === 'webpage';
  const author = bibNames(item);
  const fields: [string, string | undefined][] = [
    ['author', author],
    // With no author, the styles sort and label by `key` (apalike warns without one).
    ['key', author ? undefined : `{${texEscape(item.title)}}`],
    ['title', `{${protectCase(item.title)}}`],
    [page ? 'howpublished' : 'journal', `{${texEscape(item['container-title'])}}`],
    ['year', year === undefined ? undefined : `{${year}}`],
    ['month', month === undefined ? undefined : MONTHS[month - 1]],
    // Not in the standard styles, which ignore it; Zotero and biblatex read it.
    ['day', day === undefined ? undefined : `{${day}}`],
    ['url', `{${bibUrl(item.URL)}}`],
    [
      'note',
      `{${item.version === undefined ? '' : `Version ${texEscape(item.version)}; `}${accessNote(accessed)}}`,
    ],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([k, v]) => `  ${k} = ${v},`);
  return `@${page ? 'misc' : 'article'}{${item.id},\n${body.join('\n')}\n}\n`;
}

/** A list of entries, one blank line between them. */
export const toBibtexList = (items: readonly CslItem[]) => items.map(toBibtex).join('\n');

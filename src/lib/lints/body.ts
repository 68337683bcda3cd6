/**
 * A Markdown body as sentences: each block (paragraph, list item paragraph, heading, table
 * cell) read from the syntax tree, split into sentences, each with its file line, its notes and
 * the notes of its paragraph. Markdown markers (emphasis, code, links) are dropped from the text.
 */
import type { Nodes } from 'mdast';
import type { Entry } from '../check';
import { CLAIM_REF, parseMarkdown } from '../markdown';
import { notesIn, type Passage } from './prose';

interface Block {
  offset: number;
  raw: string;
  heading: boolean;
  quoted: boolean;
}

function blocksOf(body: string): Block[] {
  const blocks: Block[] = [];
  const walk = (n: Nodes, quoted: boolean) => {
    const start = n.position?.start.offset;
    const end = n.position?.end.offset;
    if (['paragraph', 'heading', 'tableCell'].includes(n.type) && start !== undefined) {
      const raw = body.slice(start, end).replace(/^#+\s*/, '');
      blocks.push({ offset: start, raw, heading: n.type === 'heading', quoted });
      return;
    }
    if ('children' in n)
      for (const c of n.children) walk(c as Nodes, quoted || n.type === 'blockquote');
  };
  walk(parseMarkdown(body), false);
  return blocks;
}

const ABBREVIATION =
  /(?:^|[\s(.])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Prof|No|vs|e\.g|i\.e)\.$/;
const BOUNDARY = /[.!?]["”’)*_]*(?:\[\^[^\]\s]+\])*["”’)*_]*\s+(?=[*_"“‘(]*[A-Z0-9])/g;

/** Whether a quotation opened in `text` is still open at its end. */
function insideQuote(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length % 2 === 1;
  return straight || (text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length;
}

/** Sentences of a block as [offset, text] pairs: not split inside a quotation or after "F.M.". */
export function splitSentences(raw: string): [number, string][] {
  const out: [number, string][] = [];
  let start = 0;
  for (const m of raw.matchAll(BOUNDARY)) {
    const endOfSentence = m.index + m[0].trimEnd().length;
    const before = raw.slice(start, m.index + 1);
    if (ABBREVIATION.test(before) || insideQuote(raw.slice(start, endOfSentence))) continue;
    out.push([start, raw.slice(start, endOfSentence)]);
    start = m.index + m[0].length;
  }
  if (raw.slice(start).trim()) out.push([start, raw.slice(start).trimEnd()]);
  return out;
}

/** Markdown inline markers dropped, links reduced to their text, notes removed. */
export function plain(markdown: string): string {
  return markdown
    .replace(CLAIM_REF, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(?<![\p{L}\p{N}])[*_]+|[*_]+(?![\p{L}\p{N}])|`/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentences of an entry's body, each a passage whose field is `body (line N)`. */
export function bodyPassages(entry: Entry<unknown>): Passage[] {
  const { body } = entry;
  const blocks = blocksOf(body);
  const out: Passage[] = [];
  blocks.forEach((b, i) => {
    let nearby = notesIn(b.raw);
    if (b.heading) {
      const next = blocks.slice(i + 1);
      const stop = next.findIndex((x) => x.heading);
      nearby = (stop < 0 ? next : next.slice(0, stop)).flatMap((x) => notesIn(x.raw));
    }
    for (const [offset, raw] of splitSentences(b.raw)) {
      const line = entry.bodyLine + (body.slice(0, b.offset + offset).match(/\n/g) ?? []).length;
      out.push({
        file: entry.path,
        field: `body (line ${line})`,
        kind: 'body',
        text: plain(raw),
        claims: notesIn(raw),
        nearby,
        entry,
        quoted: b.quoted,
      });
    }
  });
  return out;
}

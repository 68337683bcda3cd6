/**
 * RIS for one CSL item (the tagged format of the RIS specification, which EndNote, Zotero and
 * Mendeley import): the item's own id as ID, authors as AU ("Family, Given"; an institution
 * as it is), the date as DA at the precision known ("2022/05//") and the year as PY, every value
 * on one line, CRLF line ends in files and a space after the last "ER  -", as the spec writes
 * it. Pure.
 */
import type { CslItem } from './citation';

const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;

/** [2022, 5] -> "2022/05//": RIS's YYYY/MM/DD/other, the unknown parts left empty. */
export function risDate(parts: readonly number[]): string {
  const [y, m, d] = parts;
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${y ?? ''}/${two(m)}/${two(d)}/`;
}

/** One record's lines, "ER  - " last. */
function risLines(item: CslItem): string[] {
  const issued = item.issued['date-parts'][0];
  const authors = (item.author ?? []).map((a) =>
    'literal' in a ? a.literal : `${a.family}, ${a.given}`,
  );
  return [
    line('TY', item.type === 'webpage' ? 'ELEC' : 'NEWS'),
    line('ID', item.id),
    ...authors.map((a) => line('AU', a)),
    line('TI', item.title),
    line('T2', item['container-title']),
    line('PY', String(issued[0] ?? '')),
    line('DA', risDate(issued)),
    ...(item.version === undefined ? [] : [line('ET', `Version ${item.version}`)]),
    line('UR', item.URL),
    line('Y2', risDate(item.accessed['date-parts'][0])),
    'ER  - ',
  ];
}

/** Records joined by `eol`: CRLF for the files, which the spec asks for; LF inside a page. */
export function toRis(items: readonly CslItem[], eol: '\r\n' | '\n' = '\r\n'): string {
  return items.map((i) => risLines(i).join(eol)).join(eol) + eol;
}

/**
 * The access date inside a citation, in each format's own form. Built pages carry citations
 * accessed on the page version's date; the page's script calls `withAccessDate` to put the
 * reader's today in its place. Pure and dependency-free: it ships to the browser.
 */
export type CitationFormat = 'apa' | 'mla' | 'chicago' | 'bibtex' | 'ris' | 'csljson';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

const parts = (iso: string) => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return { y, m, d, mm: String(m).padStart(2, '0'), dd: String(d).padStart(2, '0') };
};

/** CSL-JSON with each date's parts on one line, so that dates read (and replace) as a unit. */
export function stringifyCsl(items: unknown): string {
  return (
    JSON.stringify(items, null, 2).replace(
      /\[\s+(-?\d+(?:,\s+-?\d+)*)\s+\]/g,
      (_, nums: string) => `[${nums.split(/,\s+/).join(', ')}]`,
    ) + '\n'
  );
}

/** The citation text with its access date `from` (ISO day) changed to `to`. */
export function withAccessDate(
  format: CitationFormat,
  text: string,
  from: string,
  to: string,
): string {
  const a = parts(from);
  const b = parts(to);
  switch (format) {
    case 'bibtex':
      return text.replace(`accessed ${from}`, `accessed ${to}`);
    case 'ris':
      return text.replace(
        new RegExp(`^(Y2|M1)  - ${a.y}/${a.mm}/${a.dd}/(?=\r?$)`, 'm'),
        `$1  - ${b.y}/${b.mm}/${b.dd}/`,
      );
    case 'csljson': {
      const items = JSON.parse(text) as { accessed?: unknown }[];
      for (const item of items) item.accessed = { 'date-parts': [[b.y, b.m, b.d]] };
      return stringifyCsl(items);
    }
    case 'mla':
      return text.replace(
        `Accessed ${a.d} ${MLA_MONTHS[a.m - 1]} ${a.y}`,
        `Accessed ${b.d} ${MLA_MONTHS[b.m - 1]} ${b.y}`,
      );
    default:
      return text.replace(
        new RegExp(`(Accessed|Retrieved) ${MONTHS[a.m - 1]} ${a.d}, ${a.y}`),
        `$1 ${MONTHS[b.m - 1]} ${b.d}, ${b.y}`,
      );
  }
}

/** "2026-11-22" -> "22 November 2026", the site's way of writing a day. */
export function dayInWords(iso: string): string {
  const p = parts(iso);
  return `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
}

/** The reader's today as an ISO day, in their own time zone. */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

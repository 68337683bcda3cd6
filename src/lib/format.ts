/** Small formatting rules shared by pages, notes and downloads. */
import { CLAIM_KINDS, type ClaimKind, type Locator } from '../schemas/claim';
import { MONTHS } from './access-date';
import { escapeMarkup } from './markup';
import type { Basis, EventDate, PartialDate, Published } from '../schemas/date';

/** "18 March 2024", "November 2021" or "2022": never more precise than the evidence. */
export function formatPartialDate(d: PartialDate): string {
  const month = d.month === undefined ? undefined : MONTHS[d.month - 1];
  if (d.day !== undefined && month) return `${d.day} ${month} ${d.year}`;
  if (month) return `${month} ${d.year}`;
  return String(d.year);
}

/**
 * A span in words, sharing what the two ends share: "16–17 March 2024", "February–March 2024",
 * "2022–2023", "August 2021 – May 2022".
 */
export function formatDateRange(start: PartialDate, end?: PartialDate): string {
  if (!end) return formatPartialDate(start);
  if (start.precision === end.precision && start.year === end.year) {
    if (start.precision === 'day' && start.month === end.month) {
      return `${start.day}–${formatPartialDate(end)}`;
    }
    if (start.precision === 'month') {
      return `${MONTHS[(start.month ?? 1) - 1]}–${formatPartialDate(end)}`;
    }
  }
  if (start.precision === 'year' && end.precision === 'year') return `${start.year}–${end.year}`;
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

export function formatEventDate(d: EventDate): string {
  return formatDateRange(d.start, d.end);
}

export function formatPublished(p: Published): string {
  return formatPartialDate(p.date);
}

/** How the site marks what a date rests on from outside the four texts. */
export const OUTSIDE_TEXTS = 'Outside the texts';

/** What a date rests on, besides the texts' own words. */
export interface DateGrounds {
  basis: Basis;
  note?: string | undefined;
  outside?: string | undefined;
}

const sentence = (s: string) => (/[.!?][’”'")]*$/.test(s) ? s : `${s}.`);

/**
 * Why a date is what it is, in words, for its tooltip and screen readers and a source's card:
 * `head` ("inferred", "Stated, to the day"), the note, then any knowledge from outside the four
 * texts that the date rests on, marked as such: "inferred: The editorial says 'early on
 * Monday'. Outside the texts: the strikes were reported on 18 March 2024".
 */
export function explainDate(d: DateGrounds, head: string): string {
  const first = d.note ? `${head}: ${d.note}` : head;
  return d.outside ? `${sentence(first)} ${OUTSIDE_TEXTS}: ${d.outside}` : first;
}

/** The machine-readable form for `<time datetime>`: "2024-03-18", "2021-11", "2022". */
export function datetimeAttr(d: PartialDate): string {
  return d.iso;
}

export function kindLabel(kind: ClaimKind): string {
  return CLAIM_KINDS[kind];
}

/** How many claims of a kind, in words: "1 allegation", "3 assessments", "2 reported". */
export function kindCount(kind: ClaimKind, n: number): string {
  const word = kindLabel(kind).toLowerCase();
  return `${n} ${n === 1 || kind === 'reported' ? word : `${word}s`}`;
}

/** "¶ 4" or "¶ 1, sentence 24". */
export function formatLocator(l: Pick<Locator, 'paragraph' | 'sentence'>): string {
  return l.sentence === undefined ? `¶ ${l.paragraph}` : `¶ ${l.paragraph}, sentence ${l.sentence}`;
}

/** How a correction introduces what its pages said and what they say now. */
export function correctionWords(pages: number): { said: string; says: string } {
  return pages === 1
    ? { said: 'The page said', says: 'It now says' }
    : { said: 'The pages said', says: 'They now say' };
}

/**
 * Text for a `<pre>` as HTML: escaped, and a space that ends a line (RIS's "ER  - ") written as a
 * character reference, so that the copy keeps it and the source has no trailing white space.
 */
export function preformatted(text: string): string {
  const escaped = escapeMarkup(text);
  return escaped.replace(/[ \t]+$/gm, (run) => run.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));
}

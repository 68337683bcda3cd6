/** Small formatting rules shared by pages, notes and downloads. */
import { CLAIM_KINDS, type ClaimKind, type Locator } from '../schemas/claim';
import { MONTHS } from './access-date';
import type { EventDate, PartialDate, Published } from '../schemas/date';

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

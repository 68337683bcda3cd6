/**
 * Long listings split into numbered pages: the sources and actors indexes, a theme's sources.
 * Page 1 lives at the listing's own address ("sources/"), page n at "sources/page/n/" (a
 * number alone could be a source's slug). Pure.
 */

/** How many entries a page of each listing holds: a page stays one light request. */
export const PER_PAGE = { sources: 30, actors: 120, themeSources: 10, timeline: 500 } as const;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  /** How many pages the listing has (at least 1). */
  count: number;
}

/** The listing cut into pages of `per` entries; an empty listing is one empty page. */
export function paginate<T>(items: readonly T[], per: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / per));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * per, (i + 1) * per),
    number: i + 1,
    count,
  }));
}

/** "sources/" + 3 -> "sources/page/3/"; page 1 is the listing itself. */
export function pagePath(listing: string, number: number): string {
  return number <= 1 ? listing : `${listing}page/${number}/`;
}

/**
 * The page numbers a pager shows: the first, the last, and the current one with its two
 * neighbours each side, with null for each gap ("1 … 4 5 6 7 8 … 40").
 */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const shown = new Set([1, count]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && n - prev > 1) out.push(null);
    out.push(n);
  });
  return out;
}

/** A listing's pages after the first, as getStaticPaths entries for a `page/[n]` route. */
export function laterPages<P extends { number: number }>(pages: readonly P[]) {
  return pages.slice(1).map((page) => ({ params: { n: String(page.number) }, props: { page } }));
}

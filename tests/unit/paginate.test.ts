import { describe, expect, it } from 'vitest';
import { laterPages, pagePath, pagerNumbers, paginate } from '../../src/lib/paginate';

describe('pagination', () => {
  it('cuts a listing into full pages and a last partial one, every entry once, in order', () => {
    const items = Array.from({ length: 61 }, (_, i) => i);
    const pages = paginate(items, 30);
    expect(pages.map((p) => p.items.length)).toEqual([30, 30, 1]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => [p.number, p.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('gives an empty listing one empty page, and a listing that fits one page', () => {
    expect(paginate([], 30)).toEqual([{ items: [], number: 1, count: 1 }]);
    expect(paginate([1, 2], 30)).toHaveLength(1);
  });

  it('puts page 1 at the listing itself and the others under page/', () => {
    expect(pagePath('sources/', 1)).toBe('sources/');
    expect(pagePath('sources/', 4)).toBe('sources/page/4/');
    const routes = laterPages(paginate([1, 2, 3, 4, 5], 2));
    expect(routes.map((r) => [r.params.n, r.props.page.items])).toEqual([
      ['2', [3, 4]],
      ['3', [5]],
    ]);
    expect(laterPages(paginate([1], 2))).toEqual([]);
  });

  it('shows the first, the last and two each side of the current page, with gaps marked', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(6, 40)).toEqual([1, null, 4, 5, 6, 7, 8, null, 40]);
    expect(pagerNumbers(40, 40)).toEqual([1, null, 38, 39, 40]);
    expect(pagerNumbers(3, 40)).toEqual([1, 2, 3, 4, 5, null, 40]);
  });
});

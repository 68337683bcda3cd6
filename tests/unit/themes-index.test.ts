/** The themes index (/themes/) is a page like any other: in the sitemap, titled, nameable by a change. */
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check';
import { sitePaths } from '../../src/lib/check-changes';
import { pageTitle, sitemapPaths } from '../../src/lib/feed';
import { routes } from '../../src/lib/paths';
import { buildSite } from '../../src/lib/site';
import { realFiles } from '../helpers';

const { corpus } = checkCorpus(realFiles(), { lints: false });
const site = buildSite(corpus);

describe('the themes index', () => {
  it('is in the sitemap and titled "Themes"', () => {
    expect(routes.themes()).toBe('themes/');
    expect(sitemapPaths(site)).toContain('themes/');
    expect(pageTitle(site, 'themes/')).toBe('Themes');
  });

  it('may be named by a change entry', () => {
    expect(sitePaths(corpus).has('/themes/')).toBe(true);
  });
});

describe('the pages a change may name', () => {
  it('are every page in the sitemap but the later pages of a paginated list', () => {
    const later = /\/page\/\d+\/$/;
    const first = sitemapPaths(site).filter((p) => !later.test(p));
    const missing = first.filter((p) => !sitePaths(corpus).has(`/${p}`));
    expect(missing).toEqual([]);
    expect(sitePaths(corpus).has('/map/')).toBe(true);
  });
});

/** The share cards the built pages point to: there, PNG, 1200 x 630, with a description. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from './built';

const prop = (html: string, name: string) =>
  new RegExp(`<meta property="${name}" content="([^"]*)"`).exec(html)?.[1];

describe('share cards', () => {
  const pages = builtPages();
  const carded = pages.filter((p) => prop(p.html, 'og:image'));

  it('are on the home page, each theme, the timeline and each source page', () => {
    const paths = carded.map((p) => p.path);
    expect(paths).toContain('/');
    expect(paths).toContain('/timeline/');
    for (const p of pages.filter((x) => /^\/(themes|sources)\/[^/]+\/$/.test(x.path))) {
      expect(paths).toContain(p.path);
    }
  });

  it('point to a 1200 x 630 PNG of the site’s own, described in og:image:alt', () => {
    for (const page of carded) {
      const url = new URL(prop(page.html, 'og:image') ?? '');
      const file = join(DIST, url.pathname);
      expect(existsSync(file), page.path).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString(), page.path).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], page.path).toEqual([1200, 630]);
      expect(prop(page.html, 'og:image:alt'), page.path).toMatch(/\w{3,}: .{3,}/);
      expect(page.html, page.path).toContain(
        '<meta name="twitter:card" content="summary_large_image">',
      );
    }
  });
});

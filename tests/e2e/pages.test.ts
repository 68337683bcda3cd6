/**
 * Checks over every built page, as files: internal links and fragments resolve, every page has
 * its metadata, and no page reproduces the articles (the 26-word rule, quotations excepted).
 */
import { describe, expect, it } from 'vitest';
import { findLeak, shingles } from '../../src/lib/provenance';
import { archive } from '../helpers';
import { brokenLinks, builtPages, unquotedText } from './built';

const pages = builtPages();

describe('the built site', () => {
  it('has every page type', () => {
    const paths = pages.map((p) => p.path);
    for (const p of [
      '/',
      '/about/',
      '/404/',
      '/sources/',
      '/actors/',
      '/timeline/',
      '/themes/ttp/',
      '/sources/dual-challenge/',
      '/actors/ttp/',
    ]) {
      expect(paths).toContain(p);
    }
    expect(pages.length).toBeGreaterThan(50);
  });

  it('resolves every internal link and fragment on every page', () => {
    expect(brokenLinks()).toEqual([]);
  });

  it('gives every page a title, a description, a canonical URL and one h1', () => {
    for (const page of pages) {
      expect(page.html, page.path).toMatch(/<title>[^<]{5,}<\/title>/);
      expect(page.html, page.path).toMatch(/<meta name="description" content="[^"]{30,}"/);
      expect(page.html, page.path).toMatch(/<link rel="canonical" href="[^"]+"/);
      expect(page.html.match(/<h1\b/g), page.path).toHaveLength(1);
    }
  });

  it('never renders raw HTML from content: only our bundled module scripts, no inline code', () => {
    for (const page of pages) {
      const scripts = [...page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      for (const [, attrs = '', body = ''] of scripts) {
        expect(attrs, page.path).toMatch(/^ type="module" src="\/_astro\/[\w.-]+\.js"$/);
        expect(body, page.path).toBe('');
      }
      expect(page.html, page.path).not.toMatch(/\son[a-z]+="/i);
    }
  });

  it.skipIf(!archive)(
    'reproduces no run of 26 words of a source outside a marked quotation',
    () => {
      const set = shingles([...(archive?.values() ?? [])]);
      const leaks = pages
        .map((p) => ({ path: p.path, run: findLeak(unquotedText(p.html), set) }))
        .filter((l) => l.run);
      expect(leaks).toEqual([]);
    },
  );
});

/**
 * Checks over every built page, as files: internal links and fragments resolve, every page has
 * its metadata, and no page reproduces the articles (no run of 12 words, quotations excepted).
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
      '/map/',
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

  it('gives every page a title, a description, a canonical URL (the 404 page noindex) and one h1', () => {
    for (const page of pages) {
      expect(page.html, page.path).toMatch(/<title>[^<]{5,}<\/title>/);
      expect(page.html, page.path).toMatch(/<meta name="description" content="[^"]{30,}"/);
      if (page.path === '/404/') {
        // Served at any unknown address: no address of its own to name, and not to be indexed.
        expect(page.html).toContain('<meta name="robots" content="noindex">');
        expect(page.html).not.toMatch(/rel="canonical"|property="og:url"/);
      } else expect(page.html, page.path).toMatch(/<link rel="canonical" href="[^"]+"/);
      expect(page.html.match(/<h1\b/g), page.path).toHaveLength(1);
    }
  });

  it("shows no template code as text, such as a stray {' '} in a component attribute", () => {
    for (const page of pages) {
      const html = page.html.replace(/<(script|style|pre)\b[\s\S]*?<\/\1>/g, ' ');
      expect(html, page.path).not.toMatch(/\{(&#39;|'|&quot;|")[^}]{0,3}(&#39;|'|&quot;|")\}/);
    }
  });

  it('never renders raw HTML from content: only our bundled module scripts, no inline code', () => {
    for (const page of pages) {
      const scripts = [...page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      for (const [, attrs = '', body = ''] of scripts) {
        if (attrs === ' type="application/ld+json"') {
          expect(() => JSON.parse(body), page.path).not.toThrow();
          continue;
        }
        expect(attrs, page.path).toMatch(/^ type="module" src="\/_astro\/[\w.-]+\.js"$/);
        expect(body, page.path).toBe('');
      }
      expect(page.html, page.path).not.toMatch(/\son[a-z]+="/i);
    }
  });

  it('gives every page reference-manager metadata: Highwire, Dublin Core, JSON-LD, a version', () => {
    for (const page of pages) {
      const meta = (name: string) =>
        new RegExp(`<meta name="${name.replace('.', '\\.')}" content="([^"]+)"`).exec(
          page.html,
        )?.[1];
      expect(meta('citation_title'), page.path).toBeTruthy();
      expect(meta('citation_author'), page.path).toBeTruthy();
      expect(meta('citation_publication_date'), page.path).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(meta('citation_public_url'), page.path).toMatch(/^https?:\/\//);
      expect(meta('DC.title'), page.path).toBeTruthy();
      expect(meta('DC.date')?.replaceAll('-', '/'), page.path).toBe(
        meta('citation_publication_date'),
      );
      const ld =
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.html)?.[1] ?? '{}';
      const json = JSON.parse(ld) as Record<string, unknown>;
      expect(json['@type'], page.path).toBe('WebPage');
      expect(json['version'], page.path).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{7}$/);
      // A source page is our summary: the original is cited in its own block, not here.
      const isSource = /^\/sources\/[^/]+\/$/.test(page.path);
      const basedOn = (json['isBasedOn'] as unknown[] | undefined)?.length ?? 0;
      expect(basedOn > 0, page.path).toBe(!isSource);
      expect(page.html, page.path).toMatch(
        /Version \d+\.\d+\.\d+\+[0-9a-f]{7}, updated \d{4}-\d{2}-\d{2}\./,
      );
    }
  });

  it('sends links that leave the site with rel="noopener noreferrer"', () => {
    let external = 0;
    for (const page of pages) {
      for (const m of page.html.matchAll(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
        external++;
        expect(m[0], page.path).toMatch(/\srel="noopener noreferrer"/);
      }
    }
    expect(external).toBeGreaterThan(0);
  });

  it('cites the original on a source page, with its outlet and address', () => {
    const page = pages.find((p) => p.path === '/sources/old-friends-new-foes/');
    const html = page?.html ?? '';
    const original = html.slice(html.indexOf('id="cite-original"'));
    expect(html).toContain('id="cite-original"');
    expect(original).toMatch(/Asia Times[\s\S]*https:\/\/asiatimes\.com\/2022\/05\//);
    expect(original).toContain('AU  - Shakil, F. M.');
    // The page itself is our summary: its own metadata never names the article as itself.
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<meta name="citation_title" content="Summary of “Pakistan, Taliban');
    expect(head).not.toContain('asiatimes.com');
  });

  it.skipIf(!archive)(
    'reproduces no run of 12 words of a source outside a marked quotation',
    () => {
      const set = shingles([...(archive?.values() ?? [])]);
      const leaks = pages
        .map((p) => ({
          path: p.path,
          run: unquotedText(p.html)
            .map((part) => findLeak(part, set))
            .find(Boolean),
        }))
        .filter((l) => l.run);
      expect(leaks).toEqual([]);
    },
  );
});

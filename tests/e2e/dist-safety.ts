/**
 * What no built file may hold, checked over a whole `dist/`: a control or direction character,
 * a link with a scheme other than http(s), a resource (script, stylesheet, image, frame, font...)
 * from another origin, or a CSV cell that a spreadsheet would run as a formula.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';

// eslint-disable-next-line no-control-regex -- the point: controls are found
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/** Pages, downloads and feeds (scripts are ours or Pagefind's, and may hold controls in regexes). */
const TEXT = new Set(['.html', '.xml', '.json', '.csv', '.bib', '.ris', '.txt', '.svg', '']);
/** Attributes that load something into the page, whatever the element. */
const RESOURCE_ATTR =
  /\s(src|srcset|poster|data|action|formaction|xlink:href|background)\s*=\s*"([^"]*)"/gi;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Whether a URL found in a page stays on the site (relative, or absolute on `origin`). */
function sameOrigin(url: string, origin: string): boolean {
  const u = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('//')) {
    try {
      return new URL(u).origin === origin;
    } catch {
      return false;
    }
  }
  return !u.includes('\\');
}

function htmlProblems(html: string, origin: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(a|area)\b[^>]*\shref\s*=\s*"([^"]*)"/gi)) {
    const url = (m[2] ?? '').replace(/&amp;/g, '&');
    const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') out.push(`link ${url}`);
  }
  for (const m of html.matchAll(/<link\b[^>]*\shref\s*=\s*"([^"]*)"[^>]*>/gi)) {
    const rel = /\srel\s*=\s*"([^"]*)"/i.exec(m[0])?.[1] ?? '';
    // Canonical, alternate or schema addresses name things; these relations load them.
    const loads =
      /\b(stylesheet|icon|preload|prefetch|modulepreload|manifest|preconnect|dns-prefetch|apple-touch-icon|import)\b/i;
    if (loads.test(rel) && !sameOrigin(m[1] ?? '', origin)) {
      out.push(`<link rel="${rel}"> from ${m[1]}`);
    }
  }
  for (const m of html.matchAll(RESOURCE_ATTR)) {
    const urls = m[1]?.toLowerCase() === 'srcset' ? (m[2] ?? '').split(',') : [m[2] ?? ''];
    for (const u of urls.map((s) => s.trim().split(/\s+/)[0] ?? '')) {
      if (u && !u.startsWith('data:image/') && !sameOrigin(u, origin)) out.push(`${m[1]} ${u}`);
    }
  }
  for (const m of html.matchAll(/url\(\s*['"]?([^'")]+)/gi)) {
    if (!m[1]?.startsWith('data:') && !sameOrigin(m[1] ?? '', origin)) out.push(`css url(${m[1]})`);
  }
  return out;
}

/** Every problem in the built site at `dir`, deployed at `siteUrl`, as "file: problem". */
export function unsafeInDist(dir: string, siteUrl: string): string[] {
  const origin = new URL(siteUrl).origin;
  const out: string[] = [];
  for (const file of files(dir)) {
    const ext = extname(file);
    if (!TEXT.has(ext)) continue;
    const name = relative(dir, file);
    const text = readFileSync(file, 'utf8');
    const control = CONTROL.exec(text);
    if (control)
      out.push(`${name}: U+${(control[0].codePointAt(0) ?? 0).toString(16)} at ${control.index}`);
    if (ext === '.html' || ext === '.svg')
      out.push(...htmlProblems(text, origin).map((p) => `${name}: ${p}`));
    if (ext === '.xml') {
      for (const m of text.matchAll(/(?:href="|<link>|<id>)\s*([^"<\s]+)/g)) {
        if (!/^https?:\/\//.test(m[1] ?? '') && !(m[1] ?? '').startsWith('/'))
          out.push(`${name}: link ${m[1]}`);
      }
    }
    if (ext === '.csv') {
      const cells = (parseCsv(text) as string[][]).flat();
      for (const c of cells.filter((v) => /^[=+\-@\t\r]/.test(v)))
        out.push(`${name}: formula cell ${c.slice(0, 40)}`);
    }
  }
  return out;
}

/** The built site as files: every HTML page with its URL path, for checks over all pages. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { HtmlValidate } from 'html-validate';
import { unquoted } from '../../src/lib/lints/own-words';

export const DIST = resolve(process.env['OUT_DIR'] ?? 'dist');

export interface BuiltPage {
  /** The URL path under the base: "/themes/ttp/". */
  path: string;
  file: string;
  html: string;
}

export function builtPages(dir = DIST): BuiltPage[] {
  const out: BuiltPage[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.html')) {
        const rel = relative(dir, full).replaceAll('\\', '/');
        const path = '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '/');
        out.push({ path, file: full, html: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The text a reader sees, with marked quotations taken out: <q> and <blockquote> (where the
 * claims' locator quotes are shown), and words in quotation marks in our prose, as the own-words
 * lint allows them. Returns the stretches between quotations, so a run never joins across one.
 */
export function unquotedText(html: string): string[] {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<q\b[\s\S]*?<\/q>/gi, ' ')
    .replace(/<blockquote\b[\s\S]*?<\/blockquote>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&[a-z#0-9]+;/gi, ' ');
  return unquoted(text);
}

/**
 * Every internal link and fragment that does not resolve in a built site deployed under `base`:
 * "page -> href" for a missing file, "(no #id)" for a missing fragment.
 */
export function brokenLinks(dir = DIST, base = '/'): string[] {
  const pages = builtPages(dir);
  const ids = new Map(
    pages.map((p) => [p.path, new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]),
  );
  const broken: string[] = [];
  for (const page of pages) {
    for (const m of page.html.matchAll(/\shref="([^"]+)"/g)) {
      const url = (m[1] ?? '').replaceAll('&amp;', '&');
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
      const [pathPart = '', fragment] = url.split('#');
      if (pathPart !== '' && !pathPart.startsWith(base)) {
        broken.push(`${page.path} -> ${url} (outside ${base})`);
        continue;
      }
      const target =
        pathPart === '' ? page.path : '/' + (pathPart.split('?')[0] ?? '').slice(base.length);
      const file = target.endsWith('/') ? join(dir, target, 'index.html') : join(dir, target);
      if (pathPart !== '' && !existsSync(file)) broken.push(`${page.path} -> ${url}`);
      else if (fragment && !ids.get(target)?.has(decodeURIComponent(fragment))) {
        broken.push(`${page.path} -> ${url} (no #${fragment})`);
      }
    }
  }
  return broken;
}

/** Every error a validator finds on the pages, one line each: "path line:column rule: message". */
export async function htmlValidateErrors(
  validator: HtmlValidate,
  pages: readonly BuiltPage[],
): Promise<string[]> {
  const errors: string[] = [];
  for (const p of pages) {
    const report = await validator.validateFile(p.file);
    for (const r of report.results) {
      for (const m of r.messages)
        errors.push(`${p.path} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  return errors;
}

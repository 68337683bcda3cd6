/** The built site as files: every HTML page with its URL path, for checks over all pages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

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

/** The text a reader sees, with marked quotations (<q>, <blockquote>) taken out. */
export function unquotedText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<q\b[\s\S]*?<\/q>/gi, ' ')
    .replace(/<blockquote\b[\s\S]*?<\/blockquote>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/**
 * The Word briefs and the claim downloads, as built, read by independent readers: each .docx by
 * Debian's python3-docx (installed here when we are root and it is missing; without it the DOCX
 * checks are skipped, saying why), the claims CSV by Python's csv module in strict mode.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS } from '../../src/lib/claim-downloads';
import { checkCorpus } from '../../src/lib/check';
import { archiveRuns, sharedRun, unquoted } from '../../src/lib/lints/own-words';
import { normaliseBase, routes } from '../../src/lib/paths';
import { buildSite } from '../../src/lib/site';
import { archive, realFiles } from '../helpers';
import { DIST } from './built';

const PYTHON = '/usr/bin/python3';
const READER = join(import.meta.dirname, 'read-docx.py');
const BASE = normaliseBase(process.env['BASE_PATH']);
const corpus = buildSite(checkCorpus(realFiles()).corpus);

const hasDocx = () => spawnSync(PYTHON, ['-c', 'import docx']).status === 0;

/** Debian's python3-docx, installed when missing and we may; the reason when it cannot be. */
function ensureReader(): string | undefined {
  if (!existsSync(PYTHON)) return `${PYTHON} is missing`;
  if (hasDocx()) return undefined;
  if (process.getuid?.() !== 0) return 'python3-docx is missing and we are not root to install it';
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-qq', 'python3-docx'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update', '-qq']);
    install();
  }
  return hasDocx() ? undefined : 'apt-get could not install python3-docx';
}
const missing = ensureReader();
if (missing) console.log(`Word brief checks SKIPPED: ${missing}`);

interface Para {
  text: string;
  parts: string[];
  links: string[];
  style: string;
  footnote_refs: number;
}
interface Read {
  title: string;
  language: string;
  default_language: string;
  body: Para[];
  footnotes: { id: string; text: string; parts: string[]; links: string[] }[];
  tables: number;
}

function readDocx(file: string): Read {
  const r = spawnSync(PYTHON, [READER, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${file}: python3-docx could not read it: ${r.stderr}`);
  return JSON.parse(r.stdout) as Read;
}

const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

/** The page's source notes, in order: each note's link to its claim. */
const pageNotes = (page: string) =>
  [...page.matchAll(/<li id="user-content-fn-[^"]+">[\s\S]*?<a href="([^"]+)"/g)].map((m) => m[1]);

/** The page's headings, "level text", the permalink's label left out. */
const pageHeadings = (page: string) =>
  [...page.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map(
    (m) => `${m[1]} ${decode((m[2] ?? '').replace(/<a class="permalink"[\s\S]*?<\/a>/g, ''))}`,
  );

const BRIEFS = [
  { page: routes.home(), file: routes.homeBrief() },
  ...corpus.themes.map((t) => ({ page: routes.theme(t.id), file: routes.themeBrief(t.id) })),
];

describe.skipIf(missing !== undefined)('the Word briefs, read by python3-docx', () => {
  const read = new Map(BRIEFS.map((b) => [b.file, readDocx(join(DIST, b.file))]));
  const docOf = (file: string) => read.get(file) as Read;

  it.each(BRIEFS)('$file has one footnote a source note of $page, in its order', (b) => {
    const doc = docOf(b.file);
    const notes = pageNotes(html(b.page));
    expect(doc.footnotes).toHaveLength(notes.length);
    const calls = doc.body.reduce((n, p) => n + p.footnote_refs, 0);
    expect(calls).toBe(notes.length);
    doc.footnotes.forEach((f, i) => {
      expect(f.links).toHaveLength(1);
      const url = new URL(f.links[0] ?? '');
      expect(url.pathname + url.hash, f.text).toBe(notes[i]);
    });
  });

  it.each(BRIEFS)('$file: every footnote link leads to a built claim anchor', (b) => {
    for (const f of docOf(b.file).footnotes) {
      const url = new URL(f.links[0] ?? '');
      const page = html(url.pathname.slice(BASE.length));
      expect(url.hash).toMatch(/^#claim-/);
      expect(page, f.links[0]).toContain(` id="${url.hash.slice(1)}"`);
    }
  });

  it.each(BRIEFS)('$file: headings are Word heading styles, as the page has them', (b) => {
    const doc = docOf(b.file);
    const page = pageHeadings(html(b.page));
    const headings = doc.body.filter((p) => /^Heading \d$/.test(p.style));
    expect(headings[0]?.style).toBe('Heading 1');
    for (const h of headings) {
      if (h.text === 'References') continue;
      expect(page).toContain(`${h.style.slice(-1)} ${h.text}`);
    }
    // No heading of the page's is set as a plain paragraph.
    const plain = doc.body.filter((p) => !/^Heading/.test(p.style)).map((p) => p.text);
    for (const h of page) expect(plain).not.toContain(h.slice(2));
    expect(headings.length).toBeGreaterThan(2);
  });

  it.each(BRIEFS)('$file says its language and title', (b) => {
    const doc = docOf(b.file);
    expect(doc.language).toBe('en-GB');
    expect(doc.default_language).toBe('en-GB');
    expect(pageHeadings(html(b.page))[0]).toBe(`1 ${doc.title}`);
  });

  it.skipIf(!archive)('reproduce no run of 12 words of an article outside quotation marks', () => {
    const runs = archiveRuns(archive ?? new Map());
    const leaks = [...read].flatMap(([file, doc]) =>
      [...doc.body, ...doc.footnotes]
        .flatMap((p) => p.parts.flatMap(unquoted))
        .map((text) => sharedRun(text, runs))
        .filter((hit) => hit !== undefined)
        .map((hit) => `${file}: ${hit.run}`),
    );
    expect(leaks).toEqual([]);
  });
});

const CSV_READER = `
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    print(json.dumps(list(csv.reader(f, strict=True))))
`;

if (!existsSync(PYTHON)) console.log(`Strict CSV check SKIPPED: ${PYTHON} is missing`);

describe('the claim downloads', () => {
  const claims = corpus.sources.flatMap((s) => s.data.claims);
  const json = JSON.parse(readFileSync(join(DIST, routes.claimsJson()), 'utf8')) as {
    version: string;
    columns: Record<string, string>;
    claims: Record<string, string>[];
  };

  it('give one row a claim in JSON, with the columns described, carrying the version', () => {
    expect(json.columns).toEqual(CLAIM_COLUMNS);
    expect(json.claims.map((r) => r['id'])).toEqual(claims.map((c) => c.id));
    for (const r of json.claims) expect(r['version']).toBe(json.version);
    expect(json.version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{7}$/);
  });

  it.skipIf(!existsSync(PYTHON))('parse strictly as CSV, equal to the JSON', () => {
    const r = spawnSync(PYTHON, ['-c', CSV_READER, join(DIST, routes.claims())], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    expect(r.stderr).toBe('');
    const [header, ...rows] = JSON.parse(r.stdout) as string[][];
    expect(header).toEqual(Object.keys(CLAIM_COLUMNS));
    expect(rows).toHaveLength(claims.length);
    const objects = rows.map((row) => Object.fromEntries(row.map((v, i) => [header?.[i], v])));
    // The CSV starts a formula-like cell with a single quote (the OWASP rule); the JSON does not.
    const spreadsheetSafe = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
    expect(objects).toEqual(
      json.claims.map((c) =>
        Object.fromEntries(Object.entries(c).map(([k, v]) => [k, spreadsheetSafe(v)])),
      ),
    );
  });

  it('link every claim to its anchor on a built source page', () => {
    for (const r of json.claims) {
      const url = new URL(r['url'] ?? '');
      expect(html(url.pathname.slice(BASE.length))).toContain(` id="${url.hash.slice(1)}"`);
    }
  });
});

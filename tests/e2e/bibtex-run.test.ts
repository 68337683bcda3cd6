/**
 * Real BibTeX (0.99d, Debian's TeX Live) over every BibTeX the site gives: /data/sources.bib,
 * /data/pages.bib and one file of every "Cite" block on every page, with the plain and apalike
 * styles. No errors; the only warning allowed is the one the data cannot avoid: an article
 * published unsigned has no author. One limit is apalike's own: it tells apart works with the
 * same author and year by a letter, "a" to "z" and on up the character table, and stops with
 * "N isn't valid ASCII" past the 31st; the site's pages are some 60 works of its editors in one
 * year. Those errors, and only those, are counted apart and printed. Installs Debian's packages with apt-get when it runs as
 * root and they are missing; otherwise skips, saying so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/lib/citation';
import { DIST, builtPages } from './built';

const has = (cmd: string, args: string[]) => spawnSync(cmd, args).status === 0;
const ready = () => has('bibtex', ['--version']) && has('kpsewhich', ['apalike.bst']);

function ensureBibtex(): boolean {
  if (ready()) return true;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) return false;
  console.log('bibtex not found: installing Debian\'s "texlive-binaries" and "texlive-base"...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const pkgs = ['install', '-y', '-qq', '--no-install-recommends'];
  execFileSync('apt-get', [...pkgs, 'texlive-binaries', 'texlive-base'], { stdio: 'inherit', env });
  return ready();
}

const available = ensureBibtex();
if (!available) {
  console.log(
    'SKIPPED: the BibTeX run needs `bibtex` and the plain/apalike styles (Debian: apt-get install texlive-binaries texlive-base); not root, so not installed.',
  );
}

/** Every page's cite blocks' BibTeX, as a reader copies it (the <pre>'s text). */
function citeBlocks(): string {
  return builtPages()
    .flatMap((p) =>
      [
        ...p.html.matchAll(/<pre class="cite-text" data-format="bibtex"[^>]*>([\s\S]*?)<\/pre>/g),
      ].map((m) => htmlToText(m[1] ?? '')),
    )
    .join('\n');
}

/** Runs bibtex with `style` over `bib`; its log lines that are warnings or errors. */
function runBibtex(
  bib: string,
  style: string,
): { errors: number; overflow: number; warnings: string[]; log: string; bbl: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bibtex-'));
  writeFileSync(join(dir, 'refs.bib'), bib);
  writeFileSync(join(dir, 'main.aux'), `\\citation{*}\n\\bibstyle{${style}}\n\\bibdata{refs}\n`);
  const r = spawnSync('bibtex', ['main'], { cwd: dir, encoding: 'utf8' });
  const log = r.stdout + r.stderr;
  const errors = Number(
    /\(There (?:was|were) (\d+) error/.exec(log)?.[1] ?? (r.status === 2 ? 1 : 0),
  );
  const overflow =
    log.match(
      /^\d+ isn't valid ASCII for entry \S+\nwhile executing---line \d+ of file apalike\.bst$/gm,
    )?.length ?? 0;
  const warnings = log.split('\n').filter((l) => l.startsWith('Warning--'));
  const bbl = readFileSync(join(dir, 'main.bbl'), 'utf8');
  return { errors: errors - overflow, overflow, warnings, log, bbl };
}

/** The keys of the originals published unsigned: an empty author is all they can be. */
const unsigned = () =>
  [
    ...readFileSync(join(DIST, 'data/sources.bib'), 'utf8').matchAll(
      /@article\{([^,]+),\n(?! {2}author)/g,
    ),
  ].map((m) => `Warning--empty author in ${m[1]}`);

describe.skipIf(!available)('BibTeX 0.99d', () => {
  const files = {
    'sources.bib': () => readFileSync(join(DIST, 'data/sources.bib'), 'utf8'),
    'pages.bib': () => readFileSync(join(DIST, 'data/pages.bib'), 'utf8'),
    'every page’s cite blocks': citeBlocks,
  };
  for (const [name, read] of Object.entries(files)) {
    for (const style of ['plain', 'apalike']) {
      it(`reads ${name} with ${style}: no error, no warning the data could avoid`, () => {
        const bib = read();
        expect(bib.length).toBeGreaterThan(100);
        const { errors, overflow, warnings, log } = runBibtex(bib, style);
        expect(errors, log).toBe(0);
        if (overflow) {
          console.log(
            `bibtex ${style} over ${name}: ${overflow} "isn't valid ASCII" errors from apalike's year-suffix letters past the 31st work of one author in one year (a limit of apalike.bst, not of the data)`,
          );
        }
        // apalike's letters run out exactly past the 31st work of the editors in one year.
        const works = worksByAuthorYear(bib);
        const expected = [...works.values()].reduce((n, k) => n + Math.max(0, k - 31), 0);
        expect(overflow).toBe(style === 'plain' ? 0 : expected);
        for (const w of warnings) expect(unsigned(), log).toContain(w);
      });
    }
  }

  it('apalike tells apart 26 of the editors’ pages of one year, a to z, as the about page says', () => {
    const entries = readFileSync(join(DIST, 'data/pages.bib'), 'utf8').split(/\n(?=@)/);
    const [most, count] =
      [...worksByAuthorYear(entries.join('\n'))].sort((a, b) => b[1] - a[1])[0] ?? [];
    expect(count).toBeGreaterThan(26);
    const ofYear = entries.filter((e) => worksByAuthorYear(e).has(most ?? ''));
    const labels = (n: number) => {
      const { errors, overflow, bbl } = runBibtex(ofYear.slice(0, n).join('\n'), 'apalike');
      expect(errors + overflow).toBe(0);
      return [...bbl.matchAll(/\\bibitem\[[^\]]*?,\s+\d{4}(\S*?)\]\{/g)].map((m) => m[1]);
    };
    expect(labels(26).sort().join('')).toBe('abcdefghijklmnopqrstuvwxyz');
    // The 27th gets the character after z, an open brace: no longer a label LaTeX can set.
    expect(labels(27)).toContain('{');
  });
});

/** How many entries each author has in each year: apalike's labels before their letters. */
function worksByAuthorYear(bib: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of bib.split(/\n(?=@)/)) {
    const author = /^ {2}author = (.*),$/m.exec(e)?.[1];
    const year = /^ {2}year = \{(\d{4})\},?$/m.exec(e)?.[1];
    if (author && year) counts.set(`${author} ${year}`, (counts.get(`${author} ${year}`) ?? 0) + 1);
  }
  return counts;
}

/**
 * Corrections and outside knowledge as the built site shows them: every page a correction names
 * says "Corrected <date>", linking to the correction's entry on /changes/, and every event whose
 * date rests on knowledge from outside the four texts says so on the timeline. Checked on the
 * site as built, and on a build of the same content with a correction and an outside date added
 * (the site's own content may have neither).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT, ROOT, buildEnv } from '../helpers';
import { DIST, builtPages } from './built';

const tmp = mkdtempSync(join(tmpdir(), 'corrected-'));
const OUTSIDE = "Pakistan's strikes in Paktika and Khost were reported on 18 March 2024.";

beforeAll(() => {
  const content = join(tmp, 'content');
  cpSync(CONTENT, content, { recursive: true });
  writeFileSync(
    join(content, 'changes/2026-11-23-test-correction.yaml'),
    [
      "date: '2026-11-23'",
      'kind: correction',
      'title: A test correction',
      'summary: The page gave the wrong day for the weekend attacks.',
      'said: “Militants attacked Bannu on 9 March 2024.”',
      'says: Militants attacked Bannu on 16 March 2024.',
      "pages: ['/themes/ttp/', '/actors/ttp/']",
    ].join('\n'),
  );
  const event = join(content, 'events/strikes-paktika-khost.yaml');
  const text = readFileSync(event, 'utf8');
  const without = text.replace(/\n {2}outside:.*/, '');
  writeFileSync(event, without.replace(/\nthemes:/, `\n  outside: "${OUTSIDE}"\nthemes:`));
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: buildEnv({ CONTENT_DIR: content, OUT_DIR: join(tmp, 'dist') }),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The correction entries listed on the built /changes/: id and the pages each names. */
function corrections(dir: string): { id: string; pages: string[] }[] {
  const html = readFileSync(join(dir, 'changes/index.html'), 'utf8');
  return [...html.matchAll(/<li id="(change-[^"]+)"[^>]*>([\s\S]*?)<\/li>/g)]
    .filter(([, , body = '']) => /· Correction<\/p>/.test(body))
    .map(([, id = '', body = '']) => ({
      id,
      pages: [
        ...(/class="ui pages[^>]*>([\s\S]*?)<\/p>/.exec(body)?.[1] ?? '').matchAll(
          /href="([^"]+)"/g,
        ),
      ].map((m) => m[1] ?? ''),
    }));
}

/** The /changes/ entries a page's "Corrected <date>" marks link to, in the page's order. */
function correctionLinks(html: string): string[] {
  return [...html.matchAll(/<(a|span) class="corrected"[\s\S]*?<\/\1>/g)].flatMap((m) =>
    [...m[0].matchAll(/href="\/changes\/#(change-[^"]+)"/g)].map((h) => h[1] ?? ''),
  );
}

function checkCorrections(dir: string) {
  const pages = new Map(builtPages(dir).map((p) => [p.path, p.html]));
  const found = corrections(dir);
  for (const c of found) {
    expect(c.pages.length, c.id).toBeGreaterThan(0);
    for (const path of c.pages) {
      const html = pages.get(path) ?? '';
      expect(html, `${path} says when it was corrected`).toMatch(
        /class="corrected"[^>]*>(?:<time[^>]*>|[\s\S]*?<time[^>]*>)Corrected \d{1,2} [A-Z][a-z]+ \d{4}<\/time>/,
      );
      expect(correctionLinks(html), `${path} names ${c.id}`).toContain(c.id);
    }
  }
  // And every "Corrected" link leads to a correction that names the page.
  for (const [path, html] of pages) {
    for (const id of correctionLinks(html)) {
      expect(found.find((c) => c.id === id)?.pages, `${path} -> #${id}`).toContain(path);
    }
  }
  return found;
}

function checkOutside(dir: string) {
  const events = JSON.parse(readFileSync(join(dir, 'data/events.json'), 'utf8')) as {
    events: { id: string; date_outside: string }[];
  };
  const timeline = builtPages(dir)
    .filter((p) => p.path.startsWith('/timeline/'))
    .map((p) => p.html)
    .join('');
  const shown = events.events.filter((e) => e.date_outside !== '');
  for (const e of shown) {
    const li = new RegExp(`<li[^>]*id="event-${e.id}"[\\s\\S]*?<p class="when[\\s\\S]*?</p>`).exec(
      timeline,
    )?.[0];
    expect(li, e.id).toBeDefined();
    expect(text(li ?? '')).toContain(`ext.(`);
    expect(text(li ?? '')).toContain(`Outside the texts: ${e.date_outside}`);
  }
  return shown;
}

describe('corrections on the built site', () => {
  it('mark every page a correction names, linking to its entry on /changes/', () => {
    checkCorrections(DIST);
    const found = checkCorrections(join(tmp, 'dist'));
    expect(found).toContainEqual({
      id: 'change-2026-11-23-test-correction',
      pages: ['/themes/ttp/', '/actors/ttp/'],
    });
  });

  it('say what the page said and what it says now on /changes/', () => {
    const html = readFileSync(join(tmp, 'dist/changes/index.html'), 'utf8');
    const entry = /<li id="change-2026-11-23-test-correction"[\s\S]*?<\/li>/.exec(html)?.[0] ?? '';
    expect(entry).toMatch(/The pages said<\/dt><dd[^>]*>“Militants attacked Bannu on 9 March/);
    expect(entry).toMatch(/They now say<\/dt><dd[^>]*>Militants attacked Bannu on 16 March/);
  });
});

describe('dates resting on knowledge from outside the texts', () => {
  it('are marked on the timeline, with what the knowledge is', () => {
    expect(checkOutside(DIST).length).toBeGreaterThan(0);
    expect(checkOutside(join(tmp, 'dist')).map((e) => e.id)).toContain('strikes-paktika-khost');
  });
});

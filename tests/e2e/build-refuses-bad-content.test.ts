/**
 * The build itself refuses bad content: with one malformed file in an otherwise good corpus,
 * `npm run build` exits non-zero, names the file, field and reason once, in a clean list that
 * ends with a newline (no "unhandled error", no stack), and writes no page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT, ROOT, buildEnv } from '../helpers';

const tmp = mkdtempSync(join(tmpdir(), 'bad-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function buildWith(fixture: string) {
  const content = join(tmp, fixture, 'content');
  const out = join(tmp, fixture, 'dist');
  cpSync(CONTENT, content, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/bad', fixture), content, { recursive: true });
  // process.execPath: the project's pinned Node, whatever `node` is on the PATH.
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    env: buildEnv({ CONTENT_DIR: content, OUT_DIR: out }),
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}`, out };
}

describe('astro build with bad content', () => {
  it.each([
    [
      'event-30-february',
      'content/events/test-event.yaml: date.start: "2024-02-30" does not exist',
    ],
    ['theme-script-in-body', 'content/themes/talks.md: body (line 16): raw HTML is not allowed'],
    [
      'theme-link-entity-scheme',
      'content/themes/talks.md: body (line 16): link "javascript:alert(1)" uses the scheme',
    ],
    ['event-invalid-utf8', 'content/events/test-event.yaml: (file): is not UTF-8: byte 0xFF'],
    ['event-terminal-escape', 'content/events/test-event.yaml: title: U+001B'],
  ])('fails on %s and produces no page', (fixture, message) => {
    const r = buildWith(fixture);
    expect(r.status).not.toBe(0);
    expect(r.output.split(message)).toHaveLength(2);
    // The whole output: the list, its one problem on one line, and what the build kept.
    const lines = r.output.split('\n');
    expect(lines.slice(0, 2)).toEqual(['', '1 problem in the content:']);
    expect(lines[2]).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(lines.slice(3)).toEqual(['', `Build failed: ${r.out} was left as it was.`, '']);
    const pages = existsSync(r.out)
      ? readdirSync(r.out, { recursive: true }).filter((f) => String(f).endsWith('.html'))
      : [];
    expect(pages).toEqual([]);
  });
});

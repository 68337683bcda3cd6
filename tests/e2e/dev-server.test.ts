/**
 * The dev server on a copy of the content: when a file goes bad, every page answers 500 with the
 * problem's file, field and reason (not a page cut off midway); once it is fixed, pages come
 * back. The search page says that search needs the built site.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT, ROOT, buildEnv } from '../helpers';

const tmp = mkdtempSync(join(tmpdir(), 'dev-server-'));
const content = join(tmp, 'content');
const PORT = 4398;
const url = (path: string) => `http://127.0.0.1:${PORT}${path}`;
const page = (path: string) => fetch(url(path), { headers: { accept: 'text/html' } });
let server: ReturnType<typeof spawn> | undefined;

/** The status a page gets once it differs from `not` (the dev server checks files as they change). */
async function statusOf(path: string, not: number): Promise<Response> {
  for (let i = 0; i < 60; i++) {
    const r = await page(path).catch(() => undefined);
    if (r && r.status !== not) return r;
    await new Promise((ok) => setTimeout(ok, 500));
  }
  throw new Error(`${path} still answers ${not}`);
}

beforeAll(async () => {
  cpSync(CONTENT, content, { recursive: true });
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  server = spawn(process.execPath, [astro, 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: buildEnv({ CONTENT_DIR: content }),
    stdio: 'ignore',
  });
  await statusOf('/', 0);
}, 60_000);

afterAll(() => {
  server?.kill();
  rmSync(tmp, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('shows the content problems on every page, with status 500, until they are fixed', async () => {
    expect((await page('/themes/talks/')).status).toBe(200);
    cpSync(join(ROOT, 'tests/fixtures/bad/event-30-february'), content, { recursive: true });
    const bad = await statusOf('/themes/talks/', 200);
    expect(bad.status).toBe(500);
    expect(await bad.text()).toContain(
      '<code>content/events/test-event.yaml</code>: <code>date.start</code>: &quot;2024-02-30&quot; does not exist',
    );
    rmSync(join(content, 'events/test-event.yaml'));
    expect((await statusOf('/themes/talks/', 500)).status).toBe(200);
  }, 60_000);

  it('says on the search page that search works on the built site', async () => {
    expect(await (await page('/search/')).text()).toContain('Search works on the built site');
  });
});

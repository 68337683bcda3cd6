/**
 * The dev server on a copy of the content: when a file goes bad, every page answers 500 with the
 * problem's file, field and reason (not a page cut off midway); once it is fixed, pages come
 * back; a server started on bad content (a wrong field, a file that does not parse) runs and
 * does the same. The search page says that search needs the built site.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT, ROOT, buildEnv } from '../helpers';

const tmp = mkdtempSync(join(tmpdir(), 'dev-server-'));
const servers: ReturnType<typeof spawn>[] = [];
const bad = (fixture: string) => join(ROOT, 'tests/fixtures/bad', fixture);

/** A dev server on its own copy of the content; `page` asks it for a page as a browser does. */
function devServer(port: number) {
  const content = join(tmp, String(port), 'content');
  cpSync(CONTENT, content, { recursive: true });
  const page = (path: string) =>
    fetch(`http://127.0.0.1:${port}${path}`, { headers: { accept: 'text/html' } });
  /** The status a page gets once it differs from `not` (the server rechecks files as they change). */
  async function statusOf(path: string, not: number): Promise<Response> {
    for (let i = 0; i < 90; i++) {
      const r = await page(path).catch(() => undefined);
      if (r && r.status !== not) return r;
      await new Promise((ok) => setTimeout(ok, 500));
    }
    throw new Error(`${path} still answers ${not}`);
  }
  function start() {
    const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
    const args = [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'];
    const env = buildEnv({ CONTENT_DIR: content });
    servers.push(spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'ignore' }));
    return statusOf('/', 0);
  }
  return { content, page, statusOf, start };
}

const sound = devServer(4398);
const broken = devServer(4397);

beforeAll(async () => {
  // The second server starts on content that is already bad: a wrong field and a file that
  // does not parse.
  cpSync(bad('event-30-february'), broken.content, { recursive: true });
  const unparsable = join(broken.content, 'events/does-not-parse.yaml');
  cpSync(join(bad('event-yaml-syntax'), 'events/test-event.yaml'), unparsable);
  await Promise.all([sound.start(), broken.start()]);
}, 90_000);

afterAll(() => {
  for (const server of servers) server.kill();
  rmSync(tmp, { recursive: true, force: true });
});

const FEBRUARY_30 =
  '<code>content/events/test-event.yaml</code>: <code>date.start</code>: &quot;2024-02-30&quot; does not exist';

describe('npm run dev', () => {
  it('shows the content problems on every page, with status 500, until they are fixed', async () => {
    const { content, page, statusOf } = sound;
    expect((await page('/themes/talks/')).status).toBe(200);
    cpSync(bad('event-30-february'), content, { recursive: true });
    const answer = await statusOf('/themes/talks/', 200);
    expect(answer.status).toBe(500);
    expect(await answer.text()).toContain(FEBRUARY_30);
    rmSync(join(content, 'events/test-event.yaml'));
    expect((await statusOf('/themes/talks/', 500)).status).toBe(200);
  }, 60_000);

  it('starts on bad content, shows its problems, and serves pages once they are fixed', async () => {
    const { content, page, statusOf } = broken;
    const answer = await page('/themes/talks/');
    expect(answer.status).toBe(500);
    const text = await answer.text();
    expect(text).toContain(FEBRUARY_30);
    expect(text).toMatch(
      /<code>content\/events\/[\w-]+\.yaml<\/code>: <code>\(file\)<\/code>: YAML/,
    );
    rmSync(join(content, 'events/test-event.yaml'));
    rmSync(join(content, 'events/does-not-parse.yaml'));
    const fixed = await statusOf('/themes/talks/', 500);
    expect(fixed.status).toBe(200);
    expect(await fixed.text()).toContain('<h1>Talks</h1>');
  }, 60_000);

  it('says on the search page that search works on the built site', async () => {
    expect(await (await sound.page('/search/')).text()).toContain('Search works on the built site');
  });
});

// `npm run build`: builds the site aside, indexes it for search, and only then swaps it into
// place. A failed build (bad content, a broken page) leaves the previous dist/ untouched.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
// Node runs this TypeScript module as it is (type stripping): one definition of the policy.
import { SECURITY_HEADERS } from '../src/lib/security.ts';

const target = resolve(process.env.OUT_DIR ?? 'dist');
const aside = `${target}.building`;
const old = `${target}.previous`;
rmSync(aside, { recursive: true, force: true });
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

let phase = performance.now();
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: aside, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) {
  rmSync(aside, { recursive: true, force: true });
  console.error(`\nBuild failed: ${target} was left as it was.`);
  process.exit(1);
}

const pagesSeconds = seconds(phase);

// Search: a Pagefind index of the built pages, written beside them.
phase = performance.now();
const { index } = await pagefind.createIndex({});
const added = await index.addDirectory({ path: aside });
if (added.errors.length > 0 || added.page_count === 0) {
  console.error('Search indexing failed:', added.errors);
  rmSync(aside, { recursive: true, force: true });
  process.exit(1);
}
await index.writeFiles({ outputPath: join(aside, 'pagefind') });
// Closing the indexing service has been seen to hang; the index is written by then.
await Promise.race([pagefind.close(), new Promise((done) => setTimeout(done, 5000).unref())]);
console.log(`search: indexed ${added.page_count} pages`);
// One line for the benchmark to read.
console.log(`build phases: pages ${pagesSeconds} s, search index ${seconds(phase)} s`);

// Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages); the pages
// carry the same Content-Security-Policy in a meta tag for hosts that do not.
const headers = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
writeFileSync(join(aside, '_headers'), `/*\n${headers.join('\n')}\n`);

rmSync(old, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, old);
renameSync(aside, target);
rmSync(old, { recursive: true, force: true });
console.log(`site written to ${target}`);
process.exit(0);

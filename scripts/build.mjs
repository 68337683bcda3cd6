// `npm run build`: builds the site aside (pages and search index, see astro.config.mjs) and only
// then swaps it into place. A failed build (bad content, a broken page) leaves the previous dist/
// untouched.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
// Node runs this TypeScript module as it is (type stripping): one definition of the policy.
import { SECURITY_HEADERS } from '../src/lib/security.ts';

const target = resolve(process.env.OUT_DIR ?? 'dist');
const aside = `${target}.building`;
const old = `${target}.previous`;
rmSync(aside, { recursive: true, force: true });
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// However the build ends early (the content check exits 1 once it has listed the problems; a
// page or the search index throws), the aside copy goes and the previous site stays.
let finished = false;
process.on('exit', (code) => {
  if (finished || code === 0) return;
  rmSync(aside, { recursive: true, force: true });
  process.stderr.write(`\nBuild failed: ${target} was left as it was.\n`);
});

const started = performance.now();
try {
  // Warnings and errors only: a line a page costs seconds on a corpus of thousands of pages.
  await build({ outDir: aside, logLevel: process.env.BUILD_LOG_LEVEL ?? 'warn' });
} catch (error) {
  // Astro has logged the error with its location; its message alone would say it twice.
  if (!(error instanceof Error)) console.error(error);
  process.exit(1);
}
// One line for the benchmark to read.
console.log(
  `build: ${((performance.now() - started) / 1000).toFixed(1)} s, pages and search index`,
);

// Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages); the pages
// carry the same Content-Security-Policy in a meta tag for hosts that do not.
const headers = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
writeFileSync(join(aside, '_headers'), `/*\n${headers.join('\n')}\n`);

rmSync(old, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, old);
renameSync(aside, target);
rmSync(old, { recursive: true, force: true });
finished = true;
console.log(`site written to ${target}`);
process.exit(0);

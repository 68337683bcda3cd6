// `npm test`: the whole suite, in order, stopping at the first failing stage: lint and format,
// type check, unit tests, build, browser and built-site tests. It ends with one plain line,
// "tests: N passed, N failed, N skipped", and says whether provenance was verified.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const bin = (name) => join('node_modules', '.bin', name);
const node = process.execPath;
const reports = mkdtempSync(join(tmpdir(), 'vitest-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, cmd, args) {
  console.log(`\n=== ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status === 0;
}

function vitest(label, args, report) {
  const out = join(reports, `${report}.json`);
  const ok = run(label, node, [
    bin('vitest'),
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  } else if (!ok) totals.failed += 1;
  return ok;
}

const provenance = process.env.SOURCE_ARCHIVE
  ? `provenance: verified against SOURCE_ARCHIVE=${process.env.SOURCE_ARCHIVE}`
  : 'provenance: NOT VERIFIED. SOURCE_ARCHIVE is not set, so quotations were not checked against the archived articles and the tests that need them were skipped.';

const stages = [
  () => run('lint: eslint', node, [bin('eslint'), '.']),
  () => run('format: prettier', node, [bin('prettier'), '--check', '.']),
  () => run('types: astro check', node, [bin('astro'), 'check']),
  () => vitest('unit tests', [], 'unit'),
  () => run('build', node, ['scripts/build.mjs']),
  () => run('chromium', node, ['scripts/ensure-chromium.mjs']),
  () => vitest('browser and built-site tests', ['--config', 'vitest.e2e.config.ts'], 'e2e'),
];

let ok = true;
for (const stage of stages) {
  if (!stage()) {
    ok = false;
    if (totals.failed === 0) totals.failed = 1;
    break;
  }
}
rmSync(reports, { recursive: true, force: true });
console.log(`\n${ok ? provenance : 'provenance: not established, the run failed'}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);

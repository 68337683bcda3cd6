/**
 * `npm run bench`: what the site costs and how it scales. Prints a table and writes
 * bench/results.json:
 *   - per page type: HTML, CSS and JS bytes, raw and gzip, and requests (the real content);
 *   - build wall time and peak memory for the real content and for synthetic corpora
 *     (default 100, 1,000 and 5,000 sources; `--sizes=100,1000`), with the time per source;
 *   - the timeline in headless Chromium with 500 and 5,000 events: first render, a filter change,
 *     one keyboard step (Performance API measures, medians of `--runs` runs, default 5);
 *   - the Word briefs and claim downloads: the time they add to each build, each DOCX's size;
 *   - the same events in TimelineJS3 (@knight-lab/timelinejs) on a local page: its JS+CSS weight,
 *     its first render, and the ratios to ours;
 *   - the share cards (og:image PNGs) a corpus of 1,000 sources needs, drawn as the build draws
 *     them: their number, the seconds they add to the build, and their bytes
 *     (`--cards=N` sources; `--only=cards` for this figure alone).
 * Synthetic corpora are generated from a seed into a temporary folder, never into content/.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/harness';
import { startPreview } from '../tests/e2e/server';
import { PAGE_TYPES, pageWeight, themePaths } from '../tests/e2e/weight';
import { briefFigures, printBriefFigures, type BriefFigures } from './bench-briefs';
import { CARD_CACHE_DIR } from '../src/lib/share-card';
import { cardCost } from './bench-cards';
import { benchHostile } from './bench-hostile';
import { mapFigures } from './bench-maps';
import { round } from './bench-stats';
import { ourTimeline, timelineJs } from './bench-timeline';
import { RATIOS, writeSyntheticCorpus } from './synthetic-corpus';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const SIZES = arg('sizes', '100,1000,5000').split(',').map(Number);
const RUNS = Number(arg('runs', '5'));
const TIMEOUT_MS = Number(arg('timeout', String(30 * 60_000)));
const tmp = mkdtempSync(join(tmpdir(), 'bench-'));
interface BuildFigures {
  label: string;
  sources: number;
  pages: number;
  wallSeconds: number;
  /** The build as `npm run build` times it (pages and search index, indexed as they render)... */
  buildSeconds: number;
  /** ...of which the time the search index took to write after the last page. */
  searchAfterSeconds: number;
  peakMemoryMb: number;
  secondsPerSource: number;
  finished: boolean;
}

/** Resident memory of a process and all its descendants (worker threads are inside it), kB. */
function treeRssKb(root: number): number {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      // The parent pid is the 4th field, after the command name in parentheses.
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process has just ended.
    }
  }
  let kb = 0;
  for (const pid of parent.keys()) {
    let p: number | undefined = pid;
    while (p !== undefined && p !== root && p > 1) p = parent.get(p);
    if (p !== root) continue;
    try {
      kb += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process has just ended.
    }
  }
  return kb;
}

/**
 * Runs the real build (`npm run build`: the pages, indexed for search as they render) in its own process, from
 * cold: Astro's content cache and the share cards' cache are emptied first. Peak memory is the
 * largest sum of the resident memory of the build's processes, sampled every 100 ms.
 */
function build(
  contentDir: string,
  outDir: string,
  label: string,
  sources: number,
): Promise<BuildFigures> {
  rmSync(join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(ROOT, CARD_CACHE_DIR), { recursive: true, force: true });
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
      cwd: ROOT,
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        OUT_DIR: outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        SOURCE_ARCHIVE: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peakKb = 0;
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
    child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
    const sample = setInterval(() => {
      if (child.pid !== undefined) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    }, 100);
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('exit', (code) => {
      clearInterval(sample);
      clearTimeout(timer);
      const wall = (performance.now() - start) / 1000;
      const finished = code === 0;
      if (!finished)
        console.error(`build ${label} did not finish (exit ${code}):\n${output.slice(-2000)}`);
      const built = /build: ([\d.]+) s/.exec(output);
      const search = /index written ([\d.]+) s after the pages/.exec(output);
      done({
        label,
        sources,
        pages: finished ? countHtml(outDir) : 0,
        wallSeconds: round(wall),
        buildSeconds: Number(built?.[1] ?? NaN),
        searchAfterSeconds: Number(search?.[1] ?? NaN),
        peakMemoryMb: Math.round(peakKb / 1024),
        secondsPerSource: round(wall / sources, 3),
        finished,
      });
    });
  });
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

async function main() {
  if (arg('only', '') === 'cards') {
    await cardCost(Number(arg('cards', '1000')), tmp);
    rmSync(tmp, { recursive: true, force: true });
    return;
  }
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
    runs: RUNS,
  };

  // 1. The real content: build, then weigh one page of each type.
  const realOut = join(tmp, 'real');
  const real = await build(join(ROOT, 'content'), realOut, 'real content', 4);
  // Each page type, and every theme page besides (the 14 KB target holds for each).
  const weighed: [string, string][] = [
    ...Object.entries(PAGE_TYPES),
    ...themePaths(realOut).map((p): [string, string] => [`theme ${p.split('/')[2]}`, p]),
  ];
  const weights = Object.fromEntries(
    weighed.map(([type, path]) => [type, pageWeight(realOut, path)]),
  );
  results['pageWeights'] = weights;
  console.log('\nPage weight, real content (bytes; gzip level 9)');
  console.log(
    'type                        HTML raw  HTML gz  CSS gz  HTML+CSS gz  JS raw  JS gz  requests',
  );
  for (const [type, w] of Object.entries(weights)) {
    console.log(
      `${type.padEnd(27)} ${String(w.html.raw).padStart(8)} ${String(w.html.gzip).padStart(8)} ${String(w.css.gzip).padStart(7)} ${String(w.htmlCss.gzip).padStart(12)} ${String(w.js.raw).padStart(7)} ${String(w.js.gzip).padStart(6)} ${String(w.requests).padStart(9)}`,
    );
  }

  results['maps'] = mapFigures(realOut, weights);

  // 2. Build scaling: the real content and synthetic corpora.
  const builds: BuildFigures[] = [real];
  const outs = new Map<number, string>();
  for (const n of SIZES) {
    const dir = join(tmp, `content-${n}`);
    const size = writeSyntheticCorpus(dir, n);
    const out = join(tmp, `dist-${n}`);
    console.log(
      `\nbuilding ${n} sources (${size.claims} claims, ${size.events} events, ${size.actors} actors)...`,
    );
    const b = await build(dir, out, `${n} sources`, n);
    builds.push(b);
    if (b.finished) outs.set(n * RATIOS.events, out);
  }
  results['builds'] = builds;
  // 2b. What the Word briefs and the claim downloads add, and the DOCX sizes.
  console.log('\nWord briefs and claim downloads (scripts/bench-briefs.ts)');
  const briefs: Record<string, BriefFigures> = {};
  const contents = new Map(SIZES.map((n) => [`${n} sources`, join(tmp, `content-${n}`)]));
  contents.set(real.label, join(ROOT, 'content'));
  for (const b of builds.filter((x) => x.finished)) {
    const dir = contents.get(b.label) ?? '';
    const f = await briefFigures(dir, b.wallSeconds, b.label === real.label ? realOut : undefined);
    briefs[b.label] = f;
    printBriefFigures(b.label, f);
  }
  results['briefs'] = briefs;
  console.log('\nBuild, `npm run build` from cold (wall seconds; peak memory of its processes)');
  console.log(
    'corpus          sources   pages   seconds   (index after pages)   s/source   peak MB',
  );
  for (const b of builds) {
    const phases = `(${b.searchAfterSeconds})`;
    console.log(
      `${b.label.padEnd(15)} ${String(b.sources).padStart(7)} ${String(b.pages).padStart(7)} ${b.finished ? String(b.wallSeconds).padStart(9) : '  timeout'} ${phases.padStart(21)} ${String(b.secondsPerSource).padStart(10)} ${String(b.peakMemoryMb).padStart(9)}`,
    );
  }

  // 3. The timeline with 500 and 5,000 events, ours and TimelineJS3's.
  const browser = await launchChromium();
  const timelines: Record<string, unknown>[] = [];
  try {
    for (const events of [500, 5000]) {
      const out = outs.get(events);
      if (!out) {
        console.log(`\n(no build with ${events} events: add ${events / RATIOS.events} to --sizes)`);
        continue;
      }
      const server = await startPreview(out, '/');
      const ours = await ourTimeline(browser, server.url('/timeline/'), RUNS);
      await server.stop();
      const theirs = await timelineJs(
        browser,
        join(out, 'data/events.json'),
        Math.min(RUNS, 3),
        tmp,
      );
      timelines.push({ events, ours, timelinejs: theirs });
    }
  } finally {
    await browser.close();
  }
  const ourJs = (weights['timeline'] as { js: { gzip: number } }).js.gzip;
  results['timeline'] = timelines;
  console.log('\nTimeline in headless Chromium (ms, medians; script time / until drawn)');
  console.log('events   first render   ready   filter change   keyboard step   TimelineJS3 ready');
  for (const t of timelines as {
    events: number;
    ours: Record<string, number>;
    timelinejs: Record<string, number>;
  }[]) {
    const o = t.ours;
    const first = `${o['firstRenderMs']} / ${o['firstRenderFrameMs']}`;
    const filter = `${o['filterMs']} / ${o['filterFrameMs']}`;
    console.log(
      `${String(t.events).padStart(6)} ${first.padStart(14)} ${String(o['readyMs']).padStart(7)} ${filter.padStart(15)} ${String(o['stepMs']).padStart(15)} ${String(t.timelinejs['readyMs']).padStart(19)}`,
    );
  }
  const tjs = (timelines[0]?.['timelinejs'] as Record<string, number> | undefined) ?? undefined;
  if (tjs) {
    const theirs = (tjs['jsGzip'] ?? 0) + (tjs['cssGzip'] ?? 0);
    results['weightComparison'] = {
      oursJsGzip: ourJs,
      timelinejsJsCssGzip: theirs,
      ratio: round(ourJs / theirs, 3),
    };
    console.log(
      `\nTimeline page JS ${ourJs} B gzip; TimelineJS3 JS+CSS ${theirs} B gzip; ratio ${round(ourJs / theirs, 3)}`,
    );
  }

  results['shareCards'] = await cardCost(Number(arg('cards', '1000')), tmp);

  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('\nwritten: bench/results.json');
  benchHostile();
  if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true });
}

await main();

/**
 * What the Word briefs and the claim downloads add to a build: the time to make them all from a
 * corpus (the same pure functions the endpoints call, the citations they print stood in for by
 * strings of a citation's length), as a share of the build's time, and each DOCX's size against
 * its budget (60 KB). `npm run bench` reports it for every corpus it builds; on its own,
 * `npx tsx scripts/bench-briefs.ts --sizes=1000 --build-seconds=51.8` times a synthetic corpus
 * without building it and compares with a build time measured before.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { homeBrief, themeBrief, type BriefContext } from '../src/lib/brief';
import { briefDocx } from '../src/lib/brief-docx';
import { CLAIM_COLUMNS, claimRows, siteVersion, type ClaimRow } from '../src/lib/claim-downloads';
import { checkCorpus } from '../src/lib/check';
import { readContent } from '../src/lib/content-files';
import { toCsv } from '../src/lib/downloads';
import { HOME_STANDFIRST, SITE_TITLE } from '../src/lib/feed';
import { routes } from '../src/lib/paths';
import { buildSite } from '../src/lib/site';
import { versionOf } from '../src/lib/versions';
import { writeSyntheticCorpus } from './synthetic-corpus';

export const DOCX_BUDGET = 60 * 1024;
/** The build may grow by less than this share with the documents. */
export const GROWTH_BUDGET = 0.15;

export interface BriefFigures {
  seconds: number;
  /** The share of the build's time, when the build's time is known. */
  share: number;
  largestDocx: number;
  docx: Record<string, number>;
  withinBudgets: boolean;
}

export async function briefFigures(
  contentDir: string,
  buildSeconds: number,
  outDir?: string,
): Promise<BriefFigures> {
  // The build reads the corpus and versions its pages anyway: only what the documents add is timed.
  const site = buildSite(checkCorpus(readContent(contentDir), { lints: false }).corpus);
  for (const path of [routes.home(), ...site.themes.map((t) => routes.theme(t.id))]) {
    versionOf(site, `/${path}`);
  }
  const start = performance.now();
  // A citation's length, about: the documents print the page's and each cited article's.
  const cite = 'x'.repeat(220);
  const ctx: BriefContext = {
    site,
    siteUrl: 'https://example.org',
    base: '/',
    cite: { page: cite, original: () => cite },
  };
  const made = new Map<string, number>();
  for (const t of site.themes) {
    made.set(
      routes.themeBrief(t.id),
      (await briefDocx(themeBrief(ctx, t.id), '2026-01-01')).length,
    );
  }
  const home = homeBrief(ctx, SITE_TITLE, HOME_STANDFIRST);
  made.set(routes.homeBrief(), (await briefDocx(home, '2026-01-01')).length);
  const rows = claimRows(site, ctx.siteUrl, ctx.base);
  toCsv(rows, Object.keys(CLAIM_COLUMNS) as (keyof ClaimRow)[]);
  JSON.stringify({ version: siteVersion(site), columns: CLAIM_COLUMNS, claims: rows });
  const seconds = (performance.now() - start) / 1000;
  // The built files' sizes when there is a build, with the real citations in them.
  const docx = Object.fromEntries(
    [...made].map(([path, size]) => {
      const built = outDir ? join(outDir, path) : '';
      return [path, built && existsSync(built) ? readFileSync(built).length : size];
    }),
  );
  const largestDocx = Math.max(...Object.values(docx));
  const share = seconds / buildSeconds;
  return {
    seconds: Math.round(seconds * 100) / 100,
    share: Math.round(share * 1000) / 1000,
    largestDocx,
    docx,
    withinBudgets: largestDocx < DOCX_BUDGET && share < GROWTH_BUDGET,
  };
}

export function printBriefFigures(label: string, f: BriefFigures): void {
  console.log(
    `${label.padEnd(15)} briefs and claims made in ${f.seconds} s (${Math.round(f.share * 1000) / 10} % of the build; budget ${GROWTH_BUDGET * 100} %), largest DOCX ${f.largestDocx} B (budget ${DOCX_BUDGET} B): ${f.withinBudgets ? 'within budgets' : 'OVER BUDGET'}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: string) =>
    process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
  const buildSeconds = Number(arg('build-seconds', 'NaN'));
  for (const n of arg('sizes', '1000').split(',').map(Number)) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-briefs-'));
    writeSyntheticCorpus(dir, n);
    printBriefFigures(`${n} sources`, await briefFigures(dir, buildSeconds));
    rmSync(dir, { recursive: true, force: true });
  }
}

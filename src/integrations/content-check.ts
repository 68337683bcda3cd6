/**
 * Astro integration: before anything is built, check the whole corpus (schemas, references,
 * bodies, provenance when SOURCE_ARCHIVE is set). A build with problems stops here: it prints
 * every problem once, with its file, field and reason, and exits 1, so no page is ever produced
 * from bad content. The dev server checks again whenever a content file changes, and while there
 * are problems it answers every page with them (status 500) rather than a page cut off midway.
 * A sound corpus is also where the pages' citations start being formatted, ahead of the pages.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { CheckResult, Problem } from '../lib/check';
import { citationThreads, startSiteCitations } from '../lib/bibliography';
import { provenanceLine } from '../lib/check-provenance';
import { ArchiveError } from '../lib/content-files';
import { checkContentDir, problemReport, type ContentCheck } from '../lib/content-report';
import { normaliseBase } from '../lib/paths';
import { buildSite } from '../lib/site';
import { problemsMiddleware } from './content-problems-page';
import { claimIndexOf, provideClaimIndex } from './remark-claim-notes';

/** The check, or the archive's own problem as the one problem there is. */
function runCheck(contentDir: string, root: string): ContentCheck | Problem {
  try {
    return checkContentDir(contentDir, root, process.env['SOURCE_ARCHIVE'] || undefined);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    return { file: 'SOURCE_ARCHIVE', field: '(folder)', message: error.message };
  }
}

/** A build stops on any problem: the list, once, and exit 1 (build.mjs says what it kept). */
function refuseBuild(check: ContentCheck | Problem): asserts check is ContentCheck {
  const report = 'result' in check ? problemReport(check.result) : `${check.message}\n`;
  if (!report) return;
  process.stderr.write(`\n${report}`);
  process.exit(1);
}

/** In a build, the corpus is read and sound: notes resolve against it, citations start. */
function startBuild(
  result: CheckResult,
  dirs: { root: string; contentDir: string },
  config: { site?: string | undefined; base: string },
) {
  provideClaimIndex(dirs.contentDir, claimIndexOf(result.corpus.sources));
  const parallel = citationThreads(dirs.root);
  if (config.site && parallel) {
    const site = buildSite(result.corpus);
    startSiteCitations(site, new URL(config.site).href, normaliseBase(config.base), parallel);
  }
}

/** Logs the problems (and, at startup, what provenance covers); returns them. */
function logCheck(
  check: ContentCheck | Problem,
  logger: AstroIntegrationLogger,
  startup: boolean,
): Problem[] {
  if (!('result' in check)) {
    logger.error(check.message);
    return [check];
  }
  const report = problemReport(check.result);
  if (report) logger.error(report.trimEnd());
  if (!startup) return check.result.problems;
  const line = provenanceLine(check.result.provenance, check.archiveDir);
  if (check.result.provenance.checked) logger.info(line);
  else logger.warn(line);
  return check.result.problems;
}

export default function contentCheck(options: { contentDir: string }): AstroIntegration {
  let problems: readonly Problem[] = [];
  let contentDir = '';
  let root = '';
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, config }) => {
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        contentDir = resolve(root, options.contentDir);
        const check = runCheck(contentDir, root);
        if (command === 'build') {
          refuseBuild(check);
          startBuild(check.result, { root, contentDir }, config);
        }
        problems = logCheck(check, logger, true);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(problemsMiddleware(() => problems));
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(contentDir)) return;
          const before = problems.length;
          problems = logCheck(runCheck(contentDir, root), logger, false);
          if (before > 0 && problems.length === 0) logger.info('content: no problem left');
        });
      },
    },
  };
}

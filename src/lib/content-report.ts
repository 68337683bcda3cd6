/**
 * The content check as `npm run check:content`, the build and the dev server run it: the content
 * folder and (when SOURCE_ARCHIVE is set) the archive read from disk, checked, and reported as
 * text for a terminal: one line a problem, a count, and what provenance covers.
 */
import { statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { checkCorpus, formatProblems, type CheckResult } from './check';
import { provenanceLine } from './check-provenance';
import { readArchive, readContent } from './content-files';

export interface ContentCheck {
  result: CheckResult;
  /** The archive folder as given, for messages; undefined when SOURCE_ARCHIVE is not set. */
  archiveDir: string | undefined;
}

/**
 * Checks `contentDir` against the archive in `archiveDir`, resolved from `root`. Messages name
 * files relative to `root`, or to the content folder's parent when it lies elsewhere (a
 * CONTENT_DIR copy): `content/events/x.yaml`. Throws ArchiveError when that folder is no archive.
 */
export function checkContentDir(
  contentDir: string,
  root: string,
  archiveDir: string | undefined,
): ContentCheck {
  const archive = archiveDir ? readArchive(resolve(root, archiveDir)) : undefined;
  const inside = !relative(root, contentDir).startsWith('..');
  const files = readContent(contentDir, inside ? root : dirname(contentDir));
  return { result: checkCorpus(files, { archive, siteFile: publicFile(root) }), archiveDir };
}

/** Whether an in-site path names a file under `root`/public (no "..", query or fragment). */
export function publicFile(root: string): (path: string) => boolean {
  const dir = resolve(root, 'public');
  return (path) => {
    let file: string;
    try {
      file = resolve(dir, `.${decodeURIComponent(path.replace(/[?#].*$/, ''))}`);
    } catch {
      return false;
    }
    return (
      file.startsWith(`${dir}${sep}`) &&
      statSync(file, { throwIfNoEntry: false })?.isFile() === true
    );
  };
}

/** The problems, one a line, under a count; empty when there are none. */
export function problemReport(result: CheckResult): string {
  const n = result.problems.length;
  if (n === 0) return '';
  return `${n} problem${n === 1 ? '' : 's'} in the content:\n${formatProblems(result.problems)}\n`;
}

/** What the corpus holds, then what provenance covers: the report's last lines. */
export function summaryLines({ result, archiveDir }: ContentCheck): string {
  const c = result.corpus;
  const claims = c.sources.reduce((n, s) => n + s.data.claims.length, 0);
  return (
    `content: ${c.sources.length} sources, ${claims} claims, ${c.events.length} events, ` +
    `${c.actors.length} actors, ${c.disagreements.length} disagreements, ` +
    `${c.themes.length} themes${result.problems.length > 0 ? ' (valid files only)' : ''}\n` +
    `${provenanceLine(result.provenance, archiveDir)}\n`
  );
}

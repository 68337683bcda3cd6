/**
 * `npm run check:content`: checks the whole corpus (schemas, references, bodies, the editorial
 * lints and, when SOURCE_ARCHIVE names the archive folder, provenance) and prints every problem,
 * once, with what was and was not checked. Exits 1 on any problem or an unreadable archive.
 */
import { resolve } from 'node:path';
import { ArchiveError } from '../src/lib/content-files';
import { checkContentDir, problemReport, summaryLines } from '../src/lib/content-report';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(process.env['CONTENT_DIR'] ?? resolve(root, 'content'));

try {
  const check = checkContentDir(contentDir, root, process.env['SOURCE_ARCHIVE'] || undefined);
  process.stderr.write(problemReport(check.result));
  process.stdout.write(summaryLines(check));
  process.exitCode = check.result.problems.length > 0 ? 1 : 0;
} catch (error) {
  if (!(error instanceof ArchiveError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}

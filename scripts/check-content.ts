/**
 * `npm run check:content`: checks the whole corpus (schemas, references, bodies and, when
 * SOURCE_ARCHIVE names the archive folder, provenance) and prints every problem.
 */
import { resolve } from 'node:path';
import { checkCorpus, formatProblems } from '../src/lib/check';
import { readArchive, readContent } from '../src/lib/content-files';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(process.env['CONTENT_DIR'] ?? resolve(root, 'content'));
const archiveDir = process.env['SOURCE_ARCHIVE'];
const result = checkCorpus(readContent(contentDir, root), {
  archive: archiveDir ? readArchive(resolve(archiveDir)) : undefined,
});
const c = result.corpus;
if (result.problems.length > 0) {
  console.error(formatProblems(result.problems));
  console.error(`\n${result.problems.length} problem(s) in the content.`);
  process.exitCode = 1;
}
const claims = c.sources.reduce((n, s) => n + s.data.claims.length, 0);
console.log(
  `content: ${c.sources.length} sources, ${claims} claims, ${c.events.length} events, ` +
    `${c.actors.length} actors, ${c.disagreements.length} disagreements, ${c.themes.length} themes`,
);
console.log(
  result.provenance.verified
    ? `provenance: verified ${result.provenance.quotations} quotations and ${result.provenance.mentions} actor mentions against ${archiveDir}`
    : 'provenance: NOT VERIFIED (set SOURCE_ARCHIVE to the folder of archived source texts)',
);

/**
 * Astro integration: before anything is built, check the whole corpus (schemas, references,
 * bodies, provenance when SOURCE_ARCHIVE is set). A build with problems stops here, listing
 * every problem with its file, field and reason, so no page is ever produced from bad content.
 * A sound corpus is also where the pages' citations start being formatted, ahead of the pages.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkCorpus, formatProblems } from '../lib/check';
import { citationThreads, startSiteCitations } from '../lib/bibliography';
import { readArchive, readContent } from '../lib/content-files';
import { normaliseBase } from '../lib/paths';
import { buildSite } from '../lib/site';
import { claimIndexOf, provideClaimIndex } from './remark-claim-notes';

export default function contentCheck(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, config }) => {
        if (command === 'preview') return;
        const root = new URL('.', config.root).pathname;
        const archiveDir = process.env['SOURCE_ARCHIVE'];
        const result = checkCorpus(readContent(resolve(root, options.contentDir), root), {
          archive: archiveDir ? readArchive(resolve(root, archiveDir)) : undefined,
        });
        if (result.problems.length > 0) {
          const report = `${result.problems.length} problem(s) in the content:\n${formatProblems(result.problems)}`;
          if (command === 'build') throw new Error(report);
          logger.error(report);
        }
        // In a build, the corpus is now read and sound: the source notes resolve against its
        // claims, and the pages' citations start, in worker threads, while Astro loads the
        // collections (the pages take them if they see the same site).
        if (command === 'build') {
          provideClaimIndex(resolve(root, options.contentDir), claimIndexOf(result.corpus.sources));
          const parallel = citationThreads(root);
          if (config.site && parallel) {
            startSiteCitations(
              buildSite(result.corpus),
              new URL(config.site).href,
              normaliseBase(config.base),
              parallel,
            );
          }
        }
        if (result.provenance.verified) {
          logger.info(
            `provenance verified: ${result.provenance.quotations} quotations, ${result.provenance.mentions} actor mentions`,
          );
        } else {
          logger.warn(
            'provenance NOT verified: set SOURCE_ARCHIVE to the folder of archived source texts',
          );
        }
      },
    },
  };
}

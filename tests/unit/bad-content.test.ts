/**
 * The bad-input corpus: every fixture under tests/fixtures/bad/<case>/<collection>/<file> is laid
 * over the real content and must be refused with a problem naming that file, the expected field
 * and a reason matching the expectation written in the fixture (`# expect: field :: reason`).
 * The `lint-*` cases are refused by the editorial lints (src/lib/lints/), through the whole check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check';
import { publicFile } from '../../src/lib/content-report';
import { COLLECTIONS, parseContentBytes, type CollectionName } from '../../src/lib/content-files';
import { ROOT, archive, realFiles, withFiles } from '../helpers';

const DIR = join(ROOT, 'tests/fixtures/bad');
const NEEDS_ARCHIVE =
  /neither the name|quotation is not in|but in paragraph|\[own-words\]|\[outside-knowledge\]/;

interface Case {
  name: string;
  path: string;
  collection: CollectionName;
  bytes: Uint8Array;
  field: string;
  reason: string;
}

const cases: Case[] = readdirSync(DIR)
  .sort()
  .flatMap((name) =>
    readdirSync(join(DIR, name)).flatMap((collection) =>
      readdirSync(join(DIR, name, collection)).map((file) => {
        // Bytes, as the check reads them: some fixtures are not UTF-8 on purpose.
        const bytes = readFileSync(join(DIR, name, collection, file));
        const text = new TextDecoder().decode(bytes);
        const m = /^# expect: (.+?) :: (.+)$/m.exec(text);
        if (!m || !(collection in COLLECTIONS)) throw new Error(`fixture ${name} is malformed`);
        return {
          name,
          path: `content/${collection}/${file}`,
          collection: collection as CollectionName,
          bytes,
          field: m[1] ?? '',
          reason: m[2] ?? '',
        };
      }),
    ),
  );

/**
 * What the real corpus reports on its own (file, field and lint rule: a lint's wording can change
 * with the corpus, e.g. its count of sources): a fixture is answerable only for what it adds.
 */
const key = (p: { file: string; field: string; message: string }) =>
  `${p.file}\n${p.field}\n${/^\[[a-z-]+\]/.exec(p.message)?.[0] ?? ''}`;
const baseline = new Set(checkCorpus(realFiles(), { archive }).problems.map(key));

describe('the bad-input corpus', () => {
  it('has at least 80 malformed files', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  for (const c of cases) {
    const needsArchive = NEEDS_ARCHIVE.test(c.reason);
    it.skipIf(needsArchive && !archive)(
      `refuses ${c.name}: ${c.path} ${c.field}: ${c.reason}`,
      () => {
        const file = parseContentBytes(c.path, c.collection, c.bytes);
        const { problems } = checkCorpus(withFiles([file]), {
          archive,
          siteFile: publicFile(ROOT),
        });
        expect(problems).toContainEqual({
          file: c.path,
          field: c.field,
          message: expect.stringContaining(c.reason),
        });
        // Nothing else in the corpus is blamed for the fixture's fault.
        // A fixture that adds a source changes what "every source" means elsewhere: not its fault.
        const answerable = problems.filter(
          (p) => !baseline.has(key(p)) && !p.message.startsWith('[attribution] speaks for all'),
        );
        for (const p of answerable) expect(p.file).toBe(c.path);
      },
    );
  }
});

/**
 * What the content check tells an editor: a claim by its index and id, one line for a broken
 * file however many files point into it, honest provenance counts, and a plain line (no stack)
 * for an archive folder that is not one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check';
import { fieldName } from '../../src/lib/check-files';
import { checkProvenance, provenanceLine } from '../../src/lib/check-provenance';
import { ArchiveError, parseContentFile, readArchive } from '../../src/lib/content-files';
import { ROOT, withFiles } from '../helpers';
import { claim, corpus, source } from './lints/corpus';

const tmp = mkdtempSync(join(tmpdir(), 'check-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ARCHIVE = new Map([
  ['001_aaaaaaaaaaaaaaaa.txt', 'The Gazette writes that a short quotation stands here.'],
]);

/** One source, two claims: one quotation stands in ARCHIVE, the other does not. */
const ONE_BAD_QUOTE = corpus({
  sources: [
    source('s', {
      claims: [
        claim('ok', 'The Gazette says it is so.'),
        claim('bad', 'The Gazette says it is not so.', {
          locator: { paragraph: 1, quote: 'not there at all' },
        }),
      ],
    }),
  ],
});

describe('the content check names a claim by its id', () => {
  it('in a schema problem, read from the raw data', () => {
    const data = { claims: [{ id: 'a' }, { id: 'dt-hgb-attack' }] };
    expect(fieldName(['claims', 1, 'locator', 'quote'], data)).toBe(
      'claims[1] (dt-hgb-attack).locator.quote',
    );
    expect(fieldName(['keyPoints', 0, 'claims', 2], { keyPoints: [{ claims: [] }] })).toBe(
      'keyPoints[0].claims[2]',
    );
  });

  it('in a failed quotation', () => {
    const problems: string[] = [];
    checkProvenance(ONE_BAD_QUOTE, ARCHIVE, (_file, field) => problems.push(field));
    expect(problems).toEqual(['claims[1] (bad).locator.quote']);
  });
});

describe('provenance counts', () => {
  it('say how many of how many passed, never "verified N" when one failed', () => {
    const p = checkProvenance(ONE_BAD_QUOTE, ARCHIVE, () => undefined);
    expect(p.quotations).toEqual({ total: 2, checked: 2, passed: 1 });
    const line = provenanceLine(p, '/archive');
    expect(line).toContain('1 of 2 quotations (1 failed)');
    expect(line).toMatch(/^provenance: NOT fully verified/);
  });

  it('say loudly that nothing was checked without an archive', () => {
    const p = checkProvenance(ONE_BAD_QUOTE, undefined, () => undefined);
    expect(p).toMatchObject({ checked: false, quotations: { total: 2, checked: 0 } });
    expect(provenanceLine(p, undefined)).toMatch(/NOT CHECKED.*2 quotations were NOT checked/);
  });
});

describe('one problem, one line', () => {
  it('counts the references into a source that fails its schema instead of reporting each', () => {
    const path = 'content/sources/dual-challenge.md';
    const text = readFileSync(join(ROOT, path), 'utf8').replace(/^outlet: .*$/m, 'outlet: 12');
    const { problems } = checkCorpus(withFiles([parseContentFile(path, 'sources', text)]));
    expect(problems).toEqual([
      { file: path, field: 'outlet', message: expect.stringContaining('expected string') },
      {
        file: path,
        field: '(references)',
        message: expect.stringMatching(/^\d+ references from other files into this one are not/),
      },
    ]);
  });
});

describe('SOURCE_ARCHIVE', () => {
  it('that is missing, a file or empty is refused with a plain message', () => {
    const file = join(tmp, 'a.txt');
    writeFileSync(file, 'text');
    expect(() => readArchive(join(tmp, 'nope'))).toThrow(ArchiveError);
    expect(() => readArchive(file)).toThrow(/is not a folder/);
    expect(() => readArchive(ROOT)).toThrow(/holds no \.txt file/);
  });

  it('that is wrong makes check:content print one line and exit 1', () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, SOURCE_ARCHIVE: join(tmp, 'nope') },
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `SOURCE_ARCHIVE names "${join(tmp, 'nope')}", which does not exist: point SOURCE_ARCHIVE at the folder of archived source texts (NNN_<16 hex>.txt)\n`,
    );
  });
});

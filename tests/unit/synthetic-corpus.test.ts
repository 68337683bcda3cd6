import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RATIOS, writeSyntheticCorpus } from '../../scripts/synthetic-corpus';
import { checkCorpus } from '../../src/lib/check';
import { readContent } from '../../src/lib/content-files';

const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(md|yaml)$/.test(f))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

// Every corpus goes in one temporary folder, removed after the tests.
const tmp = mkdtempSync(join(tmpdir(), 'syn-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the benchmark corpus generator', () => {
  it('writes a corpus in the real proportions that passes every content rule', () => {
    const dir = mkdtempSync(join(tmp, 'corpus-'));
    const size = writeSyntheticCorpus(dir, 6);
    expect(size).toEqual({
      sources: 6,
      claims: 6 * RATIOS.claims,
      events: 6 * RATIOS.events,
      actors: 6 * RATIOS.actors,
      disagreements: 6 * RATIOS.disagreements,
    });
    const { problems, corpus } = checkCorpus(readContent(dir, tmp));
    expect(problems).toEqual([]);
    expect(corpus.sources).toHaveLength(6);
    expect(corpus.events).toHaveLength(size.events);
  });

  it('is deterministic: the same size gives the same files', () => {
    const a = mkdtempSync(join(tmp, 'a-'));
    const b = mkdtempSync(join(tmp, 'b-'));
    writeSyntheticCorpus(a, 5);
    writeSyntheticCorpus(b, 5);
    expect(snapshot(a)).toEqual(snapshot(b));
  });
});

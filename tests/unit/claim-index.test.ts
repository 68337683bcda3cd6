import { afterEach, describe, expect, it } from 'vitest';
import {
  claimIndexOf,
  loadClaimIndex,
  provideClaimIndex,
} from '../../src/integrations/remark-claim-notes';
import { checkCorpus } from '../../src/lib/check';
import { CONTENT, realFiles } from '../helpers';

describe('the index the source notes resolve against', () => {
  const checked = claimIndexOf(checkCorpus(realFiles()).corpus.sources);
  afterEach(() => provideClaimIndex('/nowhere', new Map()));

  it('is the same read from the files or from the checked corpus', () => {
    const read = loadClaimIndex(CONTENT);
    expect(read.size).toBeGreaterThan(50);
    expect([...read.keys()].sort()).toEqual([...checked.keys()].sort());
    expect(read.get('at-ceasefire-102')).toEqual(checked.get('at-ceasefire-102'));
  });

  it('is taken as provided for the folder it was provided for, and only for it', () => {
    const provided = new Map([...checked].slice(0, 3));
    provideClaimIndex(CONTENT, provided);
    expect(loadClaimIndex(CONTENT)).toBe(provided);
    expect(loadClaimIndex(`${CONTENT}/../content-elsewhere`).size).toBe(0);
  });
});

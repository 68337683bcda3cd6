/**
 * Changes and corrections: a correction says what its pages said and what they say now; the
 * pages it names show "Corrected <date>" linking to its entry, and their version and date move;
 * the feed carries it; no change is dated after the build.
 */
import { describe, expect, it } from 'vitest';
import { todayAnywhere } from '../../src/lib/check-changes';
import { checkCorpus } from '../../src/lib/check';
import { parseContentFile, type ContentFile } from '../../src/lib/content-files';
import { atomFeed } from '../../src/lib/feed';
import { buildSite } from '../../src/lib/site';
import { correctionMarks, pageContent, pageVersion } from '../../src/lib/versions';
import { ChangeSchema } from '../../src/schemas/change';
import { realFiles } from '../helpers';

const correction = {
  date: '2026-11-23',
  kind: 'correction',
  title: 'The day of the weekend attacks',
  summary: 'The theme page dated the weekend attacks a week too early.',
  said: '“Militants attacked Bannu on 9 March 2024.”',
  says: 'Militants attacked Bannu on 16 March 2024.',
  pages: ['/themes/ttp/'],
};

const change = (name: string, data: object): ContentFile =>
  parseContentFile(`content/changes/${name}.yaml`, 'changes', JSON.stringify(data));

// The real corpus without its changes (the editors' corrections would move what is measured),
// with a first publication, and with a correction of /themes/ttp/ after it.
const first = change('2026-11-22-first', {
  date: '2026-11-22',
  kind: 'new',
  title: 'First publication',
  summary: 'The explainer is published.',
  pages: ['/'],
});
const others = realFiles().filter((f) => f.collection !== 'changes');
const siteOf = (files: ContentFile[]) => {
  const { problems, corpus } = checkCorpus(files, { today: '2026-11-29' });
  expect(problems).toEqual([]);
  return buildSite(corpus);
};
const before = siteOf([...others, first]);
const after = siteOf([...others, first, change('2026-11-23-weekend', correction)]);

describe('ChangeSchema', () => {
  it('accepts a correction that says what the page said and what it says now', () => {
    expect(ChangeSchema().safeParse(correction).success).toBe(true);
  });

  it('refuses a correction without said or says, naming the field', () => {
    for (const field of ['said', 'says'] as const) {
      const without = { ...correction, [field]: undefined };
      const issues = ChangeSchema().safeParse(without).error?.issues ?? [];
      expect(issues).toContainEqual(
        expect.objectContaining({
          path: [field],
          message: expect.stringContaining(`a correction needs "${field}"`),
        }),
      );
    }
  });

  it('keeps said and says to corrections', () => {
    const issues = ChangeSchema().safeParse({ ...correction, kind: 'update' }).error?.issues ?? [];
    expect(issues.map((i) => i.path)).toEqual([['said'], ['says']]);
    expect(issues[0]?.message).toMatch(/only a correction has "said"/);
  });
});

describe('the date of a change', () => {
  it('is refused when after the build’s today, and accepted on it', () => {
    const files = [...others, first, change('2026-11-23-weekend', correction)];
    expect(checkCorpus(files, { today: '2026-11-22' }).problems).toEqual([
      {
        file: 'content/changes/2026-11-23-weekend.yaml',
        field: 'date',
        message: expect.stringContaining('is after today (2026-11-22)'),
      },
    ]);
    expect(checkCorpus(files, { today: '2026-11-23' }).problems).toEqual([]);
  });

  it('is compared with today wherever on Earth it is already today', () => {
    expect(todayAnywhere(Date.UTC(2026, 10, 29, 9, 59))).toBe('2026-11-29');
    expect(todayAnywhere(Date.UTC(2026, 10, 29, 10, 0))).toBe('2026-11-30');
  });
});

describe('a corrected page', () => {
  it('shows "Corrected <date>" linking to the entry on /changes/', () => {
    expect(correctionMarks(after, '/themes/ttp/', '/sub/')).toEqual([
      {
        text: 'Corrected 23 November 2026',
        iso: '2026-11-23',
        hrefs: ['/sub/changes/#change-2026-11-23-weekend'],
      },
    ]);
    expect(correctionMarks(after, '/themes/talks/', '/sub/')).toEqual([]);
    expect(correctionMarks(before, '/themes/ttp/', '/sub/')).toEqual([]);
  });

  it('takes the correction’s date and a new version; other pages keep theirs', () => {
    const v = (site: typeof before, path: string) =>
      pageVersion(site, path, pageContent(site, path));
    expect(v(before, '/themes/ttp/').updated).toBe('2026-11-22');
    expect(v(after, '/themes/ttp/').updated).toBe('2026-11-23');
    expect(v(after, '/themes/ttp/').version).not.toBe(v(before, '/themes/ttp/').version);
    expect(v(after, '/themes/talks/')).toEqual(v(before, '/themes/talks/'));
  });

  it('is in the feed: its own id and link to the entry, what the page said and says now', () => {
    const feed = atomFeed(after, 'https://example.org', '/sub/');
    const entry =
      /<entry>(?:(?!<\/entry>)[\s\S])*?#change-2026-11-23-weekend[\s\S]*?<\/entry>/.exec(
        feed,
      )?.[0] ?? '';
    expect(entry).toContain('<id>https://example.org/sub/changes/#change-2026-11-23-weekend</id>');
    expect(entry).toContain(
      '<link rel="alternate" href="https://example.org/sub/changes/#change-2026-11-23-weekend"/>',
    );
    expect(entry).toContain('<link rel="related" href="https://example.org/sub/themes/ttp/"/>');
    expect(entry).toContain('The page said: “Militants attacked Bannu on 9 March 2024.”');
    expect(entry).toContain('It now says: Militants attacked Bannu on 16 March 2024.');
  });
});

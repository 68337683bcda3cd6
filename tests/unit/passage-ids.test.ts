import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypePassageIds } from '../../src/integrations/rehype-passage-ids';
import { remarkClaimNotes } from '../../src/integrations/remark-claim-notes';
import { CONTENT } from '../helpers';

async function ids(md: string): Promise<string[]> {
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkClaimNotes, { contentDir: CONTENT, base: '/' })
      .use(remarkRehype)
      .use(rehypePassageIds)
      .use(rehypeStringify)
      .process(new VFile({ value: md, path: 'content/themes/x.md' })),
  );
  return [...html.matchAll(/<(?:p|h\d) id="([^"]+)"/g)].map((m) => m[1] ?? '');
}

const DOC = `Opening words without a note.

## The strikes

Pakistan struck.[^patriot-strikes-paktika-khost] More follows.[^at-airstrikes]

Afghan officials disagreed.[^patriot-afghan-civilian-homes]

A closing thought.`;

describe('passage ids', () => {
  it('name a paragraph after the first claim it cites, else after its section and place', async () => {
    expect(await ids(DOC)).toEqual([
      'p-intro-1',
      'the-strikes',
      'p-patriot-strikes-paktika-khost',
      'p-patriot-afghan-civilian-homes',
      'p-the-strikes-3',
    ]);
  });

  it('do not change when another paragraph is edited, added or removed', async () => {
    const before = await ids(DOC);
    const edited = DOC.replace(
      'Pakistan struck.',
      'Pakistan struck targets in two provinces.',
    ).replace('Opening words without a note.', 'New opening words.\n\nA second opening paragraph.');
    const after = await ids(edited);
    for (const id of [
      'the-strikes',
      'p-patriot-strikes-paktika-khost',
      'p-patriot-afghan-civilian-homes',
    ]) {
      expect(before).toContain(id);
      expect(after).toContain(id);
    }
  });

  it('give each heading and paragraph a permalink to itself', async () => {
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkRehype)
        .use(rehypePassageIds)
        .use(rehypeStringify)
        .process('## A\n\nB'),
    );
    expect(html).toContain(
      '<a class="permalink" href="#a" aria-label="Link to the section “A”">¶</a>',
    );
    expect(html).toContain(
      '<a class="permalink" href="#p-a-1" aria-label="Link to this paragraph">¶</a>',
    );
  });

  it("never take an id the page itself uses, whatever a body's headings say", async () => {
    const got = await ids(
      '## Events\n\nA.\n\n## Actors\n\nB.\n\n## Claim kinds\n\n## User content fn x\n\n## Events',
    );
    expect(got).toEqual([
      'section-events',
      'p-section-events-1',
      'section-actors',
      'p-section-actors-1',
      'section-claim-kinds',
      'section-user-content-fn-x',
      'events-1',
    ]);
    expect(new Set(got).size).toBe(got.length);
  });
});

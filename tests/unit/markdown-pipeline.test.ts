/** The Markdown pipeline the site uses: remark-gfm, claim notes and nested headings. */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeNestHeadings } from '../../src/integrations/rehype-nest-headings';
import { remarkClaimNotes } from '../../src/integrations/remark-claim-notes';
import { CONTENT } from '../helpers';

async function render(md: string, base = '/') {
  const file = new VFile({ value: md, path: 'content/themes/test.md' });
  const out = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkClaimNotes, { contentDir: CONTENT, base })
    .use(remarkRehype, { footnoteLabel: 'Source notes' })
    .use(rehypeNestHeadings)
    .use(rehypeStringify)
    .process(file);
  return String(out);
}

describe('claim notes', () => {
  it('turns [^claim-id] into a numbered note that links to the claim on its source page', async () => {
    const html = await render(
      'Pakistan struck.[^patriot-strikes-paktika-khost] Again.[^at-airstrikes]',
    );
    expect(html).toContain('href="#user-content-fn-patriot-strikes-paktika-khost"');
    expect(html).toContain(
      'href="/sources/unrest-in-afghanistan/#claim-patriot-strikes-paktika-khost"',
    );
    expect(html).toContain('Daily The Patriot editorial, ¶ 1');
    expect(html).toMatch(/<li id="user-content-fn-at-airstrikes">/);
    expect(html).toContain('Source notes');
  });

  it('links under the base path of a sub-path deploy', async () => {
    const html = await render('X.[^at-airstrikes]', '/explainer/');
    expect(html).toContain('href="/explainer/sources/old-friends-new-foes/#claim-at-airstrikes"');
  });

  it('fails on an unknown claim, naming the file', async () => {
    await expect(render('X.[^no-such-claim]')).rejects.toThrow(
      'content/themes/test.md:1: body: unknown claim "no-such-claim"',
    );
  });

  it('fails on raw HTML instead of rendering it', async () => {
    await expect(render('Fine.\n\n<script>alert(1)</script>')).rejects.toThrow(/raw HTML/);
  });

  it('moves body headings one level down, under the page section', async () => {
    expect(await render('## Part\n\nText.')).toContain('<h3>Part</h3>');
  });
});

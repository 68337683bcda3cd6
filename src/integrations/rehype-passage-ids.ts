/**
 * rehype plugin: every heading and paragraph of a content body gets a stable id and a permalink
 * that shows on hover and focus.
 *
 * Stability: a paragraph's id comes from the first claim it cites (`p-<claim-id>`), so editing,
 * adding or removing another paragraph, or rewording this one, never changes it; a paragraph
 * without notes takes its section's heading and its position there (`p-<heading>-<n>`).
 * Headings take the slug of their text, unless the page itself uses that id (see PAGE_IDS).
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { bodyHeadingId } from '../lib/paths';

const FN_REF = /^#user-content-fn-(.+)$/;

function textOf(n: ElementContent | RootContent): string {
  if (n.type === 'text') return n.value;
  if (n.type === 'element') return n.children.map(textOf).join('');
  return '';
}

function firstClaim(n: Element): string | undefined {
  for (const c of n.children) {
    if (c.type !== 'element') continue;
    const href = c.properties['href'];
    if (c.tagName === 'a' && 'dataFootnoteRef' in c.properties && typeof href === 'string') {
      return FN_REF.exec(href)?.[1];
    }
    const inner = firstClaim(c);
    if (inner) return inner;
  }
  return undefined;
}

const permalink = (id: string, label: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { className: ['permalink'], href: `#${id}`, ariaLabel: label },
  children: [{ type: 'text', value: '¶' }],
});

export function rehypePassageIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    const used = new Set<string>();
    const unique = (id: string) => {
      let out = id;
      for (let n = 2; used.has(out); n++) out = `${id}-${n}`;
      used.add(out);
      return out;
    };
    let section = 'intro';
    let count = 0;
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      if (/^h[1-6]$/.test(node.tagName)) {
        const id = unique(
          typeof node.properties['id'] === 'string'
            ? node.properties['id']
            : bodyHeadingId(slugger.slug(textOf(node))),
        );
        node.properties['id'] = id;
        node.children.push(
          { type: 'text', value: ' ' },
          permalink(id, `Link to the section “${textOf(node)}”`),
        );
        section = id;
        count = 0;
      } else if (node.tagName === 'p') {
        count++;
        const claim = firstClaim(node);
        const id = unique(claim ? `p-${claim}` : `p-${section}-${count}`);
        node.properties['id'] = id;
        node.children.push({ type: 'text', value: ' ' }, permalink(id, 'Link to this paragraph'));
      }
    }
  };
}

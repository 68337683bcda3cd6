/**
 * rehype plugin: a body's `##` headings sit under the page's own "Summary" or "Synthesis"
 * heading, so every heading in a content body goes one level down (h2 -> h3 ...), the
 * generated "Source notes" heading included.
 */
import type { Root, RootContent } from 'hast';

const LEVEL = /^h([1-5])$/;

export function rehypeNestHeadings() {
  const walk = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type !== 'element') continue;
      const m = LEVEL.exec(n.tagName);
      if (m) {
        n.tagName = `h${Number(m[1]) + 1}`;
      }
      walk(n.children);
    }
  };
  return (tree: Root) => walk(tree.children);
}

/**
 * rehype plugin: a link that leaves the site gets rel="noopener noreferrer", so that the page
 * hands nothing to the other site.
 */
import type { Element, Root, RootContent } from 'hast';

export function rehypeExternalLinks() {
  const walk = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type !== 'element') continue;
      const h = (n as Element).properties['href'];
      if (n.tagName === 'a' && typeof h === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(h)) {
        n.properties['rel'] = ['noopener', 'noreferrer'];
      }
      walk(n.children);
    }
  };
  return (tree: Root) => walk(tree.children);
}

/**
 * What a content body contains, read from its Markdown syntax tree: the claims it points to,
 * how long it is, and anything the house rules refuse (raw HTML, hand-written footnotes, links
 * and images that leave the site's rules: see links.ts).
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { linkProblem } from './links';

/** A source note: `[^claim-id]`. Undefined GFM footnote calls stay text, so we find them there. */
export const CLAIM_REF = /\[\^([^\]\s]+)\]/g;
const VALID_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface BodyProblem {
  message: string;
  line?: number | undefined;
}

export interface BodyAnalysis {
  /** Claim ids in the order they are first cited (each once). */
  refs: string[];
  /** Words of prose, not counting notes. */
  words: number;
  /** In-site image paths, with their lines, to be found among the site's files. */
  images: { path: string; line?: number | undefined }[];
  problems: BodyProblem[];
}

export function parseMarkdown(body: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(body);
}

function visit(node: Nodes, fn: (n: Nodes) => void): void {
  fn(node);
  if ('children' in node) for (const c of node.children) visit(c as Nodes, fn);
}

export function analyseBody(body: string): BodyAnalysis {
  const tree = parseMarkdown(body);
  const refs: string[] = [];
  const problems: BodyProblem[] = [];
  const images: BodyAnalysis['images'] = [];
  let prose = '';
  visit(tree, (n) => {
    const line = n.position?.start.line;
    if (n.type === 'html') {
      const snippet = n.value.trim().slice(0, 40);
      problems.push({
        line,
        message: `raw HTML is not allowed in content: ${JSON.stringify(snippet)}`,
      });
    } else if (n.type === 'link' || n.type === 'image' || n.type === 'definition') {
      const problem = linkProblem(n.url, n.type === 'image' ? 'image' : 'link');
      if (problem) problems.push({ line, message: problem });
      else if (n.type === 'image') images.push({ path: n.url, line });
    } else if (n.type === 'imageReference') {
      problems.push({
        line,
        message: 'images are written inline, ![text](/path), not by reference',
      });
    } else if (n.type === 'footnoteDefinition' || n.type === 'footnoteReference') {
      problems.push({
        line,
        message: `hand-written footnotes are not allowed ([^${n.identifier}]: ...): source notes are generated from claims`,
      });
    } else if (n.type === 'text' || n.type === 'inlineCode') {
      for (const m of n.value.matchAll(CLAIM_REF)) {
        const id = m[1] ?? '';
        if (!VALID_ID.test(id)) {
          problems.push({ line, message: `"[^${id}]" is not a claim id (lower-case, hyphenated)` });
        } else if (!refs.includes(id)) refs.push(id);
      }
      prose += ' ' + n.value.replace(CLAIM_REF, ' ');
    }
  });
  const words = prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words === 0) problems.push({ message: 'the body is empty' });
  return { refs, words, problems, images };
}

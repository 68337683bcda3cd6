/**
 * remark plugin: turns `[^claim-id]` in a summary or synthesis into a numbered GFM footnote whose
 * note names the source, passage, kind and asserter, and links to the claim on its source page.
 * An unknown id, hand-written footnotes and raw HTML fail the build, naming the file.
 */
import { resolve } from 'node:path';
import type { FootnoteDefinition, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { readContent } from '../lib/content-files';
import { formatLocator, kindLabel } from '../lib/format';
import { CLAIM_REF } from '../lib/markdown';
import { href, routes } from '../lib/paths';
import type { Claim } from '../schemas/claim';
import { SourceSchema, type Source } from '../schemas/source';

export interface NoteTarget {
  claim: Claim;
  source: string;
  sourceTitle: string;
}

export interface ClaimNotesOptions {
  /** The content folder, to read claims from. */
  contentDir: string;
  /** The site's base path. */
  base: string;
}

/** The note targets of a list of sources: each claim by its id. */
export function claimIndexOf(
  sources: readonly { id: string; data: Source }[],
): Map<string, NoteTarget> {
  const index = new Map<string, NoteTarget>();
  for (const { id, data } of sources) {
    for (const claim of data.claims) {
      index.set(claim.id, { claim, source: id, sourceTitle: data.shortTitle });
    }
  }
  return index;
}

const PROVIDED = Symbol.for('explainer.claim-index');
const shared = globalThis as { [PROVIDED]?: { dir: string; index: Map<string, NoteTarget> } };

/**
 * Hands the plugin the index of a content folder the build has already read and checked (the
 * content check does), so that it need not read every source file again.
 */
export function provideClaimIndex(contentDir: string, index: Map<string, NoteTarget>): void {
  shared[PROVIDED] = { dir: resolve(contentDir), index };
}

/**
 * The claims of every valid source file: the index the notes resolve against. Read from the
 * files unless the build provided it; an invalid file is left out, and the content check
 * reports it.
 */
export function loadClaimIndex(contentDir: string): Map<string, NoteTarget> {
  const dir = resolve(contentDir);
  const provided = shared[PROVIDED];
  if (provided?.dir === dir) return provided.index;
  const schema = SourceSchema();
  const sources = readContent(dir, dir, ['sources']).flatMap((f) => {
    const parsed = schema.safeParse(f.data);
    return parsed.success ? [{ id: f.id, data: parsed.data }] : [];
  });
  return claimIndexOf(sources);
}

/**
 * The note's content: where the statement rests and whose word it is, "Asia Times report, ¶ 4 —
 * Reported (Asia Times)", the link leading to the claim and its quotation on the source page. The
 * sentence the note hangs on already says what the claim says, so the note does not repeat it;
 * in a source's own summary the source is the page itself: "¶ 4 — Reported (...)".
 */
export function noteContent(t: NoteTarget, base: string, ownSource: boolean): PhrasingContent[] {
  const where = formatLocator(t.claim.locator);
  return [
    {
      type: 'link',
      url: href(base, routes.claim(t.source, t.claim.id)),
      children: [{ type: 'text', value: ownSource ? where : `${t.sourceTitle}, ${where}` }],
    },
    { type: 'text', value: ` — ${kindLabel(t.claim.kind)} (${t.claim.by})` },
  ];
}

type Parent = { children: RootContent[] };

/** Whether the file being rendered is the summary of the claim's own source. */
const ownSource = (file: VFile, source: string) =>
  (file.path ?? '').replaceAll('\\', '/').endsWith(`/sources/${source}.md`);

export function remarkClaimNotes(options: ClaimNotesOptions) {
  let index: Map<string, NoteTarget> | undefined;
  return (tree: Root, file: VFile) => {
    index ??= loadClaimIndex(options.contentDir);
    const cited: string[] = [];
    const where = (line?: number) => `${file.path ?? 'Markdown'}${line ? `:${line}` : ''}`;

    const walk = (parent: Parent) => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i] as RootContent;
        const line = node.position?.start.line;
        if (node.type === 'html') {
          throw new Error(`${where(line)}: body: raw HTML is not allowed in content`);
        }
        if (node.type === 'footnoteDefinition' || node.type === 'footnoteReference') {
          throw new Error(`${where(line)}: body: hand-written footnotes are not allowed`);
        }
        if (node.type === 'text' && node.value.includes('[^')) {
          const parts: PhrasingContent[] = [];
          let last = 0;
          for (const m of node.value.matchAll(CLAIM_REF)) {
            const id = m[1] ?? '';
            if (!index?.has(id)) throw new Error(`${where(line)}: body: unknown claim "${id}"`);
            if (m.index > last)
              parts.push({ type: 'text', value: node.value.slice(last, m.index) });
            parts.push({ type: 'footnoteReference', identifier: id, label: id });
            if (!cited.includes(id)) cited.push(id);
            last = m.index + m[0].length;
          }
          if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
          parent.children.splice(i, 1, ...(parts as RootContent[]));
          i += parts.length - 1;
          continue;
        }
        if ('children' in node) walk(node as Parent);
      }
    };
    walk(tree);

    for (const id of cited) {
      const target = index.get(id);
      if (!target) continue;
      const def: FootnoteDefinition = {
        type: 'footnoteDefinition',
        identifier: id,
        label: id,
        children: [
          {
            type: 'paragraph',
            children: noteContent(target, options.base, ownSource(file, target.source)),
          },
        ],
      };
      tree.children.push(def);
    }
  };
}

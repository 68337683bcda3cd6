/**
 * Reads the editorial data under `content/` as plain files, exactly as Astro's loaders will
 * (js-yaml, one file an entry, the file name as id), so that the whole corpus can be checked
 * before a page is built and so that tests can check corpora that are not the real one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import yaml from 'js-yaml';

export const COLLECTIONS = {
  sources: '.md',
  themes: '.md',
  events: '.yaml',
  actors: '.yaml',
  disagreements: '.yaml',
  changes: '.yaml',
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

export interface ContentFile {
  /** Path relative to the project root, for messages: `content/sources/patriot.md`. */
  path: string;
  collection: CollectionName;
  /** The file name without its extension: the entry's slug or id. */
  id: string;
  data: unknown;
  /** The Markdown body, for `.md` files. */
  body?: string;
  /** The file's line number of the body's first line, so messages can point into the file. */
  bodyLine?: number;
  /** Set when the file could not be parsed at all. */
  parseError?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n([\s\S]*))?$/;

export function parseContentFile(
  path: string,
  collection: CollectionName,
  text: string,
): ContentFile {
  const id = basename(path, extname(path));
  try {
    if (COLLECTIONS[collection] === '.md') {
      const m = FRONTMATTER.exec(text);
      if (!m) {
        return {
          path,
          collection,
          id,
          data: undefined,
          parseError: 'no front matter between --- lines',
        };
      }
      const bodyLine = (m[1] ?? '').split('\n').length + 3;
      return { path, collection, id, data: yaml.load(m[1] ?? ''), body: m[2] ?? '', bodyLine };
    }
    return { path, collection, id, data: yaml.load(text) };
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { path, collection, id, data: undefined, parseError: `YAML does not parse: ${msg}` };
  }
}

/** The content files below `contentDir` (all collections, or `only` those), with paths relative to `root` for messages. */
export function readContent(
  contentDir: string,
  root = join(contentDir, '..'),
  only?: readonly CollectionName[],
): ContentFile[] {
  const files: ContentFile[] = [];
  for (const [collection, ext] of Object.entries(COLLECTIONS) as [CollectionName, string][]) {
    if (only && !only.includes(collection)) continue;
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const path = relative(root, full);
      if (extname(name) !== ext) {
        files.push({
          path,
          collection,
          id: name,
          data: undefined,
          parseError: `unexpected file: ${collection}/ takes only ${ext} files`,
        });
        continue;
      }
      files.push(parseContentFile(path, collection, readFileSync(full, 'utf8')));
    }
  }
  return files;
}

/** A SOURCE_ARCHIVE that cannot be read as the archive: its message is for the editor, whole. */
export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

/** Reads the archived source texts from the folder named by SOURCE_ARCHIVE, by file name. */
export function readArchive(dir: string): Map<string, string> {
  const stat = statSync(dir, { throwIfNoEntry: false });
  const fix = 'point SOURCE_ARCHIVE at the folder of archived source texts (NNN_<16 hex>.txt)';
  if (!stat) throw new ArchiveError(`SOURCE_ARCHIVE names "${dir}", which does not exist: ${fix}`);
  if (!stat.isDirectory()) {
    throw new ArchiveError(`SOURCE_ARCHIVE names "${dir}", which is not a folder: ${fix}`);
  }
  const map = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.txt')) map.set(name, readFileSync(join(dir, name), 'utf8'));
  }
  if (map.size === 0) {
    throw new ArchiveError(`SOURCE_ARCHIVE names "${dir}", which holds no .txt file: ${fix}`);
  }
  return map;
}

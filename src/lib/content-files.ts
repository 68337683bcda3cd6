/**
 * Reads the editorial data under `content/` as plain files, exactly as Astro's loaders will
 * (js-yaml, one file an entry, the file name as id), so that the whole corpus can be checked
 * before a page is built and so that tests can check corpora that are not the real one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import yaml from 'js-yaml';
import { MAX_FILE_BYTES, markdownLimits, yamlLimits } from './limits';
import { decodeContent, lineColumn, textFault } from './text-hygiene';

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
  /** Set when the file's text holds what content may not (checked before parsing). */
  faults?: Fault[];
}

/** A fault found in a file's text before it is parsed. */
export interface Fault {
  field: string;
  message: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n([\s\S]*))?$/;

/** A file refused before it is read as YAML: why, and the field nearest the fault. */
const refused = (
  base: Pick<ContentFile, 'path' | 'collection' | 'id'>,
  parseError: string,
): ContentFile => ({ ...base, data: undefined, parseError });

/** A content file's bytes, decoded strictly (see text-hygiene.ts), then parsed. */
export function parseContentBytes(
  path: string,
  collection: CollectionName,
  bytes: Uint8Array,
): ContentFile {
  const id = basename(path, extname(path));
  if (bytes.length > MAX_FILE_BYTES) {
    return refused(
      { path, collection, id },
      `is ${bytes.length} bytes; a content file takes at most ${MAX_FILE_BYTES}`,
    );
  }
  const decoded = decodeContent(bytes);
  if ('error' in decoded) return refused({ path, collection, id }, decoded.error);
  return parseContentFile(path, collection, decoded.text);
}

export function parseContentFile(
  path: string,
  collection: CollectionName,
  input: string,
): ContentFile {
  const id = basename(path, extname(path));
  // A byte-order mark before the front matter or the YAML is harmless: dropped.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const base = { path, collection, id };
  const md = COLLECTIONS[collection] === '.md';
  const m = md ? FRONTMATTER.exec(text) : undefined;
  if (md && !m) return refused(base, 'no front matter between --- lines');
  const yamlText = m ? (m[1] ?? '') : text;
  const bodyLine = yamlText.split('\n').length + 3;
  const faults = [
    ...rawFaults(yamlText, m ? 2 : 1, 'yaml'),
    ...(m ? rawFaults(m[2] ?? '', bodyLine, 'body') : []),
  ];
  if (faults.length > 0) return { ...base, data: undefined, faults };
  try {
    const data: unknown = yaml.load(yamlText);
    return m ? { ...base, data, body: m[2] ?? '', bodyLine } : { ...base, data };
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return refused(base, `YAML does not parse: ${msg}`);
  }
}

/**
 * What a file's YAML or Markdown text may not hold, found before it is parsed, each named by its
 * field (the YAML key on or above it; `body (line N)`) and position in the file: a character
 * that content may not hold, or nesting deeper than the limit (see limits.ts).
 */
function rawFaults(text: string, firstLine: number, kind: 'yaml' | 'body'): Fault[] {
  const out: Fault[] = [];
  const fault = textFault(text, { multiline: true, tab: true });
  if (fault) {
    const [line = 1, column = 1] = lineColumn(text, fault.index).split(':').map(Number);
    const fileLine = line + firstLine - 1;
    const field = kind === 'body' ? `body (line ${fileLine})` : keyAbove(text, fault.index);
    out.push({ field, message: `${fault.reason}, at line ${fileLine}, column ${column}` });
  }
  const deep = kind === 'body' ? markdownLimits(text) : yamlLimits(text);
  if (deep) {
    const fileLine = deep.line + firstLine - 1;
    const field = kind === 'body' ? `body (line ${fileLine})` : keyAbove(text, deep.index);
    out.push({ field, message: `${deep.message}, at line ${fileLine}` });
  }
  return out;
}

/** The YAML key on or above a position, to name the field a fault sits in. */
function keyAbove(text: string, index: number): string {
  const end = text.indexOf('\n', index);
  const lines = text
    .slice(0, end < 0 ? undefined : end)
    .split('\n')
    .reverse();
  for (const l of lines) {
    const m = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):(?:\s|$)/.exec(l);
    if (m) return m[1] ?? '(file)';
  }
  return '(file)';
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
      files.push(parseContentBytes(path, collection, readFileSync(full)));
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

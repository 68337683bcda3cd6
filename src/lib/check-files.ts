/**
 * The content check's first stage: each file alone parses, has a good name and matches its
 * schema. A file that fails is kept out of the corpus, but what other files may point to in it
 * (its slug, and a source's claim ids, read from the raw data) is remembered, so that the
 * references to it are counted once rather than reported one by one as "unknown".
 */
import type { z } from 'astro/zod';
import { ActorSchema } from '../schemas/actor';
import { ChangeSchema } from '../schemas/change';
import { DisagreementSchema } from '../schemas/disagreement';
import { EventSchema } from '../schemas/event';
import { SourceSchema } from '../schemas/source';
import { THEME_SLUGS, ThemeSchema } from '../schemas/theme';
import type { Corpus, Entry } from './check';
import type { CollectionName, ContentFile, Fault } from './content-files';
import { textFault } from './text-hygiene';

type Add = (file: string, field: string, message: string) => void;

const SCHEMAS = {
  sources: SourceSchema,
  themes: ThemeSchema,
  events: EventSchema,
  actors: ActorSchema,
  disagreements: DisagreementSchema,
  changes: ChangeSchema,
} satisfies Record<CollectionName, () => z.ZodType>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What the files that failed their own checks would have offered the others. */
export interface Invalid {
  /** `sources/<slug>` or `actors/<slug>` -> the invalid file's path. */
  slugs: Map<string, string>;
  /** A claim id read from an invalid source -> that source's path. */
  claims: Map<string, string>;
  /** Sources that do not parse at all: any claim may be theirs. */
  unreadable: string[];
}

const elementId = (v: unknown): string | undefined =>
  typeof v === 'object' && v !== null && 'id' in v && typeof v.id === 'string' ? v.id : undefined;

/**
 * `claims.2.locator.quote` -> `claims[2] (claim-id).locator.quote`: an array element that has an
 * id in `data` (a source's claim) is named by its id as well as its index.
 */
export function fieldName(path: readonly PropertyKey[], data?: unknown): string {
  let out = '';
  let at: unknown = data;
  for (const p of path) {
    at =
      typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[p] : undefined;
    if (typeof p !== 'number') out += (out ? '.' : '') + String(p);
    else {
      const id = elementId(at);
      out += id === undefined ? `[${p}]` : `[${p}] (${id})`;
    }
  }
  return out || '(root)';
}

/** `claims[2] (claim-id)`: how every message names a source's claim. */
export const claimField = (index: number, id: string) => `claims[${index}] (${id})`;

function remember(invalid: Invalid, f: ContentFile): void {
  if (f.collection === 'sources' || f.collection === 'actors') {
    invalid.slugs.set(`${f.collection}/${f.id}`, f.path);
  }
  if (f.collection !== 'sources') return;
  if (f.data === undefined) invalid.unreadable.push(f.path);
  const claims = (f.data as { claims?: unknown } | null)?.claims;
  if (!Array.isArray(claims)) return;
  for (const c of claims) {
    const id = elementId(c);
    if (id !== undefined && !invalid.claims.has(id)) invalid.claims.set(id, f.path);
  }
}

/** Why a file is refused before its schema is even tried, if it is. */
function fileProblem(f: ContentFile): [string, string] | undefined {
  if (f.parseError) return ['(file)', f.parseError];
  if (!SLUG.test(f.id)) {
    return ['(file name)', 'must be a lower-case, hyphenated slug: it becomes a URL'];
  }
  if (f.collection === 'themes' && !(THEME_SLUGS as readonly string[]).includes(f.id)) {
    return ['(file name)', `a theme must be one of ${THEME_SLUGS.join(', ')}`];
  }
  return undefined;
}

/**
 * Strings in a file's data that hold what no field may: control and direction characters, line
 * breaks (every front-matter and YAML field is one line), even when YAML escapes wrote them
 * ("\u202E"), which the raw text scan cannot see. Keys are checked as well as values.
 */
export function dataFaults(data: unknown): Fault[] {
  const out: Fault[] = [];
  // YAML aliases share one object: each is walked once, or a "billion laughs" file of nested
  // aliases would be walked billions of times.
  const seen = new Set<object>();
  const walk = (v: unknown, path: PropertyKey[]) => {
    if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) return;
      seen.add(v);
    }
    if (typeof v === 'string') {
      // A block scalar ("|", ">") ends in a line break: trailing white space is not a fault.
      const fault = textFault(v.trimEnd());
      if (fault) {
        const at = `character ${[...v.slice(0, fault.index)].length + 1} of the value`;
        out.push({ field: fieldName(path, data), message: `${fault.reason}, at ${at}` });
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (textFault(k))
          out.push({
            field: fieldName(path, data),
            message: `key ${JSON.stringify(k)} holds ${textFault(k)?.reason ?? ''}`,
          });
        walk(x, [...path, k]);
      }
    }
  };
  walk(data, []);
  return out;
}

/** Reads every file into the corpus, reporting what fails and remembering it in `invalid`. */
export function readEntries(files: readonly ContentFile[], corpus: Corpus, add: Add): Invalid {
  const invalid: Invalid = { slugs: new Map(), claims: new Map(), unreadable: [] };
  const schemas = new Map<CollectionName, z.ZodType>();
  for (const f of files) {
    const refused = fileProblem(f);
    const faults = refused ? [] : [...(f.faults ?? []), ...dataFaults(f.data)];
    if (refused || faults.length > 0) {
      if (refused) add(f.path, ...refused);
      for (const fault of faults) add(f.path, fault.field, fault.message);
      remember(invalid, f);
      continue;
    }
    let schema = schemas.get(f.collection);
    if (!schema) schemas.set(f.collection, (schema = SCHEMAS[f.collection]()));
    const parsed = schema.safeParse(f.data ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
        for (const key of keys) {
          const path = key === undefined ? issue.path : [...issue.path, key];
          const message =
            key === undefined ? issue.message : 'unknown key: the schema does not have it';
          add(f.path, fieldName(path, f.data), message);
        }
      }
      remember(invalid, f);
      continue;
    }
    const entry: Entry<unknown> = {
      id: f.id,
      path: f.path,
      body: f.body ?? '',
      bodyLine: f.bodyLine ?? 1,
      data: parsed.data,
    };
    (corpus[f.collection] as Entry<unknown>[]).push(entry);
  }
  for (const slug of THEME_SLUGS) {
    if (!files.some((f) => f.collection === 'themes' && f.id === slug)) {
      add(`content/themes/${slug}.md`, '(file)', 'missing: every theme needs its file');
    }
  }
  return invalid;
}

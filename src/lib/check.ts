/**
 * The editor's safety net: checks a whole corpus of content files against the schemas, every
 * cross-reference, the house rules for bodies, and (given the archive) the provenance of every
 * quotation, then the editorial lints (src/lib/lints/). Each problem names the file, the field
 * (a claim by its index and id) and the reason, once. Pure: files in, problems out.
 */
import type { Actor } from '../schemas/actor';
import type { Change } from '../schemas/change';
import type { Disagreement } from '../schemas/disagreement';
import type { Event } from '../schemas/event';
import type { Source } from '../schemas/source';
import type { Theme } from '../schemas/theme';
import { checkChanges, todayAnywhere } from './check-changes';
import { checkDates } from './check-dates';
import { readEntries } from './check-files';
import { checkProvenance, type Provenance } from './check-provenance';
import { checkReferences, resolver, type Resolver } from './check-refs';
import type { ContentFile } from './content-files';
import { runLints } from './lints';
import { analyseBody } from './markdown';
import { printable } from './text-hygiene';

type Add = (file: string, field: string, message: string) => void;

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export interface Entry<T> {
  id: string;
  path: string;
  data: T;
  body: string;
  /** The file's line number of the body's first line. */
  bodyLine: number;
}

export interface Corpus {
  sources: Entry<Source>[];
  themes: Entry<Theme>[];
  events: Entry<Event>[];
  actors: Entry<Actor>[];
  disagreements: Entry<Disagreement>[];
  changes: Entry<Change>[];
}

export interface CheckResult {
  problems: Problem[];
  corpus: Corpus;
  /** What was checked against the archive, counted. */
  provenance: Provenance;
}

/** Body length rules, in words of prose. */
export const SUMMARY_WORDS = { min: 300, max: 700 } as const;
export const SYNTHESIS_WORDS = { min: 120, max: 900 } as const;

/** A corpus with no entries, to fill collection by collection. */
export function emptyCorpus(): Corpus {
  return { sources: [], themes: [], events: [], actors: [], disagreements: [], changes: [] };
}

export function checkCorpus(
  files: readonly ContentFile[],
  options: {
    archive?: ReadonlyMap<string, string> | undefined;
    /** Run the editorial lints (src/lib/lints/) on a corpus that is otherwise sound; default on. */
    lints?: boolean;
    /** The build's today, as an ISO day (tests fix it); by default, today anywhere on Earth. */
    today?: string | undefined;
    /** Whether an in-site path ("/images/map.png") is a file the site serves; unchecked if absent. */
    siteFile?: ((path: string) => boolean) | undefined;
  } = {},
): CheckResult {
  const problems: Problem[] = [];
  const corpus = emptyCorpus();
  const add: Add = (file, field, message) => problems.push({ file, field, message });

  // 1. Each file alone: parses, has a good name, matches its schema.
  const invalid = readEntries(files, corpus, add);
  // 2. Identities and cross-references; changes name pages of the site.
  const refs = resolver(corpus, invalid, add);
  checkReferences(corpus, refs, add);
  const today = options.today ?? todayAnywhere();
  checkChanges(corpus.changes, refs.page, today, add);
  checkDates(corpus, today, add);
  // 3. Bodies: no raw HTML, notes resolve, length within the rule.
  checkBodies(corpus, refs, add, options.siteFile);
  refs.flush();
  // 4. Provenance, when the archive is at hand.
  const provenance = checkProvenance(corpus, options.archive, add);
  // 5. The editorial lints, one module a rule, once nothing more basic is wrong.
  if (problems.length === 0 && options.lints !== false) {
    problems.push(...runLints(corpus, options.archive));
  }
  return { problems, corpus, provenance };
}

function checkBodies(
  corpus: Corpus,
  refs: Resolver,
  add: Add,
  siteFile?: (path: string) => boolean,
): void {
  const bodies: (readonly [Entry<unknown>, { min: number; max: number }])[] = [
    ...corpus.sources.map((e) => [e, SUMMARY_WORDS] as const),
    ...corpus.themes.map((e) => [e, SYNTHESIS_WORDS] as const),
  ];
  for (const [e, limits] of bodies) {
    const a = analyseBody(e.body);
    for (const p of a.problems) {
      add(e.path, p.line ? `body (line ${p.line + e.bodyLine - 1})` : 'body', p.message);
    }
    for (const id of a.refs) refs.claim(e.path, 'body', id);
    for (const img of a.images) {
      if (siteFile && !siteFile(img.path)) {
        const field = img.line ? `body (line ${img.line + e.bodyLine - 1})` : 'body';
        add(e.path, field, `image ${JSON.stringify(img.path)} is not a file of the site (public/)`);
      }
    }
    if (a.words > 0 && (a.words < limits.min || a.words > limits.max)) {
      add(e.path, 'body', `is ${a.words} words; the rule is ${limits.min} to ${limits.max}`);
    }
    if (a.words > 0 && a.refs.length === 0) {
      add(e.path, 'body', 'points to no claim: every statement needs a source note [^claim-id]');
    }
  }
}

/** One line a problem, ready for a terminal: `file: field: reason`. */
export function formatProblems(problems: readonly Problem[]): string {
  // Control and direction characters shown escaped: a message can neither drive the terminal
  // nor reorder itself.
  return problems.map((p) => printable(`${p.file}: ${p.field}: ${p.message}`)).join('\n');
}

/**
 * The editor's safety net: checks a whole corpus of content files against the schemas, every
 * cross-reference, the house rules for bodies, and (given the archive) the provenance of every
 * quotation, then the editorial lints (src/lib/lints/). Each problem names the file, the field and the reason. Pure: files in, problems out.
 */
import type { z } from 'astro/zod';
import { ActorSchema, type Actor } from '../schemas/actor';
import { ChangeSchema, type Change } from '../schemas/change';
import type { Claim } from '../schemas/claim';
import { DisagreementSchema, type Disagreement } from '../schemas/disagreement';
import { EventSchema, type Event } from '../schemas/event';
import { SourceSchema, type Source } from '../schemas/source';
import { THEME_SLUGS, ThemeSchema, type Theme } from '../schemas/theme';
import { checkChanges, sitePaths, todayAnywhere } from './check-changes';
import type { CollectionName, ContentFile } from './content-files';
import { runLints } from './lints';
import { analyseBody } from './markdown';
import { checkQuote, normalise, paragraphs } from './provenance';

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
  /** Whether quotations were checked against the archive. */
  provenance: { verified: boolean; quotations: number; mentions: number };
}

const SCHEMAS = {
  sources: SourceSchema,
  themes: ThemeSchema,
  events: EventSchema,
  actors: ActorSchema,
  disagreements: DisagreementSchema,
  changes: ChangeSchema,
} satisfies Record<CollectionName, () => z.ZodType>;

/** Body length rules, in words of prose. */
export const SUMMARY_WORDS = { min: 300, max: 700 } as const;
export const SYNTHESIS_WORDS = { min: 120, max: 900 } as const;

/** `claims.2.locator.quote` -> `claims[2].locator.quote` */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += (out ? '.' : '') + String(p);
  }
  return out || '(root)';
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkCorpus(
  files: readonly ContentFile[],
  options: {
    archive?: ReadonlyMap<string, string> | undefined;
    /** Run the editorial lints (src/lib/lints/) on a corpus that is otherwise sound; default on. */
    lints?: boolean;
    /** The build's today, as an ISO day (tests fix it); by default, today anywhere on Earth. */
    today?: string | undefined;
  } = {},
): CheckResult {
  const problems: Problem[] = [];
  const corpus: Corpus = {
    sources: [],
    themes: [],
    events: [],
    actors: [],
    disagreements: [],
    changes: [],
  };
  const add = (file: string, field: string, message: string) =>
    problems.push({ file, field, message });

  // 1. Each file alone: parses, has a good name, matches its schema (built once a collection).
  const schemas = new Map<CollectionName, z.ZodType>();
  for (const f of files) {
    if (f.parseError) {
      add(f.path, '(file)', f.parseError);
      continue;
    }
    if (!SLUG.test(f.id)) {
      add(f.path, '(file name)', 'must be a lower-case, hyphenated slug: it becomes a URL');
      continue;
    }
    if (f.collection === 'themes' && !(THEME_SLUGS as readonly string[]).includes(f.id)) {
      add(f.path, '(file name)', `a theme must be one of ${THEME_SLUGS.join(', ')}`);
      continue;
    }
    let schema = schemas.get(f.collection);
    if (!schema) schemas.set(f.collection, (schema = SCHEMAS[f.collection]()));
    const parsed = schema.safeParse(f.data ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            add(
              f.path,
              fieldName([...issue.path, key]),
              'unknown key: the schema does not have it',
            );
          }
        } else {
          add(f.path, fieldName(issue.path), issue.message);
        }
      }
      continue;
    }
    const entry = {
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

  // 2. Identities: claim ids are unique across all sources.
  const claims = new Map<string, { claim: Claim; source: Entry<Source>; field: string }>();
  for (const s of corpus.sources) {
    s.data.claims.forEach((claim, i) => {
      const field = `claims[${i}].id`;
      const prior = claims.get(claim.id);
      if (prior) {
        add(
          s.path,
          field,
          `duplicate claim id "${claim.id}" (also ${prior.source.path} ${prior.field})`,
        );
      } else claims.set(claim.id, { claim, source: s, field });
    });
  }

  // 3. Cross-references resolve.
  const actorIds = new Set(corpus.actors.map((a) => a.id));
  const sourceIds = new Set(corpus.sources.map((s) => s.id));
  const needActor = (file: string, field: string, id: string | undefined) => {
    if (id !== undefined && !actorIds.has(id))
      add(file, field, `unknown actor "${id}" (no content/actors/${id}.yaml)`);
  };
  const needClaim = (file: string, field: string, id: string) => {
    if (!claims.has(id)) add(file, field, `unknown claim "${id}"`);
  };
  const needClaims = (file: string, field: string, ids: readonly string[]) =>
    ids.forEach((id, i) => needClaim(file, `${field}[${i}]`, id));

  for (const s of corpus.sources) {
    s.data.claims.forEach((c, i) => {
      needActor(s.path, `claims[${i}].byActor`, c.byActor);
      c.actors.forEach((a, j) => needActor(s.path, `claims[${i}].actors[${j}]`, a));
    });
    s.data.keyPoints.forEach((k, i) => needClaims(s.path, `keyPoints[${i}].claims`, k.claims));
  }
  for (const t of corpus.themes) {
    t.data.keyPoints.forEach((k, i) => needClaims(t.path, `keyPoints[${i}].claims`, k.claims));
  }
  for (const e of corpus.events) {
    e.data.actors.forEach((a, i) => needActor(e.path, `actors[${i}]`, a));
    needClaims(e.path, 'claims', e.data.claims);
    e.data.figures.forEach((fig, i) => {
      needClaim(e.path, `figures[${i}].claim`, fig.claim);
      if (claims.has(fig.claim) && !e.data.claims.includes(fig.claim)) {
        add(
          e.path,
          `figures[${i}].claim`,
          `"${fig.claim}" must also be listed in the event's claims`,
        );
      }
    });
  }
  for (const a of corpus.actors) {
    a.data.mentions.forEach((m, i) => {
      if (!sourceIds.has(m.source))
        add(a.path, `mentions[${i}].source`, `unknown source "${m.source}"`);
    });
  }
  for (const d of corpus.disagreements) {
    d.data.positions.forEach((p, i) => {
      needActor(d.path, `positions[${i}].actor`, p.actor);
      needClaims(d.path, `positions[${i}].claims`, p.claims);
    });
    const sets = d.data.positions.map((p) => [...p.claims].sort().join(' '));
    if (new Set(sets).size < sets.length) {
      add(
        d.path,
        'positions',
        'two positions rest on the same claims: a disagreement needs distinct evidence',
      );
    }
  }

  checkChanges(corpus.changes, sitePaths(corpus), options.today ?? todayAnywhere(), add);

  // 4. Bodies: no raw HTML, notes resolve, length within the rule.
  const bodies: [Entry<unknown>, { min: number; max: number }][] = [
    ...corpus.sources.map(
      (s) => [s, SUMMARY_WORDS] as [Entry<unknown>, { min: number; max: number }],
    ),
    ...corpus.themes.map(
      (t) => [t, SYNTHESIS_WORDS] as [Entry<unknown>, { min: number; max: number }],
    ),
  ];
  for (const [e, limits] of bodies) {
    const a = analyseBody(e.body);
    for (const p of a.problems) {
      add(e.path, p.line ? `body (line ${p.line + e.bodyLine - 1})` : 'body', p.message);
    }
    for (const id of a.refs) needClaim(e.path, 'body', id);
    if (a.words > 0 && (a.words < limits.min || a.words > limits.max)) {
      add(e.path, 'body', `is ${a.words} words; the rule is ${limits.min} to ${limits.max}`);
    }
    if (a.words > 0 && a.refs.length === 0) {
      add(e.path, 'body', 'points to no claim: every statement needs a source note [^claim-id]');
    }
  }

  // 5. Provenance, when the archive is at hand.
  let quotations = 0;
  let mentions = 0;
  const archive = options.archive;
  if (archive) {
    for (const s of corpus.sources) {
      const text = archive.get(s.data.archive);
      if (text === undefined) {
        add(s.path, 'archive', `"${s.data.archive}" is not in the source archive`);
        continue;
      }
      s.data.claims.forEach((c, i) => {
        quotations++;
        const r = checkQuote(text, c.locator);
        if (!r.ok) add(s.path, `claims[${i}].locator.quote`, r.reason ?? 'quotation not found');
      });
    }
    const byId = new Map(corpus.sources.map((s) => [s.id, s]));
    for (const a of corpus.actors) {
      const names = [a.data.name, ...a.data.aliases].map((n) => normalise(n).toLowerCase());
      a.data.mentions.forEach((m, i) => {
        const src = byId.get(m.source);
        const text = src && archive.get(src.data.archive);
        if (text === undefined) return;
        mentions++;
        const para = paragraphs(text)[m.paragraph - 1];
        const hay = para === undefined ? '' : normalise(para).toLowerCase();
        if (!names.some((n) => containsTerm(hay, n))) {
          add(
            a.path,
            `mentions[${i}]`,
            `neither the name nor an alias appears in paragraph ${m.paragraph} of ${m.source}`,
          );
        }
      });
    }
  }

  // 6. The editorial lints, one module a rule, once nothing more basic is wrong.
  if (problems.length === 0 && options.lints !== false) problems.push(...runLints(corpus, archive));

  return { problems, corpus, provenance: { verified: Boolean(archive), quotations, mentions } };
}

/** Whether `term` stands in `text` as whole words ("FO" in "FO statement", not in "before"). */
export function containsTerm(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** One line a problem, ready for a terminal: `file: field: reason`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

/**
 * The content check's cross-references: claim ids are unique, and every claim, actor, source and
 * page a file names exists. A reference into a file that failed its own checks is not reported
 * as unknown: that file gets one line saying how many references to it wait on it.
 */
import type { Claim } from '../schemas/claim';
import type { Source } from '../schemas/source';
import type { Corpus, Entry } from './check';
import { sitePaths } from './check-changes';
import { claimField, type Invalid } from './check-files';

type Add = (file: string, field: string, message: string) => void;

export interface ClaimRecord {
  claim: Claim;
  source: Entry<Source>;
  field: string;
}

export interface Resolver {
  claims: ReadonlyMap<string, ClaimRecord>;
  claim(file: string, field: string, id: string): void;
  claimList(file: string, field: string, ids: readonly string[]): void;
  actor(file: string, field: string, id: string | undefined): void;
  source(file: string, field: string, id: string): void;
  /** Whether a site path is a page (or would be, once its invalid file is fixed). */
  page(path: string): boolean;
  /** One line for each invalid file that others point to. */
  flush(): void;
}

/** Claim ids are unique across all sources: the index of the valid ones, duplicates reported. */
function indexClaims(corpus: Corpus, add: Add): Map<string, ClaimRecord> {
  const claims = new Map<string, ClaimRecord>();
  for (const s of corpus.sources) {
    s.data.claims.forEach((claim, i) => {
      const field = `${claimField(i, claim.id)}.id`;
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
  return claims;
}

export function resolver(corpus: Corpus, invalid: Invalid, add: Add): Resolver {
  const claims = indexClaims(corpus, add);
  const actors = new Set(corpus.actors.map((a) => a.id));
  const sources = new Set(corpus.sources.map((s) => s.id));
  const pages = sitePaths(corpus);
  const waiting = new Map<string, number>();
  const wait = (owner: string | undefined) => {
    if (owner !== undefined) waiting.set(owner, (waiting.get(owner) ?? 0) + 1);
    return owner !== undefined;
  };
  const claim = (file: string, field: string, id: string) => {
    if (claims.has(id) || wait(invalid.claims.get(id) ?? invalid.unreadable[0])) return;
    add(file, field, `unknown claim "${id}"`);
  };
  return {
    claims,
    claim,
    claimList: (file, field, ids) => ids.forEach((id, i) => claim(file, `${field}[${i}]`, id)),
    actor(file, field, id) {
      if (id === undefined || actors.has(id) || wait(invalid.slugs.get(`actors/${id}`))) return;
      add(file, field, `unknown actor "${id}" (no content/actors/${id}.yaml)`);
    },
    source(file, field, id) {
      if (sources.has(id) || wait(invalid.slugs.get(`sources/${id}`))) return;
      add(file, field, `unknown source "${id}"`);
    },
    page(path) {
      if (pages.has(path)) return true;
      const [, kind, slug] = /^\/(sources|actors)\/([^/]+)\/$/.exec(path) ?? [];
      return kind !== undefined && wait(invalid.slugs.get(`${kind}/${slug}`));
    },
    flush() {
      for (const [owner, n] of waiting) {
        add(
          owner,
          '(references)',
          `${n} reference${n === 1 ? '' : 's'} from other files into this one ${n === 1 ? 'is' : 'are'} not checked until this file is valid`,
        );
      }
    },
  };
}

/** Every reference in the YAML and front matter resolves (bodies are checked with their notes). */
export function checkReferences(corpus: Corpus, r: Resolver, add: Add): void {
  for (const s of corpus.sources) {
    s.data.claims.forEach((c, i) => {
      r.actor(s.path, `${claimField(i, c.id)}.byActor`, c.byActor);
      c.actors.forEach((a, j) => r.actor(s.path, `${claimField(i, c.id)}.actors[${j}]`, a));
    });
    s.data.keyPoints.forEach((k, i) => r.claimList(s.path, `keyPoints[${i}].claims`, k.claims));
  }
  for (const t of corpus.themes) {
    t.data.keyPoints.forEach((k, i) => r.claimList(t.path, `keyPoints[${i}].claims`, k.claims));
  }
  for (const e of corpus.events) {
    e.data.actors.forEach((a, i) => r.actor(e.path, `actors[${i}]`, a));
    r.claimList(e.path, 'claims', e.data.claims);
    e.data.figures.forEach((fig, i) => {
      r.claim(e.path, `figures[${i}].claim`, fig.claim);
      if (r.claims.has(fig.claim) && !e.data.claims.includes(fig.claim)) {
        add(
          e.path,
          `figures[${i}].claim`,
          `"${fig.claim}" must also be listed in the event's claims`,
        );
      }
    });
  }
  for (const a of corpus.actors) {
    a.data.mentions.forEach((m, i) => r.source(a.path, `mentions[${i}].source`, m.source));
  }
  for (const d of corpus.disagreements) {
    d.data.positions.forEach((p, i) => {
      r.actor(d.path, `positions[${i}].actor`, p.actor);
      r.claimList(d.path, `positions[${i}].claims`, p.claims);
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
}

/**
 * A synthetic corpus for the benchmark: N sources with claims, events, actors and disagreements
 * in the proportions of the real content (23 claims, 5 events, 10 actors and 2 disagreements a
 * source), valid against every rule of the content check, generated from a seed so that the
 * same N always gives the same files. Written to a folder of its own, never into content/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RATIOS = { claims: 23, events: 5, actors: 10, disagreements: 2 } as const;
const THEMES = ['ttp', 'afghan-taliban', 'talks', 'cross-border-strikes'] as const;
const WORDS =
  'pakistan border talks militants strikes province officials report analysts government ceasefire sanctuary kabul islamabad attack statement editorial security cooperation region policy pressure recognition dialogue network violence prisoners release negotiations village district commander army forces withdrawal'.split(
    ' ',
  );
const KINDS = ['reported', 'allegation', 'assessment', 'recommendation'] as const;

/** mulberry32: a small seeded generator, enough for reproducible filler. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusSize {
  sources: number;
  claims: number;
  events: number;
  actors: number;
  disagreements: number;
}

export function writeSyntheticCorpus(dir: string, sources: number, seed = 7): CorpusSize {
  const r = rng(seed + sources);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n: number) => {
    const w = words(n);
    return w.charAt(0).toUpperCase() + w.slice(1) + '.';
  };
  const pad = (n: number, w = 5) => String(n).padStart(w, '0');
  const q = (s: string) => JSON.stringify(s);
  rmSync(dir, { recursive: true, force: true });
  for (const c of ['sources', 'themes', 'events', 'actors', 'disagreements', 'changes']) {
    mkdirSync(join(dir, c), { recursive: true });
  }
  const nActors = sources * RATIOS.actors;
  const actorId = (i: number) => `actor-${pad(i, 6)}`;
  const claimId = (s: number, c: number) => `s${pad(s)}-c${pad(c, 2)}`;
  const sourceId = (s: number) => `source-${pad(s)}`;
  const sourceThemes = new Map<number, string[]>();

  for (let s = 1; s <= sources; s++) {
    const themes = THEMES.filter(() => r() < 0.6);
    if (themes.length === 0) themes.push(pick(THEMES));
    sourceThemes.set(s, themes);
    const year = 2021 + Math.floor(r() * 4);
    const month = 1 + Math.floor(r() * 12);
    const claims = Array.from({ length: RATIOS.claims }, (_, i) => {
      const id = claimId(s, i + 1);
      const theme = pick(themes);
      // Every statement names its speaker, as the content rules require.
      const speaker = 1 + Math.floor(r() * nActors);
      return [
        `  - id: ${id}`,
        `    statement: ${q(`Actor ${speaker} says ${sentence(12).toLowerCase()}`)}`,
        `    kind: ${pick(KINDS)}`,
        `    by: the ${pick(WORDS)} ${pick(WORDS)}`,
        `    byActor: ${actorId(speaker)}`,
        `    actors: [${actorId(1 + Math.floor(r() * nActors))}]`,
        `    themes: [${theme}]`,
        `    locator:`,
        `      paragraph: ${1 + Math.floor(r() * 12)}`,
        `      quote: ${q(words(12))}`,
      ].join('\n');
    });
    const notes = Array.from(
      { length: 8 },
      (_, i) => `${sentence(40)}[^${claimId(s, 1 + ((i * 3) % RATIOS.claims))}]`,
    );
    const body = notes.join('\n\n');
    const kp = [1, 2, 3]
      .map((i) => `  - text: ${q(sentence(12))}\n    claims: [${claimId(s, i)}]`)
      .join('\n');
    writeFileSync(
      join(dir, 'sources', `${sourceId(s)}.md`),
      `---\nheadline: ${q(sentence(8))}\nshortTitle: Source ${s}\noutlet: Outlet ${1 + (s % 40)}\nauthor: unsigned\ngenre: news report\npublished:\n  date: '${year}-${pad(month, 2)}'\n  basis: stated\nurl: https://example.org/articles/${s}\narchive: ${pad(s % 1000, 3)}_${'0123456789abcdef'}.txt\nthemes: [${themes.join(', ')}]\nstandfirst: ${q(sentence(16))}\nkeyPoints:\n${kp}\nclaims:\n${claims.join('\n')}\n---\n\n${body}\n`,
    );
  }

  THEMES.forEach((t, i) => {
    const s = [...sourceThemes].find(([, ts]) => ts.includes(t))?.[0] ?? 1;
    const own = (c: number) => claimId(s, c);
    const kp = [1, 2, 3]
      .map((c) => `  - text: ${q(sentence(12))}\n    claims: [${own(c)}]`)
      .join('\n');
    const body = [1, 2, 3, 4].map((c) => `${sentence(40)}[^${own(c)}]`).join('\n\n');
    writeFileSync(
      join(dir, 'themes', `${t}.md`),
      `---\ntitle: Theme ${t}\nstandfirst: ${q(sentence(16))}\norder: ${i + 1}\nkeyPoints:\n${kp}\n---\n\n${body}\n`,
    );
  });

  for (let a = 1; a <= nActors; a++) {
    const s = 1 + ((a - 1) % sources);
    writeFileSync(
      join(dir, 'actors', `${actorId(a)}.yaml`),
      `name: Actor ${a}\nkind: person\ndescription: ${q(sentence(14))}\nthemes: [${(sourceThemes.get(s) ?? ['ttp']).join(', ')}]\nmentions:\n  - { source: ${sourceId(s)}, paragraph: ${1 + (a % 10)} }\n`,
    );
  }

  const nEvents = sources * RATIOS.events;
  for (let e = 1; e <= nEvents; e++) {
    const s = 1 + Math.floor(r() * sources);
    const c = claimId(s, 1 + Math.floor(r() * RATIOS.claims));
    const year = 2000 + Math.floor(r() * 25);
    const precision = r();
    const month = 1 + Math.floor(r() * 12);
    const start =
      precision < 0.5
        ? `${year}-${pad(month, 2)}-${pad(1 + Math.floor(r() * 28), 2)}`
        : precision < 0.85
          ? `${year}-${pad(month, 2)}`
          : `${year}`;
    const inferred = r() < 0.5;
    writeFileSync(
      join(dir, 'events', `event-${pad(e, 6)}.yaml`),
      `title: ${q(sentence(6))}\nsummary: ${q(sentence(18))}\ndate:\n  start: '${start}'\n  basis: ${inferred ? 'inferred' : 'stated'}\n${inferred ? `  note: ${q(sentence(10))}\n` : ''}themes: [${(sourceThemes.get(s) ?? ['ttp']).join(', ')}]\nactors: [${actorId(1 + Math.floor(r() * nActors))}]\nclaims: [${c}]\n`,
    );
  }

  const nDisagreements = sources * RATIOS.disagreements;
  for (let d = 1; d <= nDisagreements; d++) {
    const s = 1 + Math.floor(r() * sources);
    const t = sourceThemes.get(s) ?? ['ttp'];
    writeFileSync(
      join(dir, 'disagreements', `question-${pad(d, 6)}.yaml`),
      `topic: ${q(sentence(6).replace(/\.$/, '?'))}\ncontext: ${q(sentence(14))}\nthemes: [${t.join(', ')}]\npositions:\n  - holder: One side\n    position: ${q(sentence(10))}\n    claims: [${claimId(s, 4)}]\n  - holder: The other side\n    position: ${q(sentence(10))}\n    claims: [${claimId(s, 5)}]\n`,
    );
  }
  writeFileSync(
    join(dir, 'changes', '2026-11-22-synthetic.yaml'),
    `date: '2026-11-22'\nkind: new\ntitle: Synthetic corpus\nsummary: A corpus generated for the benchmark, not for reading.\npages: ['/']\n`,
  );
  return {
    sources,
    claims: sources * RATIOS.claims,
    events: nEvents,
    actors: nActors,
    disagreements: nDisagreements,
  };
}

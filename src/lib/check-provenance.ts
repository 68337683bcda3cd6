/**
 * The content check's provenance stage, when the archive is at hand: every claim's quotation
 * stands in the passage its locator names, and every actor mention names the actor in its
 * paragraph. The counts are honest: how many there are, how many were checked, how many passed.
 */
import type { Corpus } from './check';
import { claimField } from './check-files';
import { checkQuote, normalise, paragraphs } from './provenance';

type Add = (file: string, field: string, message: string) => void;

export interface Tally {
  /** How many there are in the corpus. */
  total: number;
  /** How many could be checked (their archived text is at hand). */
  checked: number;
  /** How many of those checked passed. */
  passed: number;
}

export interface Provenance {
  /** Whether an archive was given: without one, nothing below was checked. */
  checked: boolean;
  quotations: Tally;
  mentions: Tally;
}

const tally = (): Tally => ({ total: 0, checked: 0, passed: 0 });

/** Whether `term` stands in `text` as whole words ("FO" in "FO statement", not in "before"). */
export function containsTerm(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

function checkQuotations(corpus: Corpus, archive: ReadonlyMap<string, string>, add: Add): Tally {
  const t = tally();
  for (const s of corpus.sources) {
    t.total += s.data.claims.length;
    const text = archive.get(s.data.archive);
    if (text === undefined) {
      add(s.path, 'archive', `"${s.data.archive}" is not in the source archive`);
      continue;
    }
    s.data.claims.forEach((c, i) => {
      t.checked++;
      const r = checkQuote(text, c.locator);
      if (r.ok) t.passed++;
      else add(s.path, `${claimField(i, c.id)}.locator.quote`, r.reason ?? 'quotation not found');
    });
  }
  return t;
}

function checkMentions(corpus: Corpus, archive: ReadonlyMap<string, string>, add: Add): Tally {
  const t = tally();
  const byId = new Map(corpus.sources.map((s) => [s.id, s]));
  for (const a of corpus.actors) {
    const names = [a.data.name, ...a.data.aliases].map((n) => normalise(n).toLowerCase());
    a.data.mentions.forEach((m, i) => {
      t.total++;
      const src = byId.get(m.source);
      const text = src && archive.get(src.data.archive);
      if (text === undefined) return;
      t.checked++;
      const para = paragraphs(text)[m.paragraph - 1];
      const hay = para === undefined ? '' : normalise(para).toLowerCase();
      if (names.some((n) => containsTerm(hay, n))) t.passed++;
      else {
        add(
          a.path,
          `mentions[${i}]`,
          `neither the name nor an alias appears in paragraph ${m.paragraph} of ${m.source}`,
        );
      }
    });
  }
  return t;
}

/** Checks what the archive can show; without it, counts what was left unchecked. */
export function checkProvenance(
  corpus: Corpus,
  archive: ReadonlyMap<string, string> | undefined,
  add: Add,
): Provenance {
  if (!archive) {
    const quotations = corpus.sources.reduce((n, s) => n + s.data.claims.length, 0);
    const mentions = corpus.actors.reduce((n, a) => n + a.data.mentions.length, 0);
    return {
      checked: false,
      quotations: { ...tally(), total: quotations },
      mentions: { ...tally(), total: mentions },
    };
  }
  return {
    checked: true,
    quotations: checkQuotations(corpus, archive, add),
    mentions: checkMentions(corpus, archive, add),
  };
}

function counted(t: Tally, what: string): string {
  const out = [`${t.passed} of ${t.total} ${what}`];
  if (t.checked > t.passed) out.push(`${t.checked - t.passed} failed`);
  if (t.total > t.checked) out.push(`${t.total - t.checked} not checked`);
  return out.length > 1 ? `${out[0]} (${out.slice(1).join('; ')})` : (out[0] ?? '');
}

/** The line a report ends with: what was verified against which archive, or loudly nothing. */
export function provenanceLine(p: Provenance, archiveDir: string | undefined): string {
  if (!p.checked || archiveDir === undefined) {
    return (
      `provenance: NOT CHECKED. SOURCE_ARCHIVE is not set, so the ${p.quotations.total} quotations ` +
      'were NOT checked against the archived articles (a wrong quotation passes), nor the ' +
      'actor mentions, nor the own-words and outside-knowledge lints. Set SOURCE_ARCHIVE to ' +
      'the folder of archived source texts (README, "The source archive").'
    );
  }
  const all = p.quotations.passed === p.quotations.total && p.mentions.passed === p.mentions.total;
  return (
    `provenance: ${all ? 'verified' : 'NOT fully verified'}: ${counted(p.quotations, 'quotations')} ` +
    `and ${counted(p.mentions, 'actor mentions')} stand in the archive at ${archiveDir}`
  );
}

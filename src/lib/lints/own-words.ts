/**
 * own-words: no run of 12 or more consecutive words shared with an archived article outside a
 * marked quotation ("...", curly quotes, 'single quotes' around words, a Markdown blockquote),
 * in any prose field or body sentence. Case, punctuation, curly quotes, apostrophes and dashes
 * are folded first. Claims' locator quotes and source headlines are quotations and are not read.
 * Without the archive it checks nothing, as provenance does.
 */
import type { Problem } from '../check';
import { LEAK_RUN, normalise } from '../provenance';
import { bodyPassages } from './body';
import { fieldPassages } from './prose';
import type { Archive, LintRule } from './rule';

/** The shortest shared run that counts as copying. */
export const OWN_WORDS_RUN = LEAK_RUN;

/** Lower-case words, punctuation and dashes as separators, apostrophes kept inside words. */
export function foldWords(text: string): string[] {
  return normalise(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .split(' ')
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

export const QUOTATION = /"[^"]*"|“[^”]*”|‘[^’]*’|(?<![\p{L}\p{N}])'[^']*'(?![\p{L}\p{N}])/gu;

/** The stretches of a text outside quotation marks: a run never joins across a quotation. */
export function unquoted(text: string): string[] {
  return text.split(QUOTATION);
}

/** Every run of OWN_WORDS_RUN words of the archived articles, with the article it is in. */
export function archiveRuns(archive: Archive): Map<string, string> {
  const runs = new Map<string, string>();
  for (const [name, text] of archive) {
    const w = foldWords(text);
    for (let i = 0; i + OWN_WORDS_RUN <= w.length; i++) {
      runs.set(w.slice(i, i + OWN_WORDS_RUN).join(' '), name);
    }
  }
  return runs;
}

/** The longest stretch of `text` (outside quotations) that the archive also has, if any. */
export function sharedRun(
  text: string,
  runs: ReadonlyMap<string, string>,
): { run: string; archive: string } | undefined {
  for (const part of unquoted(text)) {
    const w = foldWords(part);
    for (let i = 0; i + OWN_WORDS_RUN <= w.length; i++) {
      const archive = runs.get(w.slice(i, i + OWN_WORDS_RUN).join(' '));
      if (archive === undefined) continue;
      let end = i + OWN_WORDS_RUN;
      while (end < w.length && runs.has(w.slice(end - OWN_WORDS_RUN + 1, end + 1).join(' '))) end++;
      return { run: w.slice(i, end).join(' '), archive };
    }
  }
  return undefined;
}

export const ownWords: LintRule = {
  id: 'own-words',
  description: `no run of ${OWN_WORDS_RUN} or more words of an archived article outside quotation marks`,
  check(corpus, archive) {
    if (!archive) return [];
    const runs = archiveRuns(archive);
    const names = new Map(
      corpus.sources.map((s) => [s.data.archive, `the ${s.data.shortTitle} (${s.data.archive})`]),
    );
    const passages = [
      ...fieldPassages(corpus),
      ...[...corpus.sources, ...corpus.themes].flatMap((e) => bodyPassages(e)),
    ];
    const problems: Problem[] = [];
    for (const p of passages) {
      if (p.quoted) continue;
      const hit = sharedRun(p.text, runs);
      if (!hit) continue;
      const n = hit.run.split(' ').length;
      problems.push({
        file: p.file,
        field: p.field,
        message: `copies ${n} consecutive words of ${names.get(hit.archive) ?? hit.archive} outside quotation marks: "${hit.run}"; say it in our own words, or quote at most 25 words in quotation marks and attribute them`,
      });
    }
    return problems;
  },
};

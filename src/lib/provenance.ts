/**
 * Provenance: do our quotations stand in the archived articles where we say they do, and do
 * our pages stay clear of reproducing them? Pure functions over strings; the archive itself is
 * read by the caller from the folder named by SOURCE_ARCHIVE.
 */

/**
 * Folds the differences that do not change a quotation: curly quotes, dashes, white space, and
 * composed or decomposed accents (NFC). Nothing more: a compatibility fold (NFKC) would let
 * fullwidth or other look-alike letters pass as the archive's own.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’ʼ′]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Paragraphs are blocks separated by blank lines, counted from 1 (index 0 is paragraph 1). */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * Sentences of a paragraph: a split after ., ! or ? (and any closing quote) followed by space
 * and a capital or an opening quote. Abbreviations such as "U.S. backed" stay whole because a
 * lower-case word follows them.
 */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?]["”’]?)\s+(?=["“‘A-Z])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export interface QuoteCheck {
  ok: boolean;
  /** Why the quotation does not stand where the locator says, for the error message. */
  reason?: string;
}

/** Checks that `quote` appears verbatim (after normalising) in the located passage. */
export function checkQuote(
  archiveText: string,
  locator: { paragraph: number; sentence?: number | undefined; quote: string },
): QuoteCheck {
  const paras = paragraphs(archiveText);
  const para = paras[locator.paragraph - 1];
  if (para === undefined) {
    return {
      ok: false,
      reason: `the article has ${paras.length} paragraphs, not ${locator.paragraph}`,
    };
  }
  const q = normalise(locator.quote);
  let passage = para;
  if (locator.sentence !== undefined) {
    const ss = sentences(para);
    const s = ss[locator.sentence - 1];
    if (s === undefined) {
      return {
        ok: false,
        reason: `paragraph ${locator.paragraph} has ${ss.length} sentences, not ${locator.sentence}`,
      };
    }
    passage = s;
  }
  if (normalise(passage).includes(q)) return { ok: true };
  const elsewhere = paras.findIndex((p) => normalise(p).includes(q));
  const where = locator.sentence ? `sentence ${locator.sentence} of paragraph` : 'paragraph';
  return {
    ok: false,
    reason:
      elsewhere >= 0
        ? `quotation is not in ${where} ${locator.paragraph} but in paragraph ${elsewhere + 1}`
        : `quotation is not in ${where} ${locator.paragraph} (nor anywhere in the article)`,
  };
}

/** Lower-case words, apostrophes kept, everything else a separator: the unit of the leak rule. */
export function words(text: string): string[] {
  return normalise(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/**
 * The shortest run of an article's words that counts as copying outside a marked quotation: a
 * dozen (FIDELITY.md, "Own words"). Content is held to it by the own-words lint, built pages by
 * the end-to-end tests. Quotations themselves may run to 25 words.
 */
export const LEAK_RUN = 12;

/** Every run of `n` consecutive words in the texts, for leak look-ups. */
export function shingles(texts: readonly string[], n = LEAK_RUN): Set<string> {
  const set = new Set<string>();
  for (const t of texts) {
    const w = words(t);
    for (let i = 0; i + n <= w.length; i++) set.add(w.slice(i, i + n).join(' '));
  }
  return set;
}

/** The first run of `n` words of `text` that also stands in the archive, if any. */
export function findLeak(text: string, archive: Set<string>, n = LEAK_RUN): string | undefined {
  const w = words(text);
  for (let i = 0; i + n <= w.length; i++) {
    const run = w.slice(i, i + n).join(' ');
    if (archive.has(run)) return run;
  }
  return undefined;
}

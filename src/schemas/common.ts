import { z } from 'astro/zod';
import { addressProblem } from '../lib/links';

/** A lower-case, hyphenated identifier: the stable part of a URL or fragment. */
export const SlugSchema = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lower-case letters, digits and single hyphens (e.g. "hafiz-gul-bahadur")',
  });

/** Counts words the way the quotation rule does: runs of letters, digits and apostrophes. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Plain prose written by us: no Markdown or HTML, no leading or trailing space.
 * Raw HTML never reaches a page, so a `<` followed by a letter is refused outright.
 */
export const ProseSchema = (opts: { min?: number; max: number }) =>
  z
    .string()
    .trim()
    .min(opts.min ?? 1, { error: `must be at least ${opts.min ?? 1} characters` })
    .max(opts.max, { error: `must be at most ${opts.max} characters` })
    .refine((s) => !/<\/?[a-z!]/i.test(s), { error: 'must not contain raw HTML' });

/** A list that must not repeat itself. */
export const uniqueList = <T extends z.ZodType>(item: T) =>
  z.array(item).refine((xs) => new Set(xs as unknown[]).size === xs.length, {
    error: 'must not list the same value twice',
  });

/**
 * An address field: an absolute http(s) address (https only when `httpsOnly`) holding nothing
 * that BibTeX, RIS or HTML would have to escape (see links.ts).
 */
export const AddressSchema = (opts: { httpsOnly?: boolean } = {}) =>
  z.string().superRefine((url, ctx) => {
    const problem = addressProblem(url);
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem}` });
    else if (opts.httpsOnly && !url.startsWith('https://')) {
      ctx.addIssue({ code: 'custom', message: 'must be an https:// address' });
    }
  });

/**
 * A value written as words where the source gives no number ("dozens"): a number written in
 * quotes ("5", "-3", "1,200") is refused, so that every rule on numbers sees it as a number.
 */
export const WordsNotNumberSchema = (max: number) =>
  ProseSchema({ max }).refine(
    (s) => !/^[-+]?[\d.,\s]*\d[\d.,\s]*$|^[-+]?(?:inf|infinity|nan)$/i.test(s),
    {
      error: 'is a number written as text: write it without quotation marks',
    },
  );

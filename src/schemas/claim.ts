import { z } from 'astro/zod';
import { countWords, ProseSchema, SlugSchema, uniqueList } from './common';
import { ThemeListSchema } from './theme';

/**
 * What kind of statement a claim is. The sources mix reporting with opinion, so every claim
 * says which it is; pages show the kind as a text badge.
 */
export const CLAIM_KINDS = {
  reported: 'Reported',
  allegation: 'Allegation',
  assessment: 'Assessment',
  recommendation: 'Recommendation',
} as const;
export const ClaimKindSchema = () =>
  z.enum(Object.keys(CLAIM_KINDS) as [keyof typeof CLAIM_KINDS], {
    error: `must be one of ${Object.keys(CLAIM_KINDS).join(', ')}`,
  });
export type ClaimKind = z.output<ReturnType<typeof ClaimKindSchema>>;

/** The longest quotation we publish, in words. */
export const MAX_QUOTE_WORDS = 25;

/**
 * Where in the archived article a claim comes from. Paragraphs are blank-line separated blocks
 * counted from 1; a source archived as one block is located by sentence as well.
 */
export const LocatorSchema = () =>
  z.strictObject({
    /** Paragraph number in the archived text, from 1. */
    paragraph: z.number().int().min(1),
    /** Sentence number within the paragraph, from 1: required for one-block sources. */
    sentence: z.number().int().min(1).optional(),
    /**
     * An exact quotation from that passage, at most 25 words, without the surrounding quotation
     * marks. Curly and straight quotes and runs of white space are treated as equal.
     */
    quote: z
      .string()
      .trim()
      .min(3, { error: 'must quote at least a few words' })
      .refine((q) => countWords(q) <= MAX_QUOTE_WORDS, {
        error: `must be at most ${MAX_QUOTE_WORDS} words`,
      })
      .refine((q) => !/<\/?[a-z!]/i.test(q), { error: 'must not contain raw HTML' }),
  });
export type Locator = z.output<ReturnType<typeof LocatorSchema>>;

/** One statement a source makes, in our words, with who makes it and where. */
export const ClaimSchema = () =>
  z.strictObject({
    /** Stable id, unique across all sources; it becomes the fragment `#claim-<id>`. Never reuse. */
    id: SlugSchema(),
    /** The claim in our own words, at most 400 characters. Attribute it in the wording too. */
    statement: ProseSchema({ min: 20, max: 400 }),
    kind: ClaimKindSchema(),
    /**
     * Who asserts it, as a reader should see it: "the editorial", "Pakistan's Foreign Office
     * (as the editorial reports)", "Asfandyar Mir (USIP)". At most 120 characters.
     */
    by: ProseSchema({ max: 120 }),
    /** The actor who asserts it, when it is one of ours. */
    byActor: SlugSchema().optional(),
    /** Actors the claim is about. */
    actors: uniqueList(SlugSchema()).default([]),
    themes: ThemeListSchema(),
    locator: LocatorSchema(),
  });
export type Claim = z.output<ReturnType<typeof ClaimSchema>>;

import { z } from 'astro/zod';
import { ProseSchema, SlugSchema } from './common';

/** The four themes. Their URLs (`/themes/<slug>/`) are cited, so the list is closed. */
export const THEME_SLUGS = ['ttp', 'afghan-taliban', 'talks', 'cross-border-strikes'] as const;
export const ThemeSlugSchema = () =>
  z.enum(THEME_SLUGS, { error: `must be one of ${THEME_SLUGS.join(', ')}` });
export type ThemeSlug = z.output<ReturnType<typeof ThemeSlugSchema>>;

/** A list of themes: at least one, none twice. */
export const ThemeListSchema = () =>
  z
    .array(ThemeSlugSchema())
    .min(1, { error: 'must name at least one theme' })
    .refine((xs) => new Set(xs).size === xs.length, { error: 'must not list a theme twice' });

/** Claim ids a statement rests on: at least one. */
export const ClaimRefsSchema = () =>
  z.array(SlugSchema()).min(1, { error: 'must point to at least one claim' });

/** One line of "In brief": a key point in our words, with the claims it rests on. */
export const KeyPointSchema = () =>
  z.strictObject({
    /** One or two sentences, at most 300 characters, plain text. */
    text: ProseSchema({ min: 20, max: 300 }),
    /** The claims (by id) that support the point; each becomes a numbered source note. */
    claims: ClaimRefsSchema(),
  });
export type KeyPoint = z.output<ReturnType<typeof KeyPointSchema>>;

/** "In brief": three to five key points. */
export const KeyPointsSchema = () =>
  z
    .array(KeyPointSchema())
    .min(3, { error: 'needs at least three key points' })
    .max(5, { error: 'takes at most five key points' });

/**
 * `content/themes/<slug>.md`: one of the four themes. The file name is the slug and must be one
 * of THEME_SLUGS. The body is the synthesis across sources; every statement in it points to
 * claims with `[^claim-id]`.
 */
export const ThemeSchema = () =>
  z.strictObject({
    /** The page title, at most 80 characters. */
    title: ProseSchema({ max: 80 }),
    /** One sentence under the title saying what the theme covers, at most 300 characters. */
    standfirst: ProseSchema({ min: 40, max: 300 }),
    /** Position in navigation, from 1. */
    order: z.number().int().min(1).max(20),
    /** Three to five key points for the reader who has two minutes. */
    keyPoints: KeyPointsSchema(),
  });
export type Theme = z.output<ReturnType<typeof ThemeSchema>>;

export const isThemeSlug = (s: string): s is ThemeSlug =>
  (THEME_SLUGS as readonly string[]).includes(s);

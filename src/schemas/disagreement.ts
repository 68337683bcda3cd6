import { z } from 'astro/zod';
import { ProseSchema, SlugSchema } from './common';
import { ClaimRefsSchema, ThemeListSchema } from './theme';

/** One side of a disagreement, with who holds it and the claims it rests on. */
export const PositionSchema = () =>
  z.strictObject({
    /** Who holds the position: "Afghan officials", "Daily The Patriot editorial". */
    holder: ProseSchema({ max: 100 }),
    /** The holder as an actor, when it is one of ours. */
    actor: SlugSchema().optional(),
    /** The position in our words, at most 300 characters. */
    position: ProseSchema({ min: 20, max: 300 }),
    claims: ClaimRefsSchema(),
  });

/**
 * `content/disagreements/<slug>.yaml`: a point where sources (or the people they report)
 * contradict each other or frame the same thing differently, shown side by side.
 */
export const DisagreementSchema = () =>
  z.strictObject({
    /** The question in dispute, at most 120 characters: "Who was hit in Paktika and Khost?" */
    topic: ProseSchema({ max: 120 }),
    /** Why it matters to a reader, one or two sentences, at most 300 characters. */
    context: ProseSchema({ min: 20, max: 300 }),
    themes: ThemeListSchema(),
    positions: z.array(PositionSchema()).min(2, { error: 'needs at least two positions' }),
  });
export type Disagreement = z.output<ReturnType<typeof DisagreementSchema>>;

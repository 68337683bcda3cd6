import { z } from 'astro/zod';
import { ProseSchema } from './common';
import { PartialDateSchema } from './date';

export const CHANGE_KINDS = { new: 'New', update: 'Update', correction: 'Correction' } as const;

/**
 * `content/changes/<yyyy-mm-dd>-<slug>.yaml`: one correction or update, listed on /changes/ and
 * in the feed. Editorial rule: a correction says what was wrong and what it now says.
 */
export const ChangeSchema = () =>
  z.strictObject({
    /** The day the change was published, to the day. */
    date: PartialDateSchema().refine((d) => d.precision === 'day', {
      error: 'a change is dated to the day: "2026-11-22"',
    }),
    kind: z.enum(Object.keys(CHANGE_KINDS) as [keyof typeof CHANGE_KINDS], {
      error: `must be one of ${Object.keys(CHANGE_KINDS).join(', ')}`,
    }),
    /** A headline, at most 100 characters. */
    title: ProseSchema({ max: 100 }),
    /** What changed and why, at most 600 characters. */
    summary: ProseSchema({ min: 20, max: 600 }),
    /** The pages it touches, as site paths: "/themes/talks/", "/sources/dual-challenge/". */
    pages: z
      .array(
        z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, {
          error: 'must be a site path such as "/themes/talks/"',
        }),
      )
      .min(1, { error: 'must name at least one page' }),
  });
export type Change = z.output<ReturnType<typeof ChangeSchema>>;

import { z } from 'astro/zod';
import { ProseSchema } from './common';
import { PartialDateSchema } from './date';

export const CHANGE_KINDS = { new: 'New', update: 'Update', correction: 'Correction' } as const;

/**
 * `content/changes/<yyyy-mm-dd>-<slug>.yaml`: one correction or update, listed on /changes/ (at
 * `#change-<file name>`) and in the feed, and marked "Corrected <date>" on every page it names.
 *
 * Editorial rule, as a newspaper's corrections column: a correction of substance (a wrong fact,
 * date, figure, attribution or quotation; not a typo) is its own entry, naming every page that
 * carried the error, quoting what they said and saying what they say now.
 */
export const ChangeSchema = () =>
  z
    .strictObject({
      /** The day the change was published, to the day; never later than the build. */
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
      /**
       * A correction only, and required there: what the pages said. Their old wording in quotation
       * marks, word for word, so that a reader can recognise it in a copy or a citation; where the
       * error was a date, a kind or a label rather than prose, say plainly what it was. At most 600
       * characters.
       */
      said: ProseSchema({ max: 600 }).optional(),
      /** A correction only, and required there: what the pages say now. At most 600 characters. */
      says: ProseSchema({ max: 600 }).optional(),
    })
    .superRefine((c, ctx) => {
      const correction = c.kind === 'correction';
      const rules = [
        ['said', c.said, 'what the pages said, quoted'],
        ['says', c.says, 'what they say now'],
      ] as const;
      for (const [field, value, what] of rules) {
        if (correction && value === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `a correction needs "${field}": ${what}`,
          });
        } else if (!correction && value !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `only a correction has "${field}"; this change is kind "${c.kind}"`,
          });
        }
      }
    });
export type Change = z.output<ReturnType<typeof ChangeSchema>>;

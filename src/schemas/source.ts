import { z } from 'astro/zod';
import { AddressSchema, ProseSchema } from './common';
import { ClaimSchema } from './claim';
import { PublishedSchema } from './date';
import { KeyPointsSchema, ThemeListSchema } from './theme';

export const GENRES = ['news report', 'editorial', 'op-ed report', 'analysis', 'opinion'] as const;

/**
 * `content/sources/<slug>.md`: one source article. The file name is the slug and the URL
 * (`/sources/<slug>/`); never rename a published one. The body is our summary, 300 to 700
 * words, whose statements point to claims with `[^claim-id]`.
 */
export const SourceSchema = () =>
  z
    .strictObject({
      /** The headline as published (say in headlineNote if the copy truncates it). */
      headline: ProseSchema({ max: 160 }),
      /** What is known about the headline's form, e.g. that the archived copy truncates it. */
      headlineNote: ProseSchema({ max: 200 }).optional(),
      /** A short name for notes and lists: "Daily The Patriot editorial". At most 60 characters. */
      shortTitle: ProseSchema({ max: 60 }),
      /** The publication, as it names itself. */
      outlet: ProseSchema({ max: 80 }),
      /** The byline as printed, or "unsigned". */
      author: ProseSchema({ max: 80 }),
      /** What the text says of its author, when the byline alone misleads. */
      authorNote: ProseSchema({ max: 200 }).optional(),
      genre: z.enum(GENRES, { error: `must be one of ${GENRES.join(', ')}` }),
      /** The dateline, when the text has one. */
      dateline: ProseSchema({ max: 40 }).optional(),
      published: PublishedSchema(),
      /** The original article's address. */
      url: AddressSchema({ httpsOnly: true }),
      /** What we know of the address: a republication, where the text was found. */
      urlNote: ProseSchema({ max: 200 }).optional(),
      /** The archived text's file name in the source archive (never copied into the project). */
      archive: z.string().regex(/^[0-9]{3}_[0-9a-f]{16}\.txt$/, {
        error: 'must be an archive file name such as "001_1c05f73512e0ada1.txt"',
      }),
      themes: ThemeListSchema(),
      /** One sentence saying what the article is and argues, at most 300 characters. */
      standfirst: ProseSchema({ min: 40, max: 300 }),
      keyPoints: KeyPointsSchema(),
      /** Every claim the summary relies on, in the order the article makes them. */
      claims: z.array(ClaimSchema()).min(1, { error: 'needs at least one claim' }),
    })
    .superRefine((v, ctx) => {
      v.claims.forEach((c, i) => {
        for (const t of c.themes) {
          if (!v.themes.includes(t)) {
            ctx.addIssue({
              code: 'custom',
              path: ['claims', i, 'themes'],
              message: `theme "${t}" is not among the source's themes`,
            });
          }
        }
      });
    });
export type Source = z.output<ReturnType<typeof SourceSchema>>;

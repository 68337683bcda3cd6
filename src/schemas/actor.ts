import { z } from 'astro/zod';
import { ProseSchema, SlugSchema, uniqueList } from './common';
import { LocationSchema } from './location';
import { ThemeListSchema } from './theme';

export const ACTOR_KINDS = {
  person: 'Person',
  group: 'Armed group',
  government: 'Government',
  institution: 'Institution',
  organisation: 'Organisation',
  place: 'Place',
} as const;

/** Where a source names the actor: the name or an alias must appear in that paragraph. */
export const MentionSchema = () =>
  z.strictObject({
    source: SlugSchema(),
    paragraph: z.number().int().min(1),
  });

/**
 * `content/actors/<slug>.yaml`: a person, group, government, institution or place the sources
 * name. The file name is the slug and the URL (`/actors/<slug>/`).
 */
export const ActorSchema = () =>
  z
    .strictObject({
      /** The name most readers know, as the sources spell it. */
      name: ProseSchema({ max: 80 }),
      /** Other spellings and names the sources use (Tehrik-i-Taliban Pakistan, Pakistan Taliban). */
      aliases: uniqueList(ProseSchema({ max: 80 })).default([]),
      kind: z.enum(Object.keys(ACTOR_KINDS) as [keyof typeof ACTOR_KINDS], {
        error: `must be one of ${Object.keys(ACTOR_KINDS).join(', ')}`,
      }),
      /** One line, as the sources characterise it, attributed where it is contested. */
      description: ProseSchema({ min: 20, max: 240 }),
      themes: ThemeListSchema(),
      /** At least one passage that names the actor. */
      mentions: z.array(MentionSchema()).min(1, { error: 'needs at least one mention' }),
      /** A place's countries, as Natural Earth names them (two for a border). */
      country: uniqueList(ProseSchema({ max: 60 }))
        .min(1)
        .optional(),
      /** A place's location and the record it comes from (src/schemas/location.ts). */
      location: LocationSchema().optional(),
    })
    .superRefine((a, ctx) => {
      const place = a.kind === 'place';
      for (const key of ['country', 'location'] as const) {
        if (place && a[key] === undefined) {
          ctx.addIssue({ code: 'custom', path: [key], message: `a place needs its ${key}` });
        }
        if (!place && a[key] !== undefined) {
          ctx.addIssue({ code: 'custom', path: [key], message: 'is for places only' });
        }
      }
    });
export type Actor = z.output<ReturnType<typeof ActorSchema>>;

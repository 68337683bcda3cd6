import { z } from 'astro/zod';
import { ProseSchema } from './common';

/** How much of a date the evidence supports. */
export const PrecisionSchema = () => z.enum(['day', 'month', 'year']);
export type Precision = z.output<ReturnType<typeof PrecisionSchema>>;

/** Whether the source states the date, or we worked it out from relative wording. */
export const BasisSchema = () => z.enum(['stated', 'inferred']);
export type Basis = z.output<ReturnType<typeof BasisSchema>>;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The earliest year a date may name: the conflict's texts look back decades, not centuries. */
export const FIRST_YEAR = 1900;

/**
 * UTC milliseconds of a calendar day, for any year: `Date.UTC` reads years 0 to 99 as 1900 to
 * 1999, so the year is set on its own.
 */
export function utcDay(year: number, monthIndex: number, day: number): number {
  const d = new Date(Date.UTC(2000, monthIndex, day));
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcDay(year, month, 0)).getUTCDate();
}

/**
 * A calendar date written with only the precision the evidence supports:
 * `"2024-03-18"` (day), `"2024-03"` (month) or `"2024"` (year).
 *
 * Editorial rule: write it in quotes. Unquoted YAML dates are turned into timestamps by the
 * parser, which silently rolls an impossible day (30 February) over into the next month, so
 * they are refused rather than trusted.
 */
export const PartialDateSchema = () =>
  z.unknown().transform((value, ctx) => {
    if (value instanceof Date) {
      ctx.addIssue({
        code: 'custom',
        message:
          'write the date as a quoted string ("2024-03-18", "2024-03" or "2024"); unquoted YAML dates are converted silently',
      });
      return z.NEVER;
    }
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string') {
      ctx.addIssue({ code: 'custom', message: 'must be a date string such as "2024-03-18"' });
      return z.NEVER;
    }
    const m = PATTERN.exec(text);
    if (!m) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY`,
      });
      return z.NEVER;
    }
    const year = Number(m[1]);
    if (year < FIRST_YEAR) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is before ${FIRST_YEAR}: write the year in full, four digits`,
      });
      return z.NEVER;
    }
    const month = m[2] === undefined ? undefined : Number(m[2]);
    const day = m[3] === undefined ? undefined : Number(m[3]);
    if (month !== undefined && (month < 1 || month > 12)) {
      ctx.addIssue({ code: 'custom', message: `"${text}" has no month ${month}` });
      return z.NEVER;
    }
    if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" does not exist: that month has ${daysInMonth(year, month)} days`,
      });
      return z.NEVER;
    }
    const precision: Precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
    return { iso: text, precision, year, month, day };
  });
export type PartialDate = z.output<ReturnType<typeof PartialDateSchema>>;

/** The first and last instants (UTC milliseconds) that a partial date can mean. */
export function dateBounds(d: PartialDate): { first: number; last: number } {
  const m = (d.month ?? 1) - 1;
  const first = utcDay(d.year, m, d.day ?? 1);
  const last =
    d.day !== undefined
      ? first
      : d.month !== undefined
        ? utcDay(d.year, m + 1, 0)
        : utcDay(d.year, 11, 31);
  return { first, last };
}

const basisNote = <T extends { basis: Basis; note?: string | undefined }>(
  v: T,
  ctx: z.RefinementCtx,
) => {
  if (v.basis === 'inferred' && !v.note) {
    ctx.addIssue({
      code: 'custom',
      path: ['note'],
      message: 'an inferred date needs a note saying what fixes it',
    });
  }
};

/**
 * When an event happened: a start, an optional end, and whether the source states it.
 * Editorial rule: an inferred date always carries a note that names the wording it rests on
 * ("the editorial's 'early on Monday', counted from ...").
 */
export const EventDateSchema = () =>
  z
    .strictObject({
      start: PartialDateSchema(),
      /** The last day, month or year of a span; omit for a single date. */
      end: PartialDateSchema().optional(),
      basis: BasisSchema(),
      /** Why the date is what it is: required when inferred. At most 400 characters. */
      note: ProseSchema({ max: 400 }).optional(),
      /**
       * Knowledge from outside the four texts that the date rests on, such as "the strikes were
       * reported on 18 March 2024". Shown wherever the date is, marked as outside knowledge.
       * At most 300 characters.
       */
      outside: ProseSchema({ max: 300 }).optional(),
    })
    .superRefine((v, ctx) => {
      basisNote(v, ctx);
      if (
        v.end &&
        (v.end.iso === v.start.iso || dateBounds(v.end).last <= dateBounds(v.start).first)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `ends (${v.end.iso}) before or when it starts (${v.start.iso})`,
        });
      }
    });
export type EventDate = z.output<ReturnType<typeof EventDateSchema>>;

/** When a source was published, with the same precision and basis rules as events. */
export const PublishedSchema = () =>
  z
    .strictObject({
      date: PartialDateSchema(),
      basis: BasisSchema(),
      /** What fixes the date: required when inferred. At most 400 characters. */
      note: ProseSchema({ max: 400 }).optional(),
      /** Knowledge from outside the four texts that the date rests on, as for events. */
      outside: ProseSchema({ max: 300 }).optional(),
    })
    .superRefine(basisNote);
export type Published = z.output<ReturnType<typeof PublishedSchema>>;

/**
 * The event downloads (/data/events.json, /data/events.csv): one row an event, with stable
 * columns. Lists inside a cell are joined with "; ". Dates keep their precision: "2024-03-18",
 * "2021-11" or "2022".
 */
import { formatEventDate } from './format';
import { href } from './paths';
import { eventPath, type Site } from './site';

/** The columns, in order, with what each holds: the README and the about page list them. */
export const EVENT_COLUMNS = {
  id: 'Stable identifier; the page anchor is #event-<id>',
  title: 'Headline, in our words',
  summary: 'What happened and who says so, in our words',
  date_start: 'Start date, only as precise as the evidence (YYYY-MM-DD, YYYY-MM or YYYY)',
  date_end: 'Last date of a span, same form; empty for a single date',
  precision: 'day, month or year',
  basis: 'stated (the source gives the date) or inferred (worked out from relative wording)',
  date_note: 'What fixes an inferred date',
  date_text: 'The date in words, as the site shows it',
  themes: 'Theme slugs',
  actors: 'Actor slugs',
  claims: 'Claim ids: the evidence',
  sources: 'Slugs of the sources that report it',
  figures: 'Figures the sources state: value, what, and who states it',
  url: 'The event on the timeline page',
  // New columns go last, so that a reader of the CSV by position keeps working.
  date_outside: 'Knowledge from outside the four texts that the date rests on; empty if none',
} as const;
export type EventRow = Record<keyof typeof EVENT_COLUMNS, string>;

export function eventRows(site: Site, siteUrl: string, base: string): EventRow[] {
  return site.events.map((e) => {
    const d = e.data.date;
    const refs = e.data.claims.map((c) => site.claim(c));
    return {
      id: e.id,
      title: e.data.title,
      summary: e.data.summary,
      date_start: d.start.iso,
      date_end: d.end?.iso ?? '',
      precision: d.start.precision,
      basis: d.basis,
      date_note: d.note ?? '',
      date_text: formatEventDate(d),
      themes: e.data.themes.join('; '),
      actors: e.data.actors.join('; '),
      claims: e.data.claims.join('; '),
      sources: [...new Set(refs.map((r) => r.source.id))].join('; '),
      figures: e.data.figures
        .map((f) => `${f.value} ${f.what} (${site.claim(f.claim).claim.by})`)
        .join('; '),
      url: new URL(href(base, eventPath(site, e.id)), siteUrl).href,
      date_outside: d.outside ?? '',
    };
  });
}

/**
 * A cell as a spreadsheet will read it safely: one that begins with `=`, `+`, `-`, `@`, a tab or
 * a carriage return would be taken as a formula, so it gets a leading single quote (the OWASP
 * rule for CSV injection). Every CSV the site writes goes through here.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends, formula-leading cells
 * neutralised (csvCell). The columns are the events' unless given (the claim downloads give theirs).
 */
export function toCsv<R extends { [K in keyof R]: string } = EventRow>(
  rows: readonly R[],
  cols: readonly (keyof R & string)[] = Object.keys(EVENT_COLUMNS) as (keyof R & string)[],
): string {
  const lines = [cols, ...rows.map((r) => cols.map((c) => r[c]))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

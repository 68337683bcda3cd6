/**
 * The timeline chart as pure functions: events -> layout (scales, lanes, rows, ticks) -> SVG
 * markup. The same functions draw the static chart at build time and the interactive one in the
 * browser, so the server-rendered SVG and the enhanced one match exactly. Deterministic: UTC
 * throughout, rounded coordinates. Imports nothing but d3, since it ships to the browser.
 */
import {
  utcDay,
  utcHour,
  utcMinute,
  utcMonth,
  utcSecond,
  utcTicks,
  utcWeek,
  utcYear,
} from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { Basis, Precision } from '../schemas/date';
import type { ThemeSlug } from '../schemas/theme';
import { escapeMarkup } from './markup';

/** What the chart needs of an event; the timeline list carries the same fields as data-*. */
export interface TimelineEvent {
  id: string;
  title: string;
  /** First and last instant the date can mean (UTC ms): equal for a single day. */
  first: number;
  last: number;
  precision: Precision;
  basis: Basis;
  /** The date in words, as the list shows it. */
  dateText: string;
  themes: ThemeSlug[];
  /** Slugs of the sources whose claims report the event. */
  sources: string[];
}

export interface Lane {
  theme: ThemeSlug;
  label: string;
}

export interface ChartOptions {
  lanes: readonly Lane[];
  /** The visible period (UTC ms); by default the events' extent, padded. */
  domain?: readonly [number, number] | undefined;
  /** viewBox width; the chart scales to its container. */
  width?: number;
  /** Smaller rows, for the small charts of the theme pages. */
  compact?: boolean;
  /** Lane names: in a column on the left (wide charts), above each lane (narrow), or none. */
  labels?: 'side' | 'inline' | 'none';
}

export interface Mark {
  id: string;
  lane: ThemeSlug;
  kind: 'point' | 'span';
  inferred: boolean;
  x: number;
  /** Right edge of a span (equal to x for a point). */
  x2: number;
  y: number;
  label: string;
}

export interface ChartLayout {
  width: number;
  labels: 'side' | 'inline' | 'none';
  height: number;
  domain: [number, number];
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: { theme: ThemeSlug; label: string; y: number; height: number }[];
  ticks: { x: number; label: string }[];
  /** Long empty stretches drawn compressed, as axis breaks. */
  breaks: { x: number; width: number }[];
  /** Marks in the visible period, in chronological order; none when the chart is dense. */
  marks: Mark[];
  /**
   * When the period holds more events than DENSE_LIMIT, counts instead of marks: in each lane,
   * how many events start in each BIN_PX-wide stretch. Zooming in brings the marks back.
   */
  bins: Bin[];
}

export interface Bin {
  lane: ThemeSlug;
  x: number;
  width: number;
  /** Bar top and height: the tallest bar of the chart fills its lane. */
  y: number;
  height: number;
  count: number;
  /** The stretch of time (UTC ms) the bar counts. */
  from: number;
  to: number;
}

/** More events than this in the period drawn and the chart shows counts, not marks. */
export const DENSE_LIMIT = 600;
const BIN_PX = 8;
const DENSE_LANE = 44;

// Named dimensions: margins around the plot, row height and gaps, mark sizes.
const MARGIN = { top: 8, right: 16, bottom: 28, left: 176 };
const COMPACT_LEFT = 16;
const INLINE_LABEL = 16;
const ROW = { normal: 18, compact: 14 };
const LANE_PAD = 6;
const POINT_R = 5;
const SPAN_H = 8;
const MIN_SPAN = 6;
const GAP = 4;
const DAY = 86_400_000;
/** The instant a date's last day ends (d3-time does the calendar arithmetic, in UTC). */
const dayEnd = (t: number) => utcDay.offset(new Date(t), 1).getTime();
/** Noon of a day: where a day's point sits. */
const noon = (t: number) => utcHour.offset(new Date(t), 12).getTime();
/** A stretch with no event that is longer than this share of the period is compressed... */
const BREAK_SHARE = 0.25;
/** ...to this many pixels. */
const BREAK_PX = 28;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A piecewise-linear UTC time scale, clamped: the `stops` (UTC ms, ascending) go to the `px`.
 * It is d3-scale's scaleUtc().domain(stops).range(px).clamp(true), arithmetic for arithmetic
 * (the tests hold the two side by side); written out because that scale brings d3's colour
 * interpolation with it, which would triple the JavaScript the timeline page sends.
 */
export function utcScale(stops: readonly number[], px: readonly number[]): (t: number) => number {
  const j = Math.min(stops.length, px.length) - 1;
  // Stops are instants, and an instant is a whole millisecond: d3 rounds them, and so do we.
  const ms = stops.map((t) => Math.round(t));
  const at = (xs: readonly number[], i: number) => xs[i] ?? NaN;
  return (t) => {
    const x = Math.max(at(ms, 0), Math.min(at(ms, j), t));
    // The segment: d3-array's bisectRight(stops, x, 1, j) - 1.
    let lo = 1;
    let hi = j;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at(ms, mid) > x) hi = mid;
      else lo = mid + 1;
    }
    const i = lo - 1;
    const d0 = at(ms, i);
    const span = at(ms, i + 1) - d0;
    const u = span ? (x - d0) / span : 0.5;
    return at(px, i) * (1 - u) + at(px, i + 1) * u;
  };
}

// d3's multi-scale time format: each tick named by its coarsest calendar unit.
const FORMATS = {
  ms: utcFormat('.%L'),
  second: utcFormat(':%S'),
  minute: utcFormat('%I:%M'),
  hour: utcFormat('%I %p'),
  day: utcFormat('%a %d'),
  week: utcFormat('%b %d'),
  month: utcFormat('%B'),
  year: utcFormat('%Y'),
};
function tickLabel(d: Date): string {
  const f =
    utcSecond.floor(d) < d
      ? FORMATS.ms
      : utcMinute.floor(d) < d
        ? FORMATS.second
        : utcHour.floor(d) < d
          ? FORMATS.minute
          : utcDay.floor(d) < d
            ? FORMATS.hour
            : utcMonth.floor(d) < d
              ? utcWeek.floor(d) < d
                ? FORMATS.day
                : FORMATS.week
              : utcYear.floor(d) < d
                ? FORMATS.month
                : FORMATS.year;
  return f(d);
}

/** About `count` ticks between a and b (UTC ms) at d3's calendar intervals, with their labels. */
export function timeTicks(a: number, b: number, count: number): { t: number; label: string }[] {
  return utcTicks(new Date(a), new Date(b), count).map((d) => ({
    t: d.getTime(),
    label: tickLabel(d),
  }));
}

/** The events' extent, padded by 4% each side so that edge marks are not cut. */
export function extent(events: readonly TimelineEvent[]): [number, number] {
  if (events.length === 0) return [Date.UTC(2000, 0, 1), Date.UTC(2025, 0, 1)];
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    lo = Math.min(lo, e.first);
    hi = Math.max(hi, dayEnd(e.last));
  }
  const pad = Math.max((hi - lo) * 0.04, 15 * DAY);
  return [lo - pad, hi + pad];
}

export function layoutTimeline(
  events: readonly TimelineEvent[],
  options: ChartOptions,
): ChartLayout {
  const width = options.width ?? 960;
  const compact = options.compact ?? false;
  const rowH = compact ? ROW.compact : ROW.normal;
  const labels = options.labels ?? 'side';
  const left = labels === 'side' ? MARGIN.left : COMPACT_LEFT;
  const labelH = labels === 'inline' ? INLINE_LABEL : 0;
  const domain: [number, number] = options.domain
    ? [options.domain[0], options.domain[1]]
    : extent(events);

  // Scale: UTC time to x. Empty stretches longer than a quarter of the period are compressed to
  // a short, visible break, so that the years with events get the width.
  const right = width - MARGIN.right;
  // Each segment's width is the geometric mean of its share of the time and of the events.
  const segs = segments(events, domain);
  const plotPx = right - left - BREAK_PX * (segs.length - 1);
  const total = segs.reduce((n, [a, b]) => n + (b - a), 0);
  const weights = segs.map(([a, b]) => {
    const n = events.filter((e) => e.first < b && dayEnd(e.last) > a).length;
    return Math.sqrt(((b - a) / total) * ((n + 0.5) / (events.length + 0.5 * segs.length)));
  });
  const weightSum = weights.reduce((n, w) => n + w, 0);
  const stops: number[] = [];
  const pxStops: number[] = [];
  const segPx: [number, number][] = [];
  let px = left;
  segs.forEach(([a, b], i) => {
    if (i > 0) px += BREAK_PX;
    const w = ((weights[i] ?? 0) / weightSum) * plotPx;
    stops.push(a, b);
    pxStops.push(px, px + w);
    segPx.push([px, px + w]);
    px += w;
  });
  const x = utcScale(stops, pxStops);

  // Marks: each event once, in the lane of its first theme that the chart shows.
  const laneIds = options.lanes.map((l) => l.theme);
  const visible = events
    .filter((e) => dayEnd(e.last) >= domain[0] && e.first <= domain[1])
    .map((e) => ({ e, lane: e.themes.find((t) => laneIds.includes(t)) }))
    .filter((v): v is { e: TimelineEvent; lane: ThemeSlug } => v.lane !== undefined)
    .sort((a, b) => a.e.first - b.e.first || a.e.last - b.e.last || a.e.id.localeCompare(b.e.id));

  if (visible.length > DENSE_LIMIT) {
    const lanes = options.lanes;
    return denseLayout(visible, { width, labels, labelH, left, domain, x, segPx, segs, lanes });
  }

  // Rows: within a lane, each mark takes the first row where it does not touch the one before.
  const rowsEnd = new Map<ThemeSlug, number[]>(laneIds.map((id) => [id, []]));
  const placed = visible.map(({ e, lane }) => {
    const kind: Mark['kind'] = e.precision === 'day' && e.first === e.last ? 'point' : 'span';
    let x1: number;
    let x2: number;
    if (kind === 'point') {
      x1 = x2 = x(noon(e.first));
    } else {
      x1 = x(e.first);
      x2 = Math.max(x(dayEnd(e.last)), x1 + MIN_SPAN);
    }
    const lo = Math.max(kind === 'point' ? x1 - POINT_R : x1, left);
    const hi = Math.min(kind === 'point' ? x1 + POINT_R : x2, width - MARGIN.right);
    const ends = rowsEnd.get(lane) ?? [];
    let row = ends.findIndex((end) => end + GAP <= lo);
    if (row === -1) row = ends.length;
    ends[row] = hi;
    rowsEnd.set(lane, ends);
    return { e, lane, kind, x1: Math.max(x1, left), x2: Math.min(x2, width - MARGIN.right), row };
  });

  // Lanes: stacked top to bottom, each as tall as its rows.
  let y = MARGIN.top;
  const lanes = options.lanes.map((l) => {
    const rows = Math.max(1, rowsEnd.get(l.theme)?.length ?? 0);
    const lane = { theme: l.theme, label: l.label, y, height: labelH + rows * rowH + LANE_PAD * 2 };
    y += lane.height;
    return lane;
  });
  const laneY = new Map(lanes.map((l) => [l.theme, l.y]));

  const marks: Mark[] = placed.map((p) => ({
    id: p.e.id,
    lane: p.lane,
    kind: p.kind,
    inferred: p.e.basis === 'inferred',
    x: round(p.x1),
    x2: round(p.x2),
    y: round((laneY.get(p.lane) ?? 0) + labelH + LANE_PAD + p.row * rowH + rowH / 2),
    label: `${p.e.dateText}${p.e.basis === 'inferred' ? ' (inferred)' : ''}: ${p.e.title}`,
  }));

  return {
    width,
    labels,
    height: y + MARGIN.bottom,
    domain,
    plot: { left, right: width - MARGIN.right, top: MARGIN.top, bottom: y },
    lanes,
    ...axis(segs, segPx, left, right),
    marks,
    bins: [],
  };
}

/** Axis: within each segment, d3's calendar ticks and its multi-scale UTC format, one per ~90 px. */
function axis(segs: [number, number][], segPx: [number, number][], left: number, right: number) {
  const ticks = segs.flatMap((seg, i) => {
    const [a, b] = segPx[i] ?? [left, right];
    const count = Math.max(1, Math.floor((b - a) / 90));
    const local = utcScale(seg, [a, b]);
    return timeTicks(seg[0], seg[1], count).map((tk) => ({
      x: round(local(tk.t)),
      label: tk.label,
    }));
  });
  const breaks = segPx.slice(1).map(([a]) => ({ x: round(a - BREAK_PX), width: BREAK_PX }));
  return { ticks, breaks };
}

/** The chart of a crowded period: per lane, a bar for the events starting in each stretch. */
function denseLayout(
  visible: readonly { e: TimelineEvent; lane: ThemeSlug }[],
  o: {
    width: number;
    labels: ChartLayout['labels'];
    labelH: number;
    left: number;
    domain: [number, number];
    x: (t: number) => number;
    segPx: [number, number][];
    segs: [number, number][];
    lanes: readonly Lane[];
  },
): ChartLayout {
  const right = o.width - MARGIN.right;
  const columns = Math.ceil((right - o.left) / BIN_PX);
  const counts = new Map<ThemeSlug, number[]>(o.lanes.map((l) => [l.theme, []]));
  for (const { e, lane } of visible) {
    const col = Math.min(columns - 1, Math.max(0, Math.floor((o.x(e.first) - o.left) / BIN_PX)));
    const row = counts.get(lane);
    if (row) row[col] = (row[col] ?? 0) + 1;
  }
  let most = 1;
  for (const row of counts.values()) for (const n of row) if (n && n > most) most = n;
  // The instant at a pixel: the piecewise scale read backwards, for each bar's stretch of time.
  const at = (px: number) => {
    const i = Math.max(
      0,
      o.segPx.findIndex(([, b]) => px <= b),
    );
    const [a, b] = o.segPx[i] ?? [o.left, right];
    const [t0, t1] = o.segs[i] ?? o.domain;
    return Math.round(t0 + ((Math.min(Math.max(px, a), b) - a) / (b - a || 1)) * (t1 - t0));
  };
  let y = MARGIN.top;
  const lanes = o.lanes.map((l) => {
    const height = o.labelH + DENSE_LANE + LANE_PAD * 2;
    const lane = { theme: l.theme, label: l.label, y, height };
    y += height;
    return lane;
  });
  const bins: Bin[] = lanes.flatMap((l) =>
    (counts.get(l.theme) ?? []).flatMap((count, col) => {
      if (!count) return [];
      const height = Math.max(2, round((Math.sqrt(count) / Math.sqrt(most)) * DENSE_LANE));
      const x0 = o.left + col * BIN_PX;
      const bin: Bin = {
        lane: l.theme,
        x: round(x0),
        width: BIN_PX - 1,
        y: round(l.y + o.labelH + LANE_PAD + DENSE_LANE - height),
        height,
        count,
        from: at(x0),
        to: at(x0 + BIN_PX),
      };
      return [bin];
    }),
  );
  return {
    width: o.width,
    labels: o.labels,
    height: y + MARGIN.bottom,
    domain: o.domain,
    plot: { left: o.left, right, top: MARGIN.top, bottom: y },
    lanes,
    ...axis(o.segs, o.segPx, o.left, right),
    marks: [],
    bins,
  };
}

/**
 * The period around an instant narrow enough to show single events: `span` halved until it
 * holds at most DENSE_LIMIT of the events, or is a day.
 */
export function focusDomain(
  events: readonly TimelineEvent[],
  at: number,
  span: number,
): [number, number] {
  const firsts = events.map((e) => e.first).sort((a, b) => a - b);
  const below = (t: number) => {
    let lo = 0;
    let hi = firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((firsts[mid] ?? 0) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let s = span;
  while (s > DAY && below(at + s / 2) - below(at - s / 2) > DENSE_LIMIT) s /= 2;
  return [at - s / 2, at + s / 2];
}

/**
 * The stretches of the period to draw: the whole period, less the empty stretches longer than
 * BREAK_SHARE of it (each kept with a margin on both sides so that marks near it stay clear).
 */
export function segments(
  events: readonly TimelineEvent[],
  domain: readonly [number, number],
): [number, number][] {
  const span = domain[1] - domain[0];
  const covered = events
    .map((e) => [Math.max(e.first, domain[0]), Math.min(dayEnd(e.last), domain[1])] as const)
    .filter(([a, b]) => a <= b)
    .sort((p, q) => p[0] - q[0]);
  const segs: [number, number][] = [];
  let start = domain[0];
  let reach = domain[0];
  for (const [a, b] of covered) {
    if (a - reach > span * BREAK_SHARE && reach > domain[0]) {
      const margin = span * 0.03;
      segs.push([start, reach + margin]);
      start = a - margin;
    }
    reach = Math.max(reach, b);
  }
  segs.push([start, domain[1]]);
  return segs;
}

const esc = escapeMarkup;

export interface SvgOptions {
  /** Accessible name of the chart. */
  title: string;
  /** A sentence describing what it shows. */
  description: string;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** Whether each mark names its event (data-id), for a script to find it: not on a static chart. */
  markIds?: boolean;
}

/** The chart as SVG markup: lanes, axis, marks. Colours come from CSS classes (light, dark). */
export function renderTimelineSvg(layout: ChartLayout, o: SvgOptions): string {
  const { width, height, plot } = layout;
  const t = `${o.idPrefix}-title`;
  const d = `${o.idPrefix}-desc`;
  const parts: string[] = [];
  parts.push(
    `<svg class="tl-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${t} ${d}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${t}">${esc(o.title)}</title><desc id="${d}">${esc(o.description)}</desc>`,
  );
  // Lanes: a band each, then the breaks over them (a compressed stretch of time, drawn as a gap
  // with two slashes on the axis), then the lanes' names over both.
  for (const l of layout.lanes) {
    parts.push(
      `<rect class="tl-band tl-${l.theme}" x="${plot.left}" y="${l.y}" width="${plot.right - plot.left}" height="${l.height}"/>`,
    );
  }
  for (const b of layout.breaks) {
    parts.push(
      `<rect class="tl-break" x="${b.x}" y="${plot.top}" width="${b.width}" height="${plot.bottom - plot.top + 6}"/>`,
    );
  }
  for (const l of layout.lanes) {
    if (layout.labels === 'side') {
      parts.push(
        `<text class="tl-lane-label" paint-order="stroke" x="${plot.left - 10}" y="${l.y + 17}" text-anchor="end">${esc(l.label)}</text>`,
      );
    } else if (layout.labels === 'inline') {
      parts.push(
        `<text class="tl-lane-label" paint-order="stroke" x="${plot.left + 4}" y="${l.y + 15}">${esc(l.label)}</text>`,
      );
    }
  }
  // Axis: ticks and labels along the bottom, and the breaks' slashes.
  parts.push(
    `<g class="tl-axis"><line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}"/>`,
  );
  for (const tk of layout.ticks) {
    parts.push(
      `<line class="tl-grid" x1="${tk.x}" x2="${tk.x}" y1="${plot.top}" y2="${plot.bottom + 5}"/><text x="${tk.x}" y="${plot.bottom + 19}" text-anchor="middle">${esc(tk.label)}</text>`,
    );
  }
  for (const b of layout.breaks) {
    const x1 = b.x + 8;
    const x2 = b.x + b.width - 8;
    parts.push(
      `<rect class="tl-break" x="${b.x}" y="${plot.bottom - 1}" width="${b.width}" height="3"/><path class="tl-break-mark" d="M${x1 - 3} ${plot.bottom + 6}l6 -12M${x2 - 3} ${plot.bottom + 6}l6 -12"/>`,
    );
  }
  parts.push('</g><g class="tl-marks">');
  // Marks: a day is a point, a month or a year a span; inferred dates are hollow and dashed.
  // One element a mark, its name in its title: thousands of marks are thousands of nodes.
  for (const m of layout.marks) {
    const id = o.markIds === false ? '' : ` data-id="${esc(m.id)}"`;
    const attrs = `class="tl-mark tl-${m.lane}${m.inferred ? ' tl-inferred' : ''}"${id}`;
    const title = `<title>${esc(m.label)}</title>`;
    parts.push(
      m.kind === 'point'
        ? `<circle ${attrs} cx="${m.x}" cy="${m.y}" r="${POINT_R}">${title}</circle>`
        : `<rect ${attrs} x="${m.x}" y="${round(m.y - SPAN_H / 2)}" width="${round(m.x2 - m.x)}" height="${SPAN_H}" rx="2">${title}</rect>`,
    );
  }
  for (const b of layout.bins) {
    const n = `${b.count} event${b.count === 1 ? '' : 's'}`;
    parts.push(
      `<rect class="tl-bin tl-${b.lane}" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" data-from="${b.from}" data-to="${b.to}"><title>${n}</title></rect>`,
    );
  }
  parts.push('</g></svg>');
  return parts.join('');
}

/** The timeline page draws two views of the same data; CSS shows the one that fits. */
export const TIMELINE_VIEWS = {
  wide: { width: 960, labels: 'side' },
  narrow: { width: 360, labels: 'inline' },
} as const;
export type TimelineView = keyof typeof TIMELINE_VIEWS;

/** One view of the timeline page's chart: its layout and its SVG. */
export function renderTimelineView(
  view: TimelineView,
  events: readonly TimelineEvent[],
  options: {
    lanes: readonly Lane[];
    domain?: readonly [number, number] | undefined;
    total: number;
  },
): { layout: ChartLayout; svg: string } {
  const layout = layoutTimeline(events, {
    ...TIMELINE_VIEWS[view],
    lanes: options.lanes,
    domain: options.domain,
  });
  const svg = renderTimelineSvg(layout, {
    idPrefix: `tl-${view}`,
    title: `Timeline chart: ${events.length === options.total ? 'all' : events.length + ' of'} ${options.total} events`,
    description:
      'Events placed on a time axis, one lane a theme: a dot for a day, a bar for a month, a year or a span; hollow and dashed when the date is inferred. The list below gives every event in words.',
  });
  return { layout, svg };
}

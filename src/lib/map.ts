/**
 * The locator maps as a pure function: outlines, a border and marks in, SVG markup out, drawn
 * at build time (no tiles, nothing from another origin). Geometry is projected with d3-geo
 * (Mercator fitted to a longitude/latitude box) and rounded, so the markup is small and two
 * builds are identical. Marks use the timeline's notation: a day a dot, a month, a year or a
 * span a bar, coloured by theme, hollow and dashed when the date is inferred.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import type { ThemeSlug } from '../schemas/theme';
import { escapeMarkup } from './markup';

export interface MapEventMark {
  id: string;
  /** Title and date in words: the mark's tooltip and accessible name. */
  label: string;
  href: string;
  theme: ThemeSlug;
  inferred: boolean;
  /** A day is a dot; a month, a year or a span a bar. */
  day: boolean;
}

export interface MapPlace {
  slug: string;
  name: string;
  href: string;
  /** [longitude, latitude] */
  point: readonly [number, number];
  events: readonly MapEventMark[];
}

export interface MapArea {
  name: string;
  geometry: GeoPermissibleObjects;
  role: 'focus' | 'neighbour' | 'disputed';
}

export interface MapSpec {
  width: number;
  height: number;
  /** The box to fit, [[west, south], [east, north]] in degrees. */
  fit: readonly [readonly [number, number], readonly [number, number]];
  areas: readonly MapArea[];
  /** Boundaries drawn and named as a line (the Durand Line), with a link to their page. */
  lines?: readonly { name: string; href?: string; geometry: MultiLineString }[];
  places: readonly MapPlace[];
  /** Name countries, places and lines, and link marks (the map page); off for small maps. */
  labels: boolean;
  /** Accessible name of the figure. */
  title: string;
}

const esc = escapeMarkup;
const r = (n: number) => Math.round(n);
/**
 * Outlines in presentation attributes and currentColor, so that a small map needs no style
 * sheet of its own and follows the light and dark schemes.
 */
const AREA_STYLE = {
  focus:
    'fill="currentColor" fill-opacity=".07" stroke="currentColor" stroke-opacity=".6" stroke-width=".75"',
  neighbour: 'fill="none" stroke="currentColor" stroke-opacity=".45" stroke-width=".75"',
  disputed: 'fill="none" stroke="currentColor" stroke-width=".75" stroke-dasharray="2 2"',
} as const;
/** Room for one event mark beside a place. */
const STEP = 12;

/** A place point's marks: each event once, side by side to its right. */
interface Anchor {
  x: number;
  y: number;
  places: MapPlace[];
  events: MapEventMark[];
}

function anchors(spec: MapSpec, project: (p: [number, number]) => [number, number] | null) {
  const byXY = new Map<string, Anchor>();
  for (const place of spec.places) {
    const xy = project([place.point[0], place.point[1]]);
    if (!xy) continue;
    const [x, y] = [r(xy[0]), r(xy[1])];
    const a = byXY.get(`${x},${y}`) ?? { x, y, places: [], events: [] };
    a.places.push(place);
    for (const e of place.events) if (!a.events.some((k) => k.id === e.id)) a.events.push(e);
    byXY.set(`${x},${y}`, a);
  }
  return [...byXY.values()].sort((a, b) => a.y - b.y || a.x - b.x);
}

function eventMark(e: MapEventMark, x: number, y: number, link: boolean): string {
  const cls = `tl-mark tl-${e.theme}${e.inferred ? ' tl-inferred' : ''}`;
  const shape = e.day
    ? `<circle cx="${x}" cy="${y}" r="4"/>`
    : `<rect x="${x - 5}" y="${y - 3.5}" width="10" height="7" rx="1.5"/>`;
  const title = `<title>${esc(e.label)}</title>`;
  return link
    ? `<a href="${esc(e.href)}" class="${cls}">${title}${shape}</a>`
    : `<g class="${cls}">${shape}</g>`;
}

type Box = { x0: number; x1: number; y: number };
const clashes = (taken: readonly Box[], b: Box) =>
  taken.some((t) => t.x0 < b.x1 && b.x0 < t.x1 && Math.abs(t.y - b.y) < 12);

/**
 * Place names beside their marks: right of them, else left of the point, else a line further
 * down or up, clear of every mark and of any label already placed (the country names first).
 */
function placeLabels(list: Anchor[], width: number, taken: Box[]): string[] {
  for (const a of list) taken.push({ x0: a.x - 4, x1: a.x + 9 + a.events.length * STEP, y: a.y });
  return list.flatMap((a) => {
    const names = a.places.map((p) => p.name);
    const w = Math.max(...names.map((l) => l.length)) * 6.2;
    const right = a.x + 4 + a.events.length * STEP;
    const tries = [0, 13, -13, 26, -26, 39].flatMap((dy) => [
      { x: right, end: false, dy },
      { x: a.x - 6, end: true, dy },
    ]);
    const boxes = (t: { x: number; end: boolean; dy: number }) =>
      names.map((_, i) => ({
        x0: t.end ? t.x - w : t.x,
        x1: t.end ? t.x : t.x + w,
        y: a.y + t.dy + i * 13,
      }));
    const fits = (t: (typeof tries)[number]) =>
      boxes(t).every((b) => b.x0 >= 0 && b.x1 <= width && !clashes(taken, b));
    const pick = tries.find(fits) ?? tries[0] ?? { x: right, end: false, dy: 0 };
    taken.push(...boxes(pick));
    return names.map((name, i) => {
      const p = a.places[i];
      const anchor = pick.end ? ' text-anchor="end"' : '';
      const text = `<text x="${r(pick.x)}" y="${a.y + pick.dy + i * 13 + 4}"${anchor}>${esc(name)}</text>`;
      return p ? `<a href="${esc(p.href)}">${text}</a>` : text;
    });
  });
}

/** The map as an SVG string. */
export function drawMap(spec: MapSpec): string {
  const [[w, s], [e, n]] = spec.fit;
  const box: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [w, s],
      [e, n],
      [w, n],
      [e, s],
    ],
  };
  const projection = geoMercator()
    .fitExtent(
      [
        [2, 2],
        [spec.width - 2, spec.height - 2],
      ],
      box,
    )
    .clipExtent([
      [0, 0],
      [spec.width, spec.height],
    ]);
  const path = geoPath(projection).digits(0);
  const out: string[] = [];
  for (const role of ['focus', 'neighbour', 'disputed'] as const) {
    const paths = spec.areas.flatMap((a) => {
      const d = a.role === role ? path(a.geometry) : null;
      return d
        ? [`<path d="${d}">${spec.labels ? `<title>${esc(a.name)}</title>` : ''}</path>`]
        : [];
    });
    if (paths.length > 0) out.push(`<g ${AREA_STYLE[role]}>${paths.join('')}</g>`);
  }
  for (const line of spec.lines ?? []) {
    const d = path(line.geometry);
    const title = spec.labels ? `<title>${esc(line.name)}</title>` : '';
    if (d)
      out.push(
        `<path fill="none" stroke="currentColor" stroke-width="1.75" d="${d}">${title}</path>`,
      );
  }
  const list = anchors(spec, (p) => projection(p));
  for (const a of list) {
    out.push(`<circle fill="currentColor" cx="${a.x}" cy="${a.y}" r="2.5"/>`);
    a.events.forEach((ev, i) => out.push(eventMark(ev, a.x + 9 + i * STEP, a.y, spec.labels)));
  }
  if (!spec.labels)
    out.push(`<g font-size="10" fill="currentColor">${smallAreaLabels(spec, path)}</g>`);
  if (spec.labels) {
    const taken: Box[] = [];
    const labels = [
      ...areaLabels(spec, path, taken),
      ...lineLabels(spec, path, taken),
      ...placeLabels(list, spec.width, taken),
    ];
    out.push(`<g class="map-labels" paint-order="stroke">${labels.join('')}</g>`);
  }
  const width = spec.labels ? '100%' : String(spec.width);
  return `<svg class="map-svg" width="${width}" viewBox="0 0 ${spec.width} ${spec.height}" role="${spec.labels ? 'group' : 'img'}" aria-label="${esc(spec.title)}">${out.join('')}</svg>`;
}

/** A small map's country names: at the middle of what is in view of each. */
function smallAreaLabels(spec: MapSpec, path: ReturnType<typeof geoPath>): string {
  return spec.areas
    .filter((a) => a.role === 'focus' && path(a.geometry))
    .map((a) => {
      const [x, y] = path.centroid(a.geometry);
      return `<text x="${r(x)}" y="${r(y)}" text-anchor="middle">${esc(a.name)}</text>`;
    })
    .join('');
}

function areaLabels(spec: MapSpec, path: ReturnType<typeof geoPath>, taken: Box[]): string[] {
  return spec.areas
    .filter((a) => a.role === 'focus')
    .map((a) => {
      const [x, y] = path.centroid(a.geometry);
      const w = a.name.length * 11;
      taken.push({ x0: x - w / 2, x1: x + w / 2, y }, { x0: x - w / 2, x1: x + w / 2, y: y - 8 });
      return `<text class="map-country" x="${r(x)}" y="${r(y)}" text-anchor="middle">${esc(a.name)}</text>`;
    });
}

function lineLabels(spec: MapSpec, path: ReturnType<typeof geoPath>, taken: Box[]): string[] {
  return (spec.lines ?? []).map((line) => {
    // Along the line's longest part, a fifth of the way from its south-western end, where the
    // map has room.
    const part = [...line.geometry.coordinates].sort((a, b) => b.length - a.length)[0] ?? [];
    const ends = part[0] && part.at(-1) && (part[0][1] ?? 0) > (part.at(-1)?.[1] ?? 0);
    const pts = ends ? [...part].reverse() : part;
    const at = (i: number) =>
      path.centroid({ type: 'Point', coordinates: pts[Math.min(pts.length - 1, i)] ?? [0, 0] });
    const i = Math.floor(pts.length / 5);
    const [x, y] = at(i);
    const [x0, y0] = at(i - 6);
    const [x1, y1] = at(i + 6);
    const angle = r((Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI);
    const turn = angle > 90 || angle < -90 ? angle + 180 : angle;
    // The turned label's footprint, as a few boxes along it, kept clear of place names.
    const half = line.name.length * 3.2;
    for (const k of [-1, -0.5, 0, 0.5, 1]) {
      const [bx, by] = [
        x + k * half * Math.cos((turn * Math.PI) / 180),
        y + k * half * Math.sin((turn * Math.PI) / 180),
      ];
      taken.push({ x0: bx - 6, x1: bx + 6, y: by - 4 });
    }
    const text = `<text class="map-line-label" x="${r(x)}" y="${r(y)}" transform="rotate(${turn} ${r(x)} ${r(y)})" text-anchor="middle" dy="-5">${esc(line.name)}</text>`;
    return line.href ? `<a href="${esc(line.href)}">${text}</a>` : text;
  });
}

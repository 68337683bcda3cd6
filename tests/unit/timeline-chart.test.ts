import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import {
  layoutTimeline,
  renderTimelineSvg,
  renderTimelineView,
  DENSE_LIMIT,
  focusDomain,
  segments,
  timeTicks,
  utcScale,
  type TimelineEvent,
} from '../../src/lib/timeline-chart';
import { FIXTURE_EVENTS, FIXTURE_LANES } from '../fixtures/timeline-events';

// Fixture events, not the real corpus: content changes never move a snapshot.
const events = FIXTURE_EVENTS;
const lanes = FIXTURE_LANES;
const D = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const ev = (
  id: string,
  first: number,
  last = first,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent => ({
  id,
  title: id,
  first,
  last,
  precision: first === last ? 'day' : 'month',
  basis: 'stated',
  dateText: id,
  themes: ['talks'],
  sources: ['s'],
  ...extra,
});

describe('layoutTimeline', () => {
  it('draws a day as a point and a month or year as a span covering it', () => {
    const l = layoutTimeline(
      [ev('day', D(2024, 3, 18)), ev('month', D(2021, 11), D(2021, 11, 30))],
      {
        lanes: [{ theme: 'talks', label: 'Talks' }],
      },
    );
    const day = l.marks.find((m) => m.id === 'day');
    const month = l.marks.find((m) => m.id === 'month');
    expect(day?.kind).toBe('point');
    expect(day?.x).toBe(day?.x2);
    expect(month?.kind).toBe('span');
    expect((month?.x2 ?? 0) - (month?.x ?? 0)).toBeGreaterThan(5);
  });

  it('marks inferred dates and says so in the label', () => {
    const l = layoutTimeline([ev('x', D(2024, 3, 18), D(2024, 3, 18), { basis: 'inferred' })], {
      lanes: [{ theme: 'talks', label: 'Talks' }],
    });
    expect(l.marks[0]).toMatchObject({ inferred: true, label: 'x (inferred): x' });
  });

  it('stacks overlapping marks of a lane in rows, never on top of each other', () => {
    const l = layoutTimeline(
      [ev('a', D(2021, 11), D(2021, 11, 30)), ev('b', D(2021, 11), D(2021, 11, 30))],
      {
        lanes: [{ theme: 'talks', label: 'Talks' }],
      },
    );
    const [a, b] = l.marks;
    expect(a?.y).not.toBe(b?.y);
  });

  it('keeps only the marks of the visible period when zoomed', () => {
    const all = layoutTimeline(events, { lanes });
    const zoomed = layoutTimeline(events, { lanes, domain: [D(2024, 1), D(2024, 6)] });
    expect(all.marks).toHaveLength(events.length);
    expect(zoomed.marks.length).toBeGreaterThan(0);
    expect(zoomed.marks.length).toBeLessThan(events.length);
  });

  it('compresses a long empty stretch into a break and keeps time in order', () => {
    const segs = segments(
      [ev('old', D(2000), D(2009, 12, 31)), ev('new', D(2024, 3, 18))],
      [D(1999), D(2025)],
    );
    expect(segs).toHaveLength(2);
    const l = layoutTimeline([ev('old', D(2000), D(2009, 12, 31)), ev('new', D(2024, 3, 18))], {
      lanes: [{ theme: 'talks', label: 'Talks' }],
    });
    expect(l.breaks).toHaveLength(1);
    const xs = l.ticks.map((t) => t.x);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
  });
});

describe('the SVG', () => {
  it('is labelled, carries its viewBox and one mark an event', () => {
    const { svg, layout } = renderTimelineView('wide', events, { lanes, total: events.length });
    expect(svg).toMatch(/^<svg class="tl-svg" viewBox="0 0 960 \d+"/);
    expect(svg).toContain('role="img" aria-labelledby="tl-wide-title tl-wide-desc"');
    expect(svg.match(/class="tl-mark /g)).toHaveLength(events.length);
    expect(layout.marks.map((m) => m.id)).toEqual(events.map((e) => e.id));
  });

  it('names each mark by its event for the script, and not on a static chart', () => {
    const layout = layoutTimeline([ev('x-1', D(2024, 1, 1), D(2024, 1, 1))], {
      lanes: [{ theme: 'talks', label: 'T' }],
    });
    const o = { idPrefix: 'p', title: 't', description: 'd' };
    expect(renderTimelineSvg(layout, o)).toContain('data-id="x-1"');
    const still = renderTimelineSvg(layout, { ...o, markIds: false });
    expect(still).not.toContain('data-id');
    expect(still).toContain('class="tl-mark tl-talks"');
  });

  it('escapes text', () => {
    const svg = renderTimelineSvg(
      layoutTimeline([ev('x', D(2024, 1, 1), D(2024, 1, 1), { title: '<b>&"' })], {
        lanes: [{ theme: 'talks', label: 'T' }],
      }),
      { idPrefix: 'p', title: 'a<b', description: 'd' },
    );
    expect(svg).toContain('a&lt;b');
    expect(svg).toContain('&lt;b&gt;&amp;&quot;');
    expect(svg).not.toContain('<b>');
  });

  it('is deterministic: the same data gives the same file', async () => {
    const wide = renderTimelineView('wide', events, { lanes, total: events.length }).svg;
    const narrow = renderTimelineView('narrow', events, { lanes, total: events.length }).svg;
    const talks = renderTimelineSvg(
      layoutTimeline(
        events.filter((e) => e.themes.includes('talks')),
        {
          lanes: [{ theme: 'talks', label: 'Talks' }],
          compact: true,
          labels: 'none',
          width: 720,
        },
      ),
      { idPrefix: 'tl-talks', title: 'Talks', description: 'd' },
    );
    expect(renderTimelineView('wide', events, { lanes, total: events.length }).svg).toBe(wide);
    await expect(wide).toMatchFileSnapshot('__snapshots__/timeline-wide.svg');
    await expect(narrow).toMatchFileSnapshot('__snapshots__/timeline-narrow.svg');
    await expect(talks).toMatchFileSnapshot('__snapshots__/timeline-talks.svg');
  });
});

describe('the time scale and axis', () => {
  // A seeded walk over periods from hours to decades, and over 2 to 9 stops.
  let seed = 11;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const cases = Array.from({ length: 200 }, () => {
    const n = 2 + Math.floor(rand() * 8);
    const scale = 10 ** (4 + rand() * 7);
    const stops = [D(1990) + rand() * 1e12];
    const px = [rand() * 200];
    for (let i = 1; i < n; i++) {
      stops.push((stops[i - 1] ?? 0) + rand() * scale * 1000);
      px.push((px[i - 1] ?? 0) + rand() * 300);
    }
    return { stops, px };
  });

  it('maps time to x exactly as d3-scale’s clamped scaleUtc does, inside and outside the period', () => {
    for (const { stops, px } of cases) {
      const ours = utcScale(stops, px);
      const d3 = scaleUtc().domain(stops).range(px).clamp(true);
      const first = stops[0] ?? 0;
      const span = (stops.at(-1) ?? 0) - first;
      for (let k = -2; k <= 12; k++) {
        const t = first + (span * k) / 10;
        expect(ours(t)).toBe(d3(t));
      }
      for (const t of stops) expect(ours(t)).toBe(d3(t));
    }
  });

  it('puts ticks where d3-scale puts them, named by its multi-scale format', () => {
    for (const { stops } of cases) {
      const a = stops[0] ?? 0;
      const b = stops.at(-1) ?? 0;
      const d3 = scaleUtc().domain([a, b]);
      for (const count of [1, 3, 10]) {
        const format = d3.tickFormat(count);
        expect(timeTicks(a, b, count)).toEqual(
          d3.ticks(count).map((d) => ({ t: d.getTime(), label: format(d) })),
        );
      }
    }
  });
});

describe('a crowded period', () => {
  const many = Array.from({ length: DENSE_LIMIT * 3 }, (_, i) =>
    ev(`e${i}`, D(2000) + i * 4 * 86_400_000, D(2000) + i * 4 * 86_400_000, {
      themes: [i % 3 === 0 ? 'talks' : 'ttp'],
    }),
  );

  it('is drawn as counts a lane, every event counted once, and as marks again when narrowed', () => {
    const dense = layoutTimeline(many, { lanes });
    expect(dense.marks).toEqual([]);
    const counted = (lane: string) =>
      dense.bins.filter((b) => b.lane === lane).reduce((n, b) => n + b.count, 0);
    expect(counted('talks')).toBe(DENSE_LIMIT);
    expect(counted('ttp')).toBe(DENSE_LIMIT * 2);
    expect(dense.bins.every((b) => b.from < b.to && b.height > 0)).toBe(true);
    const svg = renderTimelineSvg(dense, { title: 't', description: 'd', idPrefix: 'x' });
    expect(svg.match(/class="tl-bin /g)).toHaveLength(dense.bins.length);
    expect(svg).not.toContain('class="tl-mark ');
    const mid = many[900]?.first ?? 0;
    const near = focusDomain(many, mid, dense.domain[1] - dense.domain[0]);
    expect(near[0]).toBeLessThan(mid);
    expect(near[1]).toBeGreaterThan(mid);
    const zoomed = layoutTimeline(many, { lanes, domain: near });
    expect(zoomed.bins).toEqual([]);
    expect(zoomed.marks.length).toBeGreaterThan(0);
    expect(zoomed.marks.length).toBeLessThanOrEqual(DENSE_LIMIT);
  });
});

import { describe, expect, it } from 'vitest';
import { drawMap, type MapSpec } from '../../src/lib/map';

const square = (x: number, y: number, d: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x, y + d],
      [x + d, y + d],
      [x + d, y],
      [x, y],
    ],
  ],
});
const spec = (over: Partial<MapSpec> = {}): MapSpec => ({
  width: 300,
  height: 200,
  fit: [
    [60, 25],
    [78, 38],
  ],
  areas: [
    { name: 'West', geometry: square(61, 29, 8), role: 'focus' },
    { name: 'Far', geometry: square(100, 0, 5), role: 'neighbour' },
  ],
  places: [
    {
      slug: 'a',
      name: 'Town A',
      href: '/actors/a/',
      point: [65, 33],
      events: [
        {
          id: 'e1',
          label: 'One (18 March 2024)',
          href: '/timeline/#event-e1',
          theme: 'ttp',
          inferred: false,
          day: true,
        },
        {
          id: 'e2',
          label: 'Two (2022, inferred)',
          href: '/timeline/#event-e2',
          theme: 'talks',
          inferred: true,
          day: false,
        },
      ],
    },
    { slug: 'b', name: 'Town B', href: '/actors/b/', point: [65, 33], events: [] },
  ],
  labels: true,
  title: 'A test map',
  ...over,
});

describe('drawMap', () => {
  it('draws each event once at its place, as the timeline does: a day a dot, else a bar; inferred hollow', () => {
    const svg = drawMap(spec());
    expect(
      svg.match(
        /<a href="\/timeline\/#event-e1" class="tl-mark tl-ttp"><title>One \(18 March 2024\)<\/title><circle /g,
      ),
    ).toHaveLength(1);
    expect(svg).toMatch(
      /<a href="\/timeline\/#event-e2" class="tl-mark tl-talks tl-inferred"><title>[^<]+<\/title><rect /,
    );
    // Two places at one point: one dot, both names, each a link.
    expect(svg.match(/<circle fill="currentColor"/g)).toHaveLength(1);
    expect(svg).toContain('<a href="/actors/a/"><text');
    expect(svg).toContain('<a href="/actors/b/"><text');
  });

  it('draws what is in view, rounded to whole units, and is the same every time', () => {
    const svg = drawMap(spec());
    expect(svg).toContain('<title>West</title>');
    expect(svg).not.toContain('<title>Far</title>');
    for (const [, d] of svg.matchAll(/ d="([^"]+)"/g)) expect(d).not.toMatch(/\.\d/);
    expect(drawMap(spec())).toBe(svg);
  });

  it('makes a small map a picture: no links, no names but the countries', () => {
    const svg = drawMap(spec({ labels: false }));
    expect(svg).toContain('role="img" aria-label="A test map"');
    expect(svg).not.toContain('<a ');
    expect(svg).not.toContain('Town A');
    expect(svg).toContain('>West</text>');
  });
});

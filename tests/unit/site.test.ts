import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check';
import { groupCites } from '../../src/lib/cites';
import { buildSite, compareEvents } from '../../src/lib/site';
import { realFiles } from '../helpers';

const site = buildSite(checkCorpus(realFiles()).corpus);

describe('the site model', () => {
  it('orders events by their earliest possible date, spans after points', () => {
    site.events.slice(1).forEach((e, i) => {
      expect(compareEvents(site.events[i] ?? e, e)).toBeLessThan(0);
    });
    expect(site.events[0]?.id).toBe('pakistan-ttp-war-begins');
  });

  it('orders sources by publication and themes by their order field', () => {
    expect(site.sources.map((s) => s.data.published.date.year)).toEqual([2021, 2022, 2024, 2024]);
    expect(site.themes.map((t) => t.id)).toEqual([
      'ttp',
      'afghan-taliban',
      'talks',
      'cross-border-strikes',
    ]);
  });

  it("groups a theme's claims by source, keeping only claims of that theme", () => {
    const groups = site.claimsByThemeAndSource('cross-border-strikes');
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) {
      for (const c of g.claims) expect(c.themes).toContain('cross-border-strikes');
    }
  });

  it('finds every claim that involves an actor, as asserter or subject', () => {
    const refs = site.claimsForActor('asfandyar-mir');
    expect(refs.map((r) => r.claim.id)).toContain('at-mir-asylum');
    expect(
      refs.every(
        (r) => r.claim.byActor === 'asfandyar-mir' || r.claim.actors.includes('asfandyar-mir'),
      ),
    ).toBe(true);
  });

  it("lists a source's events through its claims", () => {
    const ids = site.eventsForSource('unrest-in-afghanistan').map((e) => e.id);
    expect(ids).toContain('strikes-paktika-khost');
    expect(ids).not.toContain('ceasefire-brokered');
  });

  it('throws on an unknown id rather than rendering a broken link', () => {
    expect(() => site.claim('no-such-claim')).toThrow(/unknown claim/);
  });
});

describe('groupCites', () => {
  it('groups by source and tells apart two claims from one paragraph', () => {
    const groups = groupCites(
      ['at-airstrikes', 'at-airstrikes-civilians', 'patriot-kurram-fire'].map(site.claim),
    );
    expect(groups.map((g) => [g.title, g.links.map((l) => l.label)])).toEqual([
      ['Asia Times report', ['¶ 4a', '¶ 4b']],
      ['Daily The Patriot editorial', ['¶ 2']],
    ]);
  });
});

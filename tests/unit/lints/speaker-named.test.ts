import { describe, expect, it } from 'vitest';
import { speakerNamed } from '../../../src/lib/lints/speaker-named';
import { actor, claim, corpus, source } from './corpus';

const check = (...claims: Record<string, unknown>[]) =>
  speakerNamed.check(
    corpus({
      sources: [
        source('s', {
          outlet: 'Asia Times',
          shortTitle: 'Asia Times report',
          author: 'F.M. Shakil',
          claims,
        }),
      ],
      actors: [actor('asfandyar-mir', { name: 'Asfandyar Mir', aliases: ['Mir'] })],
    }),
  );

describe('speaker-named', () => {
  it('passes statements naming the outlet, the report, the byline or the person quoted', () => {
    expect(
      check(
        claim('a', 'Asia Times reports that the talks failed.', { by: 'Asia Times' }),
        claim('b', 'The report says the ceasefire lasted a month.', { by: 'Asia Times' }),
        claim('c', 'Shakil writes that the border is tense.', { by: 'Asia Times' }),
        claim('d', 'Mir warns that the TTP is growing.', {
          by: 'Asfandyar Mir (USIP)',
          byActor: 'asfandyar-mir',
        }),
        claim('e', "Pakistan's Foreign Office, the report says, denied it.", {
          by: "Pakistan's Foreign Office, as Asia Times reports",
        }),
        claim('f', 'Afghan officials say civilian homes were hit.', {
          by: 'Afghan officials, as the editorial reports',
        }),
        claim('g', 'Some speculate that the ISI may act.', {
          by: 'unnamed speculation, as Asia Times reports',
        }),
      ),
    ).toEqual([]);
  });

  it('refuses a statement whose only speaker is a pronoun, naming the claim and its by', () => {
    expect(
      check(claim('a', 'It says Pakistan struck TTP militants.', { by: 'Asia Times' })),
    ).toEqual([
      {
        file: 'content/sources/s.md',
        field: 'claims[0] (a).statement',
        message: expect.stringMatching(
          /does not name its speaker \(by: "Asia Times"\).*"It says Pakistan/,
        ),
      },
    ]);
  });

  it('refuses "he adds" for a quoted analyst', () => {
    const c = claim('d', 'He adds that the Taliban will not act.', {
      by: 'Asfandyar Mir (USIP)',
      byActor: 'asfandyar-mir',
    });
    expect(check(c).map((p) => p.field)).toEqual(['claims[0] (d).statement']);
  });

  it('does not take a name inside another word for the speaker', () => {
    const c = claim('d', 'She says Mirza Khan was seen.', {
      by: 'Asfandyar Mir (USIP)',
      byActor: 'asfandyar-mir',
    });
    expect(check(c)).toHaveLength(1);
  });
});

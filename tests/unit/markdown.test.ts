import { describe, expect, it } from 'vitest';
import { analyseBody } from '../../src/lib/markdown';

describe('analyseBody', () => {
  it('collects claim notes in first-cited order, once each', () => {
    const a = analyseBody('One.[^a-claim] Two.[^b-claim][^a-claim]\n\n## Heading\n\nThree.[^c]');
    expect(a.refs).toEqual(['a-claim', 'b-claim', 'c']);
    expect(a.problems).toEqual([]);
  });

  it('counts the words of prose, not the notes', () => {
    expect(analyseBody('Four words of prose.[^a-long-claim-id]').words).toBe(4);
  });

  it('refuses raw HTML, block or inline, with its line', () => {
    const a = analyseBody('Text\n\n<script>alert(1)</script>\n\nand <em>inline</em>.');
    expect(a.problems.map((p) => p.line)).toEqual([3, 5, 5]);
    expect(a.problems[0]?.message).toMatch(/raw HTML/);
  });

  it('refuses hand-written footnotes and malformed note ids', () => {
    expect(analyseBody('A[^x].\n\n[^x]: mine').problems[0]?.message).toMatch(/hand-written/);
    expect(analyseBody('A[^Bad_Id].').problems[0]?.message).toMatch(/not a claim id/);
  });

  it('reports an empty body', () => {
    expect(analyseBody('\n\n').problems).toEqual([{ message: 'the body is empty' }]);
  });
});

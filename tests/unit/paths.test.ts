import { describe, expect, it } from 'vitest';
import { href, normaliseBase, routes } from '../../src/lib/paths';

describe('paths', () => {
  it('normalises any base path form to /x/ or /', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('explainer')).toBe('/explainer/');
    expect(normaliseBase('/a/b/')).toBe('/a/b/');
  });

  it('joins base and route with one slash policy', () => {
    expect(href('/explainer/', routes.source('x'))).toBe('/explainer/sources/x/');
    expect(href('/', routes.claim('x', 'y'))).toBe('/sources/x/#claim-y');
    expect(href('/sub', routes.home())).toBe('/sub/');
  });
});

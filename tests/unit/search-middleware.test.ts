import { describe, expect, it } from 'vitest';
import { searchable } from '../../src/integrations/search-middleware';

describe('what the search index reads of a page', () => {
  const page = [
    '<!DOCTYPE html><html lang="en" class="x"><head><style>body{color:red}</style>',
    '<title>T</title></head><body><header><nav>Menu</nav></header>',
    '<main id="main" data-pagefind-body data-pagefind-filter="type:Source"><h1>Title</h1>',
    '<p>Text</p></main><footer>Foot</footer></body></html>',
  ].join('');

  it('keeps the language and the main element, with its filters, and drops the rest', () => {
    expect(searchable(page)).toBe(
      '<html lang="en"><body><main id="main" data-pagefind-body data-pagefind-filter="type:Source"><h1>Title</h1><p>Text</p></main></body></html>',
    );
  });

  it('passes a page without a main element through whole', () => {
    expect(searchable('<html><body><p>x</p></body></html>')).toBe(
      '<html><body><p>x</p></body></html>',
    );
  });
});

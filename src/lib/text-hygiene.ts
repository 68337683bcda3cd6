/**
 * Text hygiene: what a content file's bytes and strings may hold. Files are UTF-8 (decoded
 * strictly: a byte that is not UTF-8 is refused, never shown as U+FFFD); no control characters
 * but tab and line ends where lines are allowed; no invisible controls that reorder or hide text
 * (bidi embeddings, overrides and isolates, direction marks, a byte-order mark after the start).
 * Messages name the character by code point and the place by line and column.
 */

export interface TextFault {
  /** Index (UTF-16) of the character in the string. */
  index: number;
  reason: string;
}

/** Bidi embeddings, overrides and isolates, and the invisible direction marks. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
/** C0 and C1 controls but tab and line ends, DEL, a BOM past the start, line/paragraph separators, noncharacters. */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- the point: controls are refused
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\u2028\u2029\uFFF9-\uFFFB\uFFFE\uFFFF]/u;
const LINE_END = /[\r\n]/u;

/** `U+202E`: how messages name a character. */
export const codePoint = (ch: string) =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character of `text` that content may not hold, if any. `multiline` allows line
 * ends; `tab` allows tabs (bodies); single-line fields allow neither.
 */
export function textFault(
  text: string,
  opts: { multiline?: boolean; tab?: boolean } = {},
): TextFault | undefined {
  const checks: [RegExp, string][] = [
    [BIDI, 'an invisible direction control, which can reorder the text around it'],
    [CONTROL, 'a control or invisible character'],
  ];
  if (!opts.multiline) checks.push([LINE_END, 'a line break in a one-line field']);
  if (!opts.tab) checks.push([/\t/u, 'a tab (write a space)']);
  let first: TextFault | undefined;
  for (const [re, what] of checks) {
    const m = re.exec(text);
    if (m && (!first || m.index < first.index)) {
      first = { index: m.index, reason: `${codePoint(m[0])}, ${what}` };
    }
  }
  return first;
}

/** `3:14`: the line and column (in characters, from 1) of `index` in `text`. */
export function lineColumn(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return `${line}:${column}`;
}

export type Decoded = { text: string } | { error: string };

/**
 * A file's bytes as text: strict UTF-8, a leading byte-order mark dropped. An invalid byte is
 * reported with its line and column and its value.
 */
export function decodeContent(bytes: Uint8Array): Decoded {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch {
    const at = firstInvalidByte(bytes);
    const good = new TextDecoder('utf-8', { fatal: true })
      .decode(bytes.subarray(0, at), { stream: true })
      .replace(/^\uFEFF/, '');
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      error: `is not UTF-8: byte 0x${hex} at ${lineColumn(good, good.length)}; save the file as UTF-8`,
    };
  }
}

/** Offset of the first byte that no valid UTF-8 sequence explains. */
function firstInvalidByte(bytes: Uint8Array): number {
  // The longest prefix that decodes (a sequence cut at its end is fine when streaming), by
  // bisection: a prefix that fails makes every longer one fail.
  const decodes = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (decodes(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A string made safe to print on a terminal or in a log: control, bidi and other invisible
 * characters written as `\u{…}` escapes, so a message can neither move the cursor nor reorder
 * what follows it.
 */
export function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- the point: controls are escaped
    /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF9-\uFFFB]/gu,
    (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`,
  );
}

/**
 * Whether a name holds right-to-left letters (Arabic script, as Urdu and Pashto are written;
 * Hebrew): shown inside <bdi>, so that it cannot reorder the separators around it.
 */
export const rightToLeft = (text: string): boolean =>
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(
    text,
  );

/**
 * Hostile and odd input, class by class, at the level of the functions that refuse or neutralise
 * it: links and addresses, bytes and characters, limits, dates, problem messages and the CSV
 * writer (parsed back by an independent parser). The bad-input corpus (tests/fixtures/bad/)
 * covers the same classes through the whole check, file by file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkCorpus, formatProblems } from '../../src/lib/check';
import {
  parseContentBytes,
  parseContentFile,
  type CollectionName,
} from '../../src/lib/content-files';
import { publicFile } from '../../src/lib/content-report';
import { toCsv } from '../../src/lib/downloads';
import { MAX_FILE_BYTES } from '../../src/lib/limits';
import { addressProblem, linkProblem } from '../../src/lib/links';
import { decodeContent, printable, textFault } from '../../src/lib/text-hygiene';
import { PartialDateSchema, utcDay } from '../../src/schemas/date';
import { ROOT, archive, withFiles } from '../helpers';

describe('links in bodies', () => {
  const refused = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript%3Aalert(1)',
    '%6A%61vascript:alert(1)',
    '%256Aavascript:alert(1)',
    'javascript&colon;alert(1)',
    'javascript&#58;alert(1)',
    'vbscript:msgbox',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    'mailto:x@example.com',
    'ftp://example.com/',
    '//evil.example.com/x',
    '\\\\evil.example.com\\x',
    '/\\evil.example.com',
    'https://user:pw@example.com/',
    'https://example.com/a{b}',
    'https://example.com/"onmouseover=x',
  ];
  it.each(refused)('refuses %j', (url) => {
    expect(linkProblem(url, 'link')).toBeDefined();
  });

  const allowed = [
    'https://asiatimes.com/2022/05/pakistan/',
    'http://example.org/a?b=1&c=2#d',
    '/themes/ttp/',
    '#claim-x',
    '../sources/',
    'sources/',
  ];
  it.each(allowed)('allows %j', (url) => {
    expect(linkProblem(url, 'link')).toBeUndefined();
  });

  it('finds in-site images among the files under public/, and nowhere else', () => {
    const isFile = publicFile(ROOT);
    expect(isFile('/favicon.svg')).toBe(true);
    for (const p of ['/no-such.png', '/../package.json', '/%2e%2e/package.json', '/', '/%zz']) {
      expect(isFile(p), p).toBe(false);
    }
  });

  it('allows images only as files of the site', () => {
    expect(linkProblem('/images/map.png', 'image')).toBeUndefined();
    for (const url of [
      'https://tracker.example.com/p.gif',
      'data:image/gif;base64,R0lGOD',
      'map.png',
      '//cdn.example.com/a.png',
    ]) {
      expect(linkProblem(url, 'image'), url).toMatch(/not a file of the site|not allowed/);
    }
  });
});

describe('address fields', () => {
  it.each([
    ['https://asiatimes.com/a}@misc{x,', 'percent-encoded'],
    ['https://asiatimes.com/a b', 'percent-encoded'],
    ['https://asiatimes.com/a\nTY  - JOUR', 'percent-encoded'],
    ['https://asiatimes.com/a<script>', 'percent-encoded'],
    ['https://asiatimes.com/a`b', 'percent-encoded'],
    ['https://asiatimes.com/a\\b', 'percent-encoded'],
    ['https://asiatimes.com/ä', 'percent-encoded'],
    ['https://asiatimes.com/%zz', 'not a %XX escape'],
    ['javascript:alert(1)', 'https:// or http://'],
    ['https:asiatimes.com', 'must name a host'],
    ['https://localhost/', 'must name a host'],
  ])('refuses %j (%s)', (url, reason) => {
    expect(addressProblem(url)).toContain(reason);
  });
  it('accepts a plain address with a query and a fragment', () => {
    expect(addressProblem('https://dailytimes.com.pk/1007436/a-b/?x=1&y=%20#top')).toBeUndefined();
  });
});

describe('bytes and characters', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('drops a leading byte-order mark and keeps the rest', () => {
    expect(decodeContent(bytes('\uFEFFtitle: x'))).toEqual({ text: 'title: x' });
  });

  it('refuses bytes that are not UTF-8, naming line, column and byte', () => {
    const bad = new Uint8Array([...bytes('a: 1\nb: é'), 0xff, ...bytes('\n')]);
    expect(decodeContent(bad)).toEqual({
      error: 'is not UTF-8: byte 0xFF at 2:5; save the file as UTF-8',
    });
    const file = parseContentBytes('content/events/x.yaml', 'events', bad);
    expect(file.parseError).toContain('is not UTF-8');
  });

  it('refuses controls, direction controls and line breaks in one-line fields, by code point', () => {
    expect(textFault('a\u0000b')?.reason).toMatch(/^U\+0000/);
    expect(textFault('a\u009Bb')?.reason).toMatch(/^U\+009B/);
    expect(textFault('ab\u202Ec')).toMatchObject({ index: 2 });
    expect(textFault('\u2067x')?.reason).toMatch(/^U\+2067, an invisible direction/);
    expect(textFault('a\nb')?.reason).toContain('line break');
    expect(textFault('a\nb\tc', { multiline: true, tab: true })).toBeUndefined();
    // Letters of any script are text, not controls: Urdu with its joiner, accents.
    expect(textFault('تحریک طالبان پاکستان')).toBeUndefined();
    expect(textFault('Khyber Pakhtunkhwa, Zarb-e-Azb, Muttaqi, naïve, ‘quoted’')).toBeUndefined();
  });

  it('names the field and the line and column of a raw control character in YAML', () => {
    const f = parseContentFile('content/events/x.yaml', 'events', 'title: ok\nsummary: a\u0007b\n');
    expect(f.faults).toEqual([
      { field: 'summary', message: expect.stringMatching(/^U\+0007, .*line 2, column 11$/) },
    ]);
  });

  it('prints problems with control and direction characters escaped, one line each', () => {
    const text = formatProblems([
      { file: 'content/events/x.yaml', field: 'title', message: 'bad \u001b[2J\u202E\nnext' },
    ]);
    expect(text).toBe('content/events/x.yaml: title: bad \\u{1B}[2J\\u{202E}\\u{A}next');
    expect(printable('plain ‘text’ تحریک')).toBe('plain ‘text’ تحریک');
  });
});

describe('limits', () => {
  const theme = (body: string) => `---\ntitle: Talks\n---\n${body}\n`;

  it('refuses deep nesting before parsing, with file and line', () => {
    for (const body of ['> '.repeat(1000) + 'x', '- '.repeat(1000) + 'x', '1. '.repeat(900)]) {
      const f = parseContentFile('content/themes/talks.md', 'themes', theme(body));
      expect(f.faults?.[0]?.field).toBe('body (line 4)');
      expect(f.faults?.[0]?.message).toContain('nest more than');
    }
    const yaml = parseContentFile('content/events/x.yaml', 'events', `a: ${'['.repeat(50_000)}`);
    expect(yaml.faults?.[0]).toMatchObject({ field: 'a', message: /YAML nests more than/ });
  });

  it('refuses a body or a paragraph too long for the Markdown parser, with its line', () => {
    const long = parseContentFile('content/themes/talks.md', 'themes', theme('x'.repeat(20_000)));
    expect(long.faults?.[0]?.message).toMatch(/^the body is 20001 characters/);
    const para = parseContentFile(
      'content/themes/talks.md',
      'themes',
      theme(`a\n\n${'b '.repeat(4000)}`),
    );
    expect(para.faults?.[0]).toMatchObject({
      field: 'body (line 6)',
      message: /paragraph runs over/,
    });
  });

  it('refuses a file over the size limit without reading it as YAML', () => {
    const big = new TextEncoder().encode(`title: ${'x'.repeat(MAX_FILE_BYTES)}`);
    const f = parseContentBytes('content/events/x.yaml', 'events', big);
    expect(f.parseError).toContain(`at most ${MAX_FILE_BYTES}`);
  });

  it('checks a corpus with a pathological file and names it', () => {
    const body = Array.from({ length: 2000 }, (_, i) => `${'*['.repeat(50)}${i}`).join('\n');
    const f = parseContentFile('content/themes/talks.md', 'themes', theme(body));
    const { problems } = checkCorpus([f], { lints: false });
    expect(problems.some((p) => p.file === 'content/themes/talks.md')).toBe(true);
  });
});

describe('dates', () => {
  it('reads years 0 to 99 as themselves, not as 1900 to 1999', () => {
    expect(new Date(utcDay(50, 0, 1)).getUTCFullYear()).toBe(50);
  });
  it.each(['0050', '0099-03-01', '1899-12-31'])('refuses %s as before 1900', (d) => {
    const r = PartialDateSchema().safeParse(d);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('before 1900');
  });
});

describe('odd but legitimate files (tests/fixtures/good/)', () => {
  it('pass the whole check, lints and provenance included', () => {
    const dir = join(ROOT, 'tests/fixtures/good');
    const files = readdirSync(dir).flatMap((c) =>
      readdirSync(join(dir, c)).map((f) =>
        parseContentBytes(`content/${c}/${f}`, c as CollectionName, readFileSync(join(dir, c, f))),
      ),
    );
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(checkCorpus(withFiles(files), { archive }).problems).toEqual([]);
  });
});

describe('the CSV writer', () => {
  const hostile = [
    '=HYPERLINK("http://evil.example.com","x")',
    '+1+cmd|" /C calc"!A0',
    '-2+3',
    '@MsAishaK said so',
    '\tindented',
    '\rreturn',
    'a "quoted", comma\r\nand a new line',
    'plain',
    '',
  ];

  it('neutralises formula-leading cells and parses back, by an independent parser, to the same values', () => {
    const rows = hostile.map((v) => ({ a: v, b: 'x' }));
    const parsed = parseCsv(toCsv(rows, ['a', 'b']), { relax_quotes: false }) as string[][];
    expect(parsed[0]).toEqual(['a', 'b']);
    const cells = parsed.slice(1).map((r) => r[0] ?? '');
    expect(cells).toEqual(hostile.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });
});

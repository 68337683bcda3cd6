/**
 * A brief (src/lib/brief.ts) written as a Word document by the `docx` package: pure JavaScript,
 * no Word, LibreOffice or browser. Headings are Word's own heading styles (the navigation pane
 * and a table of contents find them), source notes are real footnotes, the language is British
 * English, and the document reads in the page's order. Byte-identical for the same brief.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { SITE_AUTHOR } from './citation';
import type { Block, Brief, Inline } from './brief';

/** The document's language, as the pages' og:locale says (en_GB). */
export const BRIEF_LANGUAGE = 'en-GB';
/** The character style that marks an article's own words, inside quotation marks. */
export const QUOTATION_STYLE = 'Quotation';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

function runs(content: readonly Inline[]): ParagraphChild[] {
  return content.map((i) => {
    if (i.kind === 'text') {
      return new TextRun({ text: i.text, italics: i.em ?? false, bold: i.strong ?? false });
    }
    if (i.kind === 'quote') return new TextRun({ text: `“${i.text}”`, style: QUOTATION_STYLE });
    if (i.kind === 'link') {
      return new ExternalHyperlink({
        link: i.url,
        children: [new TextRun({ text: i.text, style: 'Hyperlink' })],
      });
    }
    if (i.kind === 'break') return new TextRun({ break: 1 });
    // A note's later calls repeat its number, as the page's do: Word numbers each footnote once.
    return i.first
      ? new FootnoteReferenceRun(i.n)
      : new TextRun({ text: String(i.n), superScript: true });
  });
}

/** The text's width on the page (A4, margins of an inch), in twentieths of a point. */
const TEXT_WIDTH = 9026;

function table(b: Extract<Block, { kind: 'table' }>): Table {
  const cell = (children: ParagraphChild[]) =>
    new TableCell({
      children: [new Paragraph({ children })],
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    });
  const widths = b.widths ?? b.header.map(() => 1);
  const total = widths.reduce((a, w) => a + w, 0);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths.map((w) => Math.floor((TEXT_WIDTH * w) / total)),
    rows: [
      // The header row repeats on every page, and screen readers announce it with each cell.
      new TableRow({
        tableHeader: true,
        children: b.header.map((h) => cell([new TextRun({ text: h, bold: true })])),
      }),
      // A row stays on one page.
      ...b.rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(runs(c))) }),
      ),
    ],
  });
}

function block(b: Block): (Paragraph | Table)[] {
  if (b.kind === 'heading') {
    const level = HEADINGS[Math.min(b.level, HEADINGS.length) - 1] ?? HeadingLevel.HEADING_6;
    return [new Paragraph({ heading: level, children: [new TextRun(b.text)] })];
  }
  if (b.kind === 'bullets') {
    return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
  }
  if (b.kind === 'table') return [table(b), new Paragraph({})];
  const style = b.role
    ? { standfirst: 'Standfirst', meta: 'Meta', quote: 'Quote', reference: 'Reference' }[b.role]
    : undefined;
  return [new Paragraph({ ...(style ? { style } : {}), children: runs(b.content) })];
}

/** A heading style: the page's sans-serif headings, in half-points, with room above. */
const heading = (size: number) => ({
  run: { font: 'Arial', size, bold: true, color: '1B1B1B' },
  paragraph: { spacing: { before: size * 12, after: 120 }, keepNext: true },
});

export function briefDocument(brief: Brief): Document {
  return new Document({
    creator: SITE_AUTHOR,
    lastModifiedBy: SITE_AUTHOR,
    title: brief.title,
    description: brief.description,
    styles: {
      default: {
        document: {
          run: { font: 'Georgia', size: 22, language: { value: BRIEF_LANGUAGE } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        heading1: heading(40),
        heading2: heading(30),
        heading3: heading(25),
        heading4: heading(23),
        footnoteText: { run: { size: 18 }, paragraph: { spacing: { after: 60, line: 240 } } },
      },
      paragraphStyles: [
        {
          id: 'Standfirst',
          name: 'Standfirst',
          basedOn: 'Normal',
          run: { size: 26, italics: true },
        },
        { id: 'Meta', name: 'Meta', basedOn: 'Normal', run: { size: 18, color: '555555' } },
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          paragraph: { indent: { left: 567 }, alignment: AlignmentType.LEFT },
        },
        {
          id: 'Reference',
          name: 'Reference',
          basedOn: 'Normal',
          paragraph: { indent: { left: 567, hanging: 567 } },
        },
      ],
      characterStyles: [{ id: QUOTATION_STYLE, name: QUOTATION_STYLE, run: {} }],
    },
    footnotes: Object.fromEntries(
      brief.notes.map((n, i) => [i + 1, { children: [new Paragraph({ children: runs(n) })] }]),
    ),
    sections: [{ children: brief.blocks.flatMap(block) }],
  });
}

/**
 * The package made reproducible: `docx` stamps the zip entries and the core properties with the
 * time of the build and names hyperlink relationships at random. Here the ids are numbered in
 * order, the dates are the version's (`day`, ISO), and the core properties say the language.
 */
export function reproducible(bytes: Uint8Array, day: string): Uint8Array {
  const files = unzipSync(bytes);
  const ids = new Map<string, string>();
  for (const [path, data] of Object.entries(files)) {
    if (!path.endsWith('.rels')) continue;
    for (const m of strFromU8(data).matchAll(/\bId="([^"]+)"/g)) {
      const id = m[1] ?? '';
      if (!/^rId\d+$/.test(id) && !ids.has(id)) ids.set(id, `rIdLink${ids.size + 1}`);
    }
  }
  const stamp = `${day}T00:00:00Z`;
  const out: Record<string, Uint8Array> = {};
  for (const [path, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(path)) {
      out[path] = data;
      continue;
    }
    let xml = strFromU8(data).replace(/"([^"]+)"/g, (m, v: string) => {
      const id = ids.get(v);
      return id ? `"${id}"` : m;
    });
    if (path === 'docProps/core.xml') {
      xml = xml
        .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${stamp}`)
        .replace(
          '</cp:coreProperties>',
          `<dc:language>${BRIEF_LANGUAGE}</dc:language></cp:coreProperties>`,
        );
    }
    out[path] = strToU8(xml);
  }
  // Zip times are local: noon of the day is the same day in every time zone's reading.
  return zipSync(out, { mtime: new Date(`${day}T12:00:00`) });
}

/** The .docx file's bytes, the same for the same brief and day. */
export async function briefDocx(brief: Brief, day: string): Promise<Uint8Array> {
  return reproducible(new Uint8Array(await Packer.toArrayBuffer(briefDocument(brief))), day);
}

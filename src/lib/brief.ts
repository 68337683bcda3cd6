/**
 * A page as a briefing document (/themes/<slug>/brief.docx, /brief.docx): what it says, in
 * reading order, as plain blocks that src/lib/brief-docx.ts writes as Word. Built from the same
 * read model and the same Markdown as the page, so its footnotes are the page's source notes,
 * numbered alike, and a correction reaches both in one build. Pure.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import type { Disagreement } from '../schemas/disagreement';
import type { ThemeSlug } from '../schemas/theme';
import { groupCites } from './cites';
import { claimUrl } from './claim-downloads';
import { formatEventDate, formatLocator, kindLabel } from './format';
import { CLAIM_REF, parseMarkdown } from './markdown';
import { href, routes } from './paths';
import { themeDisagreements, themeEvents, type Item, type Site } from './site';
import { correctionMarks, versionOf } from './versions';

export type Inline =
  | { kind: 'text'; text: string; em?: boolean; strong?: boolean }
  /** An article's own words: set in the quotation style, inside quotation marks. */
  | { kind: 'quote'; text: string }
  | { kind: 'link'; url: string; text: string }
  /** Source note n; only its first call is a Word footnote, later calls repeat its number. */
  | { kind: 'note'; n: number; first: boolean }
  /** A new line within the paragraph or table cell. */
  | { kind: 'break' };

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'para'; content: Inline[]; role?: 'standfirst' | 'meta' | 'quote' | 'reference' }
  | { kind: 'bullets'; items: Inline[][] }
  /** A table: a header row, then rows of cells; columns as wide as `widths` (relative) say. */
  | { kind: 'table'; header: string[]; rows: Inline[][][]; widths?: number[] };

export interface Brief {
  title: string;
  description: string;
  blocks: Block[];
  /** The footnotes, note 1 first: the page's source notes. */
  notes: Inline[][];
}

/** What the document cites in the site's default style (APA), formatted by the caller. */
export interface BriefCitations {
  /** The page's own citation. */
  page: string;
  /** An original article's, by source slug. */
  original(slug: string): string;
}

export interface BriefContext {
  site: Site;
  siteUrl: string;
  base: string;
  cite: BriefCitations;
}

const text = (t: string): Inline => ({ kind: 'text', text: t });
const para = (...content: Inline[]): Block => ({ kind: 'para', content });
const heading = (level: number, t: string): Block => ({ kind: 'heading', level, text: t });
/** A site address, absolute, as its own link text. */
function link(ctx: BriefContext, path: string): Inline {
  const url = new URL(href(ctx.base, path), ctx.siteUrl).href;
  return { kind: 'link', url, text: url };
}

/** A list of claims as the page's bracketed citations: "[Asia Times report ¶ 4, ¶ 5; …]". */
export function citeInlines(ctx: BriefContext, claims: readonly string[]): Inline[] {
  const groups = groupCites(claims.map((id) => ctx.site.claim(id)));
  const out: Inline[] = [text(' [')];
  groups.forEach((g, i) => {
    out.push(text(`${i > 0 ? '; ' : ''}${g.title} `));
    g.links.forEach((l, j) => {
      if (j > 0) out.push(text(', '));
      out.push({
        kind: 'link',
        url: claimUrl(ctx.siteUrl, ctx.base, g.source, l.id),
        text: l.label,
      });
    });
  });
  out.push(text(']'));
  return out;
}

/** A source note: the source, the passage, its words, whose word it is, and the claim's address. */
export function noteInlines(ctx: BriefContext, id: string): Inline[] {
  const { claim, source } = ctx.site.claim(id);
  const url = claimUrl(ctx.siteUrl, ctx.base, source.id, claim.id);
  return [
    text(`${source.data.shortTitle}, ${formatLocator(claim.locator)}: `),
    { kind: 'quote', text: claim.locator.quote },
    text(` — ${kindLabel(claim.kind)} (${claim.by}). `),
    { kind: 'link', url, text: url },
  ];
}

/** The head of every brief: title, standfirst, version and corrections, address, "Cite as". */
function head(ctx: BriefContext, path: string, title: string, standfirst: string): Block[] {
  const v = versionOf(ctx.site, path);
  const marks = correctionMarks(ctx.site, path, ctx.base).map((m) => ` ${m.text}.`);
  return [
    heading(1, title),
    { kind: 'para', role: 'standfirst', content: [text(standfirst)] },
    {
      kind: 'para',
      role: 'meta',
      content: [
        text(`Version ${v.version}, updated ${v.updated}.${marks.join('')} Online: `),
        link(ctx, path),
      ],
    },
    {
      kind: 'para',
      role: 'meta',
      content: [text(`Cite as: ${ctx.cite.page} Version ${v.version}, updated ${v.updated}.`)],
    },
  ];
}

/** The synthesis's Markdown as blocks, its `[^claim-id]` calls as numbered notes. */
export function markdownBlocks(body: string, notes: string[], depth: number): Block[] {
  const inline = (nodes: readonly Nodes[], em = false, strong = false): Inline[] =>
    nodes.flatMap((n): Inline[] => {
      if (n.type === 'text') return textWithNotes(n.value, notes, em, strong);
      if (n.type === 'emphasis') return inline(n.children, true, strong);
      if (n.type === 'strong') return inline(n.children, em, true);
      if (n.type === 'link') return [{ kind: 'link', url: n.url, text: plain(n.children) }];
      if (n.type === 'inlineCode') return [{ kind: 'text', text: n.value, em, strong }];
      if (n.type === 'break') return [text(' ')];
      return 'children' in n ? inline(n.children as Nodes[], em, strong) : [];
    });
  const block = (n: Nodes): Block[] => {
    if (n.type === 'heading') return [heading(n.depth + depth, plain(n.children))];
    if (n.type === 'paragraph') return [para(...inline(n.children))];
    if (n.type === 'blockquote') {
      return n.children
        .flatMap(block)
        .map((b) => (b.kind === 'para' ? { ...b, role: 'quote' } : b));
    }
    if (n.type === 'list') {
      return [{ kind: 'bullets', items: n.children.map((li) => inline(li.children as Nodes[])) }];
    }
    return 'children' in n ? (n.children as Nodes[]).flatMap(block) : [];
  };
  return block(parseMarkdown(body));
}

function plain(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children) : ''))
    .join('');
}

function textWithNotes(value: string, notes: string[], em: boolean, strong: boolean): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  const run = (t: string) => t && out.push({ kind: 'text', text: t, em, strong });
  for (const m of value.matchAll(CLAIM_REF)) {
    const id = m[1] ?? '';
    run(value.slice(last, m.index));
    const first = !notes.includes(id);
    if (first) notes.push(id);
    out.push({ kind: 'note', n: notes.indexOf(id) + 1, first });
    last = m.index + m[0].length;
  }
  run(value.slice(last));
  return out;
}

/** A disagreement: its topic and context, then its positions side by side, each attributed. */
function disagreementBlocks(ctx: BriefContext, d: Item<Disagreement>): Block[] {
  const positions = d.data.positions;
  return [
    heading(3, d.data.topic),
    para(text(d.data.context)),
    {
      kind: 'table',
      header: positions.map((p) => p.holder),
      rows: [positions.map((p) => [text(p.position), ...citeInlines(ctx, p.claims)])],
    },
  ];
}

/** The originals the document cites, in publication order, in the site's default style. */
function references(ctx: BriefContext, claims: readonly string[]): Block[] {
  const cited = new Set(claims.map((id) => ctx.site.claim(id).source.id));
  const sources = ctx.site.sources.filter((s) => cited.has(s.id));
  if (sources.length === 0) return [];
  return [
    heading(2, 'References'),
    ...sources.map((s): Block => ({
      kind: 'para',
      role: 'reference',
      content: [text(ctx.cite.original(s.id))],
    })),
  ];
}

/** "The first 10 of 14; the others are on <address>." when the page shows only some. */
function andMore(ctx: BriefContext, shown: number, all: number, what: string, path: string) {
  if (shown >= all) return [];
  return [para(text(`The ${what} ${shown} of ${all}; all of them are at `), link(ctx, path))];
}

/** A theme's brief: the theme page, from its head to its events, with the references. */
export function themeBrief(ctx: BriefContext, slug: ThemeSlug): Brief {
  const { site } = ctx;
  const theme = site.theme(slug);
  const notes: string[] = [];
  const synthesis = markdownBlocks(theme.body ?? '', notes, 1);
  const shown = themeDisagreements(site, slug);
  const allDisagreements = site.disagreementsForTheme(slug);
  const events = themeEvents(site, slug);
  const allEvents = site.eventsForTheme(slug);
  const keyClaims = theme.data.keyPoints.flatMap((p) => p.claims);
  const disagreementClaims = shown.flatMap((d) => d.data.positions.flatMap((p) => p.claims));
  const blocks: Block[] = [
    ...head(ctx, `/${routes.theme(slug)}`, theme.data.title, theme.data.standfirst),
    heading(2, 'In brief'),
    {
      kind: 'bullets',
      items: theme.data.keyPoints.map((p) => [text(p.text), ...citeInlines(ctx, p.claims)]),
    },
    heading(2, 'Synthesis'),
    ...synthesis,
    ...(shown.length > 0 ? [heading(2, 'Where the sources disagree')] : []),
    ...andMore(ctx, shown.length, allDisagreements.length, 'first', routes.themeSources(slug)),
    ...shown.flatMap((d) => disagreementBlocks(ctx, d)),
    heading(2, 'Events'),
    para(
      text('In order, with dates as precise as the sources allow; “inferred” marks a date '),
      text('worked out from relative wording, “outside the texts” one that rests on more.'),
    ),
    ...andMore(ctx, events.length, allEvents.length, 'most recent', routes.timeline()),
    {
      kind: 'table',
      header: ['Date', 'Event'],
      widths: [1, 3],
      rows: events.map((e) => {
        const d = e.data.date;
        const marks = [
          d.basis === 'inferred' ? 'inferred' : '',
          d.outside ? 'outside the texts' : '',
        ];
        const mark = marks.filter(Boolean).join(', ');
        return [
          [text(formatEventDate(d) + (mark ? ` (${mark})` : ''))],
          [
            { kind: 'text', text: e.data.title, strong: true },
            { kind: 'break' },
            text(e.data.summary),
          ],
        ];
      }),
    },
    ...references(ctx, [...keyClaims, ...notes, ...disagreementClaims]),
  ];
  return {
    title: theme.data.title,
    description: theme.data.standfirst,
    blocks,
    notes: notes.map((id) => noteInlines(ctx, id)),
  };
}

/** The home page's brief: the overview, each theme's standfirst and key points. No notes. */
export function homeBrief(ctx: BriefContext, title: string, standfirst: string): Brief {
  const { site } = ctx;
  const themes = site.themes.flatMap((t) => [
    heading(3, t.data.title),
    para(text(t.data.standfirst)),
    {
      kind: 'bullets' as const,
      items: t.data.keyPoints.map((p) => [text(p.text), ...citeInlines(ctx, p.claims)]),
    },
    para(text('The full briefing: '), link(ctx, routes.themeBrief(t.id))),
  ]);
  const claims = site.themes.flatMap((t) => t.data.keyPoints.flatMap((p) => p.claims));
  return {
    title,
    description: standfirst,
    blocks: [
      ...head(ctx, `/${routes.home()}`, title, standfirst),
      heading(2, 'Themes'),
      ...themes,
      ...references(ctx, claims),
    ],
    notes: [],
  };
}

/**
 * The citation tools on every page, a small enhancement: copy buttons for each citation format,
 * the reader's today as the access date, and "copy with citation" beside every passage link.
 * Without JavaScript the citations are plain text to select, dated to the page's version.
 */
import { dayInWords, todayIso, withAccessDate, type CitationFormat } from '../lib/access-date';
import { escapeMarkup } from '../lib/markup';

async function copy(text: string, html?: string): Promise<void> {
  if (html && 'ClipboardItem' in window) {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
  } else await navigator.clipboard.writeText(text);
}

function button(
  label: string,
  onClick: (b: HTMLButtonElement) => Promise<void>,
): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'copy';
  b.textContent = label;
  b.addEventListener('click', () => {
    onClick(b).then(
      () => {
        b.textContent = 'Copied';
        setTimeout(() => (b.textContent = label), 2000);
      },
      () => (b.textContent = 'Copy failed: select the text instead'),
    );
  });
  return b;
}

const today = todayIso();
for (const block of document.querySelectorAll<HTMLElement>('.cite[data-accessed]')) {
  const from = block.dataset['accessed'] ?? today;
  for (const el of block.querySelectorAll<HTMLElement>('.cite-text[data-format]')) {
    const format = el.dataset['format'] as CitationFormat;
    const styled = el.tagName === 'P';
    if (from !== today) {
      if (styled) el.innerHTML = withAccessDate(format, el.innerHTML, from, today);
      else el.textContent = withAccessDate(format, el.textContent ?? '', from, today);
    }
    el.after(button('Copy', () => copy(el.textContent ?? '', styled ? el.innerHTML : undefined)));
  }
  const note = block.querySelector('.access-date');
  if (note) note.textContent = `${dayInWords(today)}, today (the day you opened this page)`;
}

// Passages: beside each permalink, copy the passage, its source notes and the page's citation.
const canonical =
  document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
const pageCitation =
  document.querySelector('.cite-text[data-format="apa"]')?.textContent?.trim() ?? '';
for (const link of document.querySelectorAll<HTMLAnchorElement>('main a.permalink')) {
  const passage = link.closest<HTMLElement>('[id]');
  if (!passage) continue;
  link.after(
    button('Copy with citation', async () => {
      const clone = passage.cloneNode(true) as HTMLElement;
      for (const t of clone.querySelectorAll('.permalink, .copy, .sr-only, .tip')) t.remove();
      const text = (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
      const notes = [...passage.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')].map(
        (a, i) => {
          const li = document.getElementById(decodeURIComponent(a.hash.slice(1)));
          const note = (li?.textContent ?? '').replace('↩', '').replace(/\s+/g, ' ').trim();
          return `[${i + 1}] ${note}`;
        },
      );
      const url = `${canonical.split('#')[0]}#${passage.id}`;
      const plain = [
        text,
        ...(notes.length ? ['', 'Sources:', ...notes] : []),
        '',
        `${pageCitation} ${url}`,
      ].join('\n');
      const html =
        `<blockquote>${escapeMarkup(text)}</blockquote>` +
        (notes.length
          ? `<p>Sources:</p><ol>${notes.map((n) => `<li>${escapeMarkup(n.replace(/^\[\d+\] /, ''))}</li>`).join('')}</ol>`
          : '') +
        `<p>${escapeMarkup(pageCitation)} <a href="${escapeMarkup(url)}">${escapeMarkup(url)}</a></p>`;
      await copy(plain, html);
    }),
  );
}

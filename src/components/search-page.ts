/**
 * The search page's script: loads Pagefind's index from this site only when a query is typed,
 * filters by page type and theme, and links each result to the passage (heading) it matched.
 * The query lives in the URL (?q=...&type=...&theme=...), so a search can be shared. The script
 * writes the filters there itself: each checkbox names its facet in data-facet, not in a form
 * name, since a group of checkboxes sharing a name is what html-validate's stock preset rejects.
 */
interface PagefindResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  search(
    q: string,
    o: { filters: Record<string, string[]> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

export function enhanceSearch(root: HTMLElement): void {
  const base = root.dataset['base'] ?? '/';
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('.status');
  const list = root.querySelector<HTMLOListElement>('.results');
  if (!form || !input || !status || !list) return;
  root.querySelector('.nojs')?.remove();

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(
      async (m: Pagefind) => {
        await m.options({ baseUrl: base });
        return m;
      },
    ));

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const facet = (box: HTMLInputElement) => box.dataset['facet'] ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
    box.checked = params.getAll(facet(box)).includes(box.value);
  }

  let run = 0;
  async function search() {
    const q = input?.value.trim() ?? '';
    const chosen: Record<string, string[]> = {};
    const next = new URLSearchParams();
    if (q) next.set('q', q);
    for (const box of form?.querySelectorAll<HTMLInputElement>('input[data-facet]:checked') ?? []) {
      (chosen[facet(box)] ??= []).push(box.value);
      next.append(facet(box), box.value);
    }
    history.replaceState(history.state, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    const mine = ++run;
    if (!q) {
      list?.replaceChildren();
      if (status) status.textContent = '';
      return;
    }
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      pagefind = undefined; // try again on the next query
      if (status)
        status.textContent = 'Search could not load its index. Reload the page to try again.';
      return;
    }
    const found = await pf.search(q, { filters: chosen });
    const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    if (mine !== run || !list || !status) return;
    status.textContent = `${found.results.length} page${found.results.length === 1 ? '' : 's'} found${found.results.length > 20 ? ', the first 20 shown' : ''}.`;
    list.replaceChildren(...data.map(renderResult));
  }

  function renderResult(r: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    h.append(a);
    const p = document.createElement('p');
    p.innerHTML = r.excerpt; // Pagefind's excerpt: our own text, escaped, with <mark> around hits
    li.append(h, p);
    const subs = (r.sub_results ?? []).filter((s) => s.url !== r.url).slice(0, 3);
    if (subs.length > 0) {
      const ul = document.createElement('ul');
      ul.className = 'sub';
      for (const s of subs) {
        const sli = document.createElement('li');
        const sa = document.createElement('a');
        sa.href = s.url;
        sa.textContent = s.title;
        const sp = document.createElement('span');
        sp.innerHTML = ` — ${s.excerpt}`;
        sli.append(sa, sp);
        ul.append(sli);
      }
      li.append(ul);
    }
    return li;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 150);
  });
  form.addEventListener('change', () => void search());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  if (input.value) void search();
}

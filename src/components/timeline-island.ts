/**
 * The timeline island: upgrades <event-timeline> once it is seen. It reads the events from the
 * server-rendered list (data-event on each item), then redraws the chart with the same pure
 * layout and SVG functions the server used. Filters mirror the URL query (?theme=talks);
 * #event-<id> selects an event on load. Keyboard: Tab into the chart; arrows, Home and End move
 * between events; Enter opens one; Escape closes; + and - zoom.
 */
import {
  extent,
  focusDomain,
  renderTimelineView,
  TIMELINE_VIEWS,
  type ChartLayout,
  type Lane,
  type TimelineEvent,
  type TimelineView,
} from '../lib/timeline-chart';
import type { ThemeSlug } from '../schemas/theme';

const DAY = 86_400_000;
const MIN_SPAN = 45 * DAY;

function must<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`timeline: missing ${selector}`);
  return el;
}

export function enhance(root: HTMLElement): void {
  const items = [...root.querySelectorAll<HTMLLIElement>('li[data-event]')];
  const events = items.map((li) => JSON.parse(li.dataset['event'] ?? '{}') as TimelineEvent);
  const itemById = new Map(events.map((e, i) => [e.id, items[i]]));
  const scroller = must<HTMLElement>(root, '.tl-scroll');
  const status = must<HTMLElement>(root, '.tl-status');
  const details = must<HTMLElement>(root, '.tl-details');
  const detailsBody = must<HTMLElement>(root, '.tl-details-body');
  const boxes = (facet: string) => [
    ...root.querySelectorAll<HTMLInputElement>(`input[data-facet="${facet}"]`),
  ];
  const themeBoxes = boxes('theme');
  const sourceBoxes = boxes('source');
  const allLanes: Lane[] = themeBoxes.map((b) => ({
    theme: b.value as ThemeSlug,
    label: b.parentElement?.textContent?.trim() ?? b.value,
  }));
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const full = extent(events);

  let domain: [number, number] = full;
  let shown: TimelineEvent[] = events;
  const views = Object.keys(TIMELINE_VIEWS) as TimelineView[];
  const containers = new Map(views.map((v) => [v, must<HTMLElement>(root, `.tl-${v}`)]));
  const layouts = new Map<TimelineView, ChartLayout>();
  const stale = new Set<TimelineView>();
  let active: string | undefined;

  const checked = (bs: HTMLInputElement[]) =>
    new Set(bs.filter((b) => b.checked).map((b) => b.value));

  // URL <-> filters: only the narrowed facets are written, so the plain URL means "everything".
  function readUrl() {
    const params = new URLSearchParams(location.search);
    for (const [name, bs] of [
      ['theme', themeBoxes],
      ['source', sourceBoxes],
    ] as const) {
      const wanted = params.getAll(name).filter((v) => bs.some((b) => b.value === v));
      for (const b of bs) b.checked = wanted.length === 0 || wanted.includes(b.value);
    }
  }
  function writeUrl() {
    const params = new URLSearchParams();
    for (const [name, bs] of [
      ['theme', themeBoxes],
      ['source', sourceBoxes],
    ] as const) {
      const on = bs.filter((b) => b.checked);
      if (on.length < bs.length) for (const b of on) params.append(name, b.value);
    }
    const q = params.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${q ? `?${q}` : ''}${location.hash}`,
    );
  }

  function render() {
    performance.mark('timeline:render:start');
    const themes = checked(themeBoxes);
    const sources = checked(sourceBoxes);
    shown = events.filter(
      (e) => e.themes.some((t) => themes.has(t)) && e.sources.some((s) => sources.has(s)),
    );
    const ids = new Set(shown.map((e) => e.id));
    const lanes = allLanes.filter((l) => themes.has(l.theme));
    // Only the view on screen is drawn; the other is drawn when the window crosses to it.
    // Which is on screen is read before anything changes: reading it after a redraw would make
    // the browser lay out the new chart there and then.
    const onScreen = [...containers].filter(([, el]) => el.offsetParent !== null);
    for (const v of containers.keys()) stale.add(v);
    for (const [v, el] of onScreen) {
      const { layout, svg } = renderTimelineView(v, shown, { lanes, domain, total: events.length });
      layouts.set(v, layout);
      el.innerHTML = svg;
      stale.delete(v);
    }
    // Only the items whose state changes are touched: each change costs the browser a restyle.
    for (const [id, li] of itemById) if (li && li.hidden === ids.has(id)) li.hidden = !ids.has(id);
    if (active && !ids.has(active)) close();
    highlight();
    const current = views.find((v) => !stale.has(v));
    const layout = current ? layouts.get(current) : undefined;
    const drawn = layout?.marks.length ?? shown.length;
    status.textContent =
      `Showing ${shown.length} of ${events.length} events` +
      (layout && layout.bins.length > 0
        ? ', as counts: too many to draw one by one. Zoom in, pick a bar or step to an event to see them singly.'
        : drawn < shown.length
          ? `, ${drawn} in the period drawn.`
          : '.');
    performance.measure('timeline:render', 'timeline:render:start');
    // And the time until the browser has drawn the result: style, layout and paint included.
    requestAnimationFrame(() =>
      setTimeout(() => performance.measure('timeline:render-frame', 'timeline:render:start')),
    );
  }

  function highlight() {
    for (const g of scroller.querySelectorAll('.tl-active')) g.classList.remove('tl-active');
    if (!active) return;
    for (const g of scroller.querySelectorAll(`[data-id="${CSS.escape(active)}"]`)) {
      g.classList.add('tl-active');
    }
    // Keep the active mark in view where the wide chart scrolls sideways.
    const layout = layouts.get('wide');
    const mark = layout?.marks.find((m) => m.id === active);
    const svg = containers.get('wide')?.querySelector('svg');
    if (layout && mark && svg && svg.clientWidth > 0) {
      const scale = svg.clientWidth / layout.width;
      const left = mark.x * scale - scroller.clientWidth / 2;
      scroller.scrollTo({ left, behavior: reducedMotion.matches ? 'auto' : 'smooth' });
    }
  }

  function select(id: string) {
    performance.mark('timeline:step:start');
    const e = shown.find((x) => x.id === id);
    if (!e) return;
    active = id;
    const view = views.find((v) => !stale.has(v));
    const dense = (view && layouts.get(view)?.bins.length) ?? 0;
    if (dense > 0 || e.last + DAY < domain[0] || e.first > domain[1]) {
      // Bring the event into the period drawn, narrowed until its neighbours are drawn singly.
      const span = domain[1] - domain[0];
      const mid = (e.first + e.last) / 2;
      domain = focusDomain(shown, mid, span);
      render();
    } else highlight();
    status.textContent = `${e.dateText}${e.basis === 'inferred' ? ' (inferred)' : ''}: ${e.title}. Event ${shown.indexOf(e) + 1} of ${shown.length}.`;
    if (!details.hidden) open(false);
    performance.measure('timeline:step', 'timeline:step:start');
  }

  function step(delta: number) {
    if (shown.length === 0) return;
    const i = active ? shown.findIndex((e) => e.id === active) : -1;
    const next =
      i === -1
        ? delta > 0
          ? 0
          : shown.length - 1
        : Math.min(shown.length - 1, Math.max(0, i + delta));
    const e = shown[next];
    if (e) select(e.id);
  }

  function open(focus = true) {
    const li = active ? itemById.get(active) : undefined;
    if (!li) return;
    detailsBody.replaceChildren(...[...li.childNodes].map((n) => n.cloneNode(true)));
    const link = document.createElement('p');
    link.className = 'ui';
    const a = document.createElement('a');
    a.href = `#${li.id}`;
    a.textContent = 'Show it in the list';
    link.append(a);
    detailsBody.append(link);
    details.hidden = false;
    if (focus) {
      details.tabIndex = -1;
      details.focus();
    }
  }

  function close() {
    details.hidden = true;
    detailsBody.replaceChildren();
  }

  function zoom(kind: string) {
    const span = domain[1] - domain[0];
    const focus = shown.find((e) => e.id === active);
    const mid = focus ? (focus.first + focus.last) / 2 : (domain[0] + domain[1]) / 2;
    if (kind === 'in') {
      const s = Math.max(span / 2, MIN_SPAN);
      domain = [mid - s / 2, mid + s / 2];
    } else if (kind === 'out') {
      const s = Math.min(span * 2, full[1] - full[0]);
      domain = s >= full[1] - full[0] ? full : [mid - s / 2, mid + s / 2];
    } else if (kind === 'earlier') domain = [domain[0] - span / 2, domain[1] - span / 2];
    else if (kind === 'later') domain = [domain[0] + span / 2, domain[1] + span / 2];
    else domain = full;
    render();
  }

  // Wiring: the chart becomes one tab stop with its keyboard help as its name. (The controls
  // show once the element is marked ready, at the end.)
  scroller.tabIndex = 0;
  scroller.setAttribute('aria-label', scroller.dataset['keyboardLabel'] ?? 'Timeline chart');
  for (const b of [...themeBoxes, ...sourceBoxes]) {
    b.addEventListener('change', () => {
      writeUrl();
      render();
    });
  }
  for (const btn of root.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    btn.addEventListener('click', () => zoom(btn.dataset['zoom'] ?? 'all'));
  }
  must<HTMLButtonElement>(root, '.tl-close').addEventListener('click', () => {
    close();
    scroller.focus();
  });
  details.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      close();
      scroller.focus();
    }
  });
  scroller.addEventListener('click', (ev) => {
    // A bar of counts: zoom to the stretch of time it counts.
    const bin = (ev.target as Element).closest<SVGElement>('.tl-bin');
    if (bin) {
      const from = Number(bin.dataset['from']);
      const to = Number(bin.dataset['to']);
      domain = focusDomain(shown, (from + to) / 2, Math.max(to - from, MIN_SPAN) * 4);
      render();
      return;
    }
    const id = (ev.target as Element).closest('[data-id]')?.getAttribute('data-id');
    if (id) {
      select(id);
      open();
    }
  });
  scroller.addEventListener('keydown', (ev) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => step(1),
      ArrowDown: () => step(1),
      ArrowLeft: () => step(-1),
      ArrowUp: () => step(-1),
      Home: () => step(-Infinity),
      End: () => step(Infinity),
      Enter: () => open(),
      ' ': () => open(),
      Escape: () => close(),
      '+': () => zoom('in'),
      '=': () => zoom('in'),
      '-': () => zoom('out'),
      '0': () => zoom('all'),
    };
    const action = keys[ev.key];
    if (action && !ev.altKey && !ev.ctrlKey && !ev.metaKey) {
      ev.preventDefault();
      action();
    }
  });

  function fromHash() {
    const id = location.hash.startsWith('#event-')
      ? decodeURIComponent(location.hash.slice(7))
      : '';
    if (!itemById.has(id)) return;
    if (!shown.some((e) => e.id === id)) {
      for (const b of [...themeBoxes, ...sourceBoxes]) b.checked = true;
      writeUrl();
      render();
    }
    select(id);
    open(false);
    scroller.focus();
  }
  window.addEventListener('hashchange', fromHash);

  // The wide and narrow views swap at this width (see Timeline.astro); draw the one coming in.
  matchMedia('(min-width: 48rem)').addEventListener('change', () => {
    if (stale.size > 0) render();
  });

  readUrl();
  render();
  fromHash();
  root.dataset['ready'] = 'true';
}

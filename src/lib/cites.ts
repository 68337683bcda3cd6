/** Compact source citations: claims grouped by source, each linked by its passage. */
import { formatLocator } from './format';
import type { ClaimRef } from './site';

export interface CiteGroup {
  source: string;
  title: string;
  links: { id: string; label: string }[];
}

/**
 * Groups claims by source in first-cited order. Two claims from the same passage are told apart
 * by a letter ("¶ 4a", "¶ 4b") so that every link reads differently.
 */
export function groupCites(refs: readonly ClaimRef[]): CiteGroup[] {
  const groups: CiteGroup[] = [];
  for (const r of refs) {
    let g = groups.find((x) => x.source === r.source.id);
    if (!g) {
      g = { source: r.source.id, title: r.source.data.shortTitle, links: [] };
      groups.push(g);
    }
    g.links.push({ id: r.claim.id, label: formatLocator(r.claim.locator) });
  }
  for (const g of groups) {
    const counts = new Map<string, number>();
    for (const l of g.links) counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (const l of g.links) {
      if ((counts.get(l.label) ?? 0) < 2) continue;
      const n = seen.get(l.label) ?? 0;
      seen.set(l.label, n + 1);
      l.label += String.fromCharCode(97 + n);
    }
  }
  return groups;
}

/** The site's events as the timeline chart and the data downloads see them. */
import { dateBounds } from '../schemas/date';
import type { Event } from '../schemas/event';
import { formatEventDate } from './format';
import type { Item, Site } from './site';
import type { TimelineEvent } from './timeline-chart';

/** The chart's view of the site's events: dates as instants, sources through claims. */
export function toTimelineEvents(site: Site, events: readonly Item<Event>[]): TimelineEvent[] {
  return events.map((e) => {
    const { start, end, basis } = e.data.date;
    const sources = [...new Set(e.data.claims.map((c) => site.claim(c).source.id))];
    return {
      id: e.id,
      title: e.data.title,
      first: dateBounds(start).first,
      last: dateBounds(end ?? start).last,
      precision: start.precision,
      basis,
      dateText: formatEventDate(e.data.date),
      themes: e.data.themes,
      sources,
    };
  });
}

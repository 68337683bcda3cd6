/**
 * Dates that have not happened yet: an event or a publication dated after the build's today is
 * a typo (2204 for 2024), refused. No field is about the future; one that is would say so here.
 * (Change entries have the same rule, in check-changes.ts.)
 */
import type { PartialDate } from '../schemas/date';
import type { Corpus } from './check';

type Add = (file: string, field: string, message: string) => void;

/** Whether a partial date's first day comes after `today` (ISO): "2026-12" after "2026-11-29". */
export const afterDay = (d: PartialDate, today: string): boolean => d.iso > today;

export function checkDates(corpus: Corpus, today: string, add: Add): void {
  const dated: [string, string, PartialDate | undefined][] = [
    ...corpus.events.flatMap((e) => [
      [e.path, 'date.start', e.data.date.start] as [string, string, PartialDate],
      [e.path, 'date.end', e.data.date.end] as [string, string, PartialDate | undefined],
    ]),
    ...corpus.sources.map(
      (s) => [s.path, 'published.date', s.data.published.date] as [string, string, PartialDate],
    ),
  ];
  for (const [file, field, d] of dated) {
    if (d && afterDay(d, today)) {
      add(file, field, `${d.iso} is after today (${today}): a date must have happened`);
    }
  }
}

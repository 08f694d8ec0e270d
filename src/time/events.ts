/** The events of a chosen day or the week up to it, for the time slider. */
import type { AnalysisEvent } from '../../geo/schema.ts';
import { addDays } from './dates.ts';

/** How many days back from the chosen date count as "this week". */
export const WEEK_DAYS = 7;

/**
 * Events dated within the seven days ending on `date` (inclusive), oldest first. An event known
 * only to the month (YYYY-MM) counts when that month overlaps the week.
 */
export function eventsOfWeek(events: AnalysisEvent[], date: string): AnalysisEvent[] {
  const from = addDays(date, -(WEEK_DAYS - 1));
  const inWeek = (e: AnalysisEvent) => (e.date.length === 7 ? e.date >= from.slice(0, 7) && e.date <= date.slice(0, 7) : e.date >= from && e.date <= date);
  return events.filter(inWeek).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Dates of the time slider, as ISO strings (YYYY-MM-DD): they compare in order as text, which is what
 * the map's filter expressions do too. Calendar arithmetic in UTC so no time zone shifts a day.
 */

/** The first day the slider offers: the operation began on 27 September 2020 (analysis, ¶1). */
export const TIME_START = '2020-09-27';
/** The analysis' own date (AVİM Analysis No 2021/29, 12 November 2021): the last day, and the map with no date set. */
export const TIME_END = '2021-11-12';
/**
 * The date a peacekeeping feature shows from when it has no `since` of its own: the statement of
 * 10 November 2020 (article 3 deploys the peacekeepers along the line of contact and the Lachin corridor,
 * article 6 sets the corridor; Kremlin text, footnotes 3–6, en.kremlin.ru/events/president/news/64384).
 */
export const PEACEKEEPING_FROM = '2020-11-10';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD, or null (2020-02-30 and 2020-11-9 are not). */
export function parseIsoDate(s: string | null | undefined): string | null {
  const m = s ? ISO.exec(s) : null;
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s ? s : null;
}

/** Keeps a date inside the slider's range. */
export const clampDate = (iso: string, lo = TIME_START, hi = TIME_END): string => (iso < lo ? lo : iso > hi ? hi : iso);

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(iso: string, n: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return toIso(d);
}

/** Same day of another month, or that month's last day (31 Oct + 1 month = 30 Nov). */
export function addMonths(iso: string, n: number): string {
  const d = toDate(iso);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + n);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return toIso(d);
}

/** Whole days from `a` to `b` (the slider's position is a day index). */
export const daysBetween = (a: string, b: string): number => Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2020-11-20 → "20 November 2020" (no locale surprises, no time zone shifts). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m) return iso;
  return `${d ? `${d} ` : ''}${MONTHS[m - 1]} ${y}`;
}

/** Today's date as ISO (YYYY-MM-DD): the access date of a citation, the date of an export. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Language names for the language codes of `names`, spelled out where the popup shows a code. */
export const LANG_LABEL: Record<string, string> = { az: 'Azerbaijani', hy: 'Armenian', ru: 'Russian' };

/** The line that says which date the map shows: "Map as of 21 November 2020, compared with 9 November 2020"; null without a date. */
export function mapDateLine(date?: string | null, from?: string | null): string | null {
  if (!date) return null;
  return `Map as of ${formatDate(date)}${from ? `, compared with ${formatDate(from)}` : ''}`;
}

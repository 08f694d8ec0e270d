/**
 * The words of the notice a broken link gets: exactly what was left out, short whatever the link
 * holds (a few quoted excerpts, cut and stripped of control characters, then a count).
 */
import type { Dropped } from '../state/hash.ts';

const EXCERPT = 24;
const SHOWN = 2;

export function excerpt(v: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = v.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return `“${clean.length > EXCERPT ? `${clean.slice(0, EXCERPT)}…` : clean}”`;
}

const plural = (what: string) => (what.endsWith('s') ? what : `${what}s`);

function one(d: Dropped): string {
  const n = d.values.length;
  const shown = d.values.slice(0, SHOWN).map(excerpt).join(', ');
  const words =
    n === 1
      ? `unknown ${d.what} ${shown}`
      : n <= SHOWN
        ? `unknown ${plural(d.what)} ${shown}`
        : `${n.toLocaleString('en')} unknown ${plural(d.what)} (${shown} and ${(n - SHOWN).toLocaleString('en')} more)`;
  return d.note ? `${words}, so ${d.note}` : words;
}

export function linkNoticeText(dropped: Dropped[]): string {
  return `Left out of this link: ${dropped.map(one).join('; ')}.`;
}

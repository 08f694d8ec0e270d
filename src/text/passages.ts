/**
 * Where the quoted passages stand in a paragraph: the paragraph cut into runs of text, each with the
 * quotations it belongs to. Matching is the data check's own (geo/check/text.ts: only white space,
 * quote marks and dashes may differ), so every quotation the check accepts is found here.
 */
import { normaliseForQuote } from '../../geo/check/text.ts';

export interface Segment {
  text: string;
  /** Ids of the quotations this run is part of (several where they overlap). */
  quotes: string[];
}

/** normaliseForQuote, with the position in `s` of each character of the result. */
export function normaliseWithMap(s: string): { norm: string; at: number[] } {
  let norm = '';
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (/\s/.test(ch)) {
      space = true;
      continue;
    }
    if (space && norm) {
      norm += ' ';
      at.push(i - 1);
    }
    space = false;
    norm += normaliseForQuote(ch);
    at.push(i);
  }
  return { norm, at };
}

export function segmentsOf(text: string, quotes: { id: string; text: string }[]): Segment[] {
  const { norm, at } = normaliseWithMap(text);
  const spans: { id: string; start: number; end: number }[] = [];
  for (const q of quotes) {
    const needle = normaliseForQuote(q.text);
    const i = needle ? norm.indexOf(needle) : -1;
    if (i >= 0) spans.push({ id: q.id, start: at[i]!, end: at[i + needle.length - 1]! + 1 });
  }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k < cuts.length - 1; k++) {
    const [a, b] = [cuts[k]!, cuts[k + 1]!];
    const ids = spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.id);
    const last = out[out.length - 1];
    if (last && last.quotes.join() === ids.join()) last.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), quotes: ids });
  }
  return out.filter((s) => s.text);
}

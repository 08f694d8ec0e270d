/** Footnote markers such as [7] in the analysis' text, split out so they can be drawn as markers. */
const MARKER = /\[(\d+)\]/g;

export function splitMarkers(text: string): (string | { n: number })[] {
  const parts: (string | { n: number })[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ n: Number(m[1]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/**
 * The opening of a quotation for the short popup: whole sentences up to about `max` characters, or,
 * when the first sentence alone is longer, its first words and an ellipsis. Always a verbatim prefix.
 */
const SENTENCE_END = /[.!?][”"’)]*(?:\[\d+\])*(?=\s|$)/g;

export function opening(text: string, max = 220): { text: string; cut: boolean } {
  const t = text.trim();
  if (t.length <= max) return { text: t, cut: false };
  let end = 0;
  for (const m of t.matchAll(SENTENCE_END)) {
    const at = m.index + m[0].length;
    if (at > max) break;
    end = at;
  }
  if (end >= max / 3) return { text: t.slice(0, end), cut: true };
  const space = t.lastIndexOf(' ', max);
  return { text: `${t.slice(0, space > 0 ? space : max).replace(/[,;:]$/, '')}…`, cut: true };
}

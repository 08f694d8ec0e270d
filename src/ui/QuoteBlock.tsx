/**
 * One quotation from the analysis, verbatim, with its footnote markers turned into references to
 * the sources listed under it. Everything is rendered as text: nothing from the data is parsed as HTML.
 */
import type { Quote, Source } from '../../geo/schema.ts';

const MARKER = /\[(\d+)\]/g;

/** The text with its footnote markers ([3]) as superscripts; everything else stays text. */
export function withMarkers(text: string) {
  const parts: (string | { n: number })[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    parts.push(text.slice(last, m.index));
    parts.push({ n: Number(m[1]) });
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts.map((p, i) => (typeof p === 'string' ? p : <sup key={i}>[{p.n}]</sup>));
}

export function QuoteBlock({ quote, sources }: { quote: Quote; sources: Map<number, Source> }) {
  return (
    <figure className="quote" data-quote-id={quote.id}>
      <blockquote>{withMarkers(quote.text)}</blockquote>
      <figcaption>
        {quote.footnotes.length === 0 && <span className="no-footnote">No footnote in the analysis.</span>}
        {quote.footnotes.map((n) => {
          const s = sources.get(n);
          return (
            <span className="footnote" key={n}>
              [{n}] {s ? <>{s.title}, {s.publisher}{s.date ? `, ${s.date}` : ''}. <a href={s.url} target="_blank" rel="noreferrer noopener">Source link</a>{s.note ? <em className="note"> Note: {s.note}</em> : null}</> : 'footnote missing'}
            </span>
          );
        })}
        {quote.note && (
          <span className="record-note">
            <strong>On the record:</strong> {quote.note}
          </span>
        )}
      </figcaption>
    </figure>
  );
}

/**
 * One quotation from the analysis, verbatim, with its footnote markers turned into references to
 * the sources listed under it. Everything is rendered as text: nothing from the data is parsed as HTML.
 */
import type { ReactNode } from 'react';
import type { Quote, Source } from '../../geo/schema.ts';
import { splitMarkers } from '../text/markers.ts';
import { isWebLink } from './links.ts';

/** The text with its footnote markers ([3]) as superscripts; everything else stays text. */
export const withMarkers = (text: string) => splitMarkers(text).map((p, i) => (typeof p === 'string' ? p : <sup key={i}>[{p.n}]</sup>));

/** `actions`: what a reader can do with the quotation (read it in context, cite it). */
export function QuoteBlock({ quote, sources, actions }: { quote: Quote; sources: Map<number, Source>; actions?: ReactNode }) {
  return (
    <figure className="quote" data-quote-id={quote.id}>
      <blockquote>{withMarkers(quote.text)}</blockquote>
      <figcaption>
        {quote.footnotes.length === 0 && <span className="no-footnote">No footnote in the analysis.</span>}
        {quote.footnotes.map((n) => {
          const s = sources.get(n);
          return (
            <span className="footnote" key={n}>
              [{n}]{' '}
              {s ? (
                <>
                  {s.title}, {s.publisher}
                  {s.date ? `, ${s.date}` : ''}.{' '}
                  {isWebLink(s.url) && (
                    <a href={s.url} target="_blank" rel="noreferrer noopener">
                      Source link
                    </a>
                  )}
                  {s.note ? <em className="note"> Note: {s.note}</em> : null}
                </>
              ) : (
                'footnote missing'
              )}
            </span>
          );
        })}
        {quote.note && (
          <span className="record-note">
            <strong>On the record:</strong> {quote.note}
          </span>
        )}
        {actions && <span className="quote-actions">{actions}</span>}
      </figcaption>
    </figure>
  );
}

/**
 * The short popup on the map: the feature's name, what kind of thing it is, the opening of the first
 * quotation, and a way to the full details. Everything longer lives in the detail view.
 */
import type { AnyFeature, LoadedData } from '../data/dataset.ts';
import { KIND_LABEL } from './FeatureFacts.tsx';
import { withMarkers } from './QuoteBlock.tsx';
import { opening } from './excerpt.ts';
import { TextsPending } from './TextsPending.tsx';

interface Props {
  feature: AnyFeature;
  data: LoadedData;
  /** Opens the details; an address instead (the embedded map) opens the full explorer at the feature, in a new tab. */
  onMore: (() => void) | string;
  onClose: () => void;
}

export function FeatureSummary({ feature, data, onMore, onClose }: Props) {
  const p = feature.properties;
  const first = p.quotes.map((id) => data.quoteById.get(id)).find((q) => !!q);
  const start = first ? opening(first.text) : null;
  return (
    <section className="popup" aria-labelledby={`popup-title-${p.id}`} data-testid="popup">
      <header>
        <h2 id={`popup-title-${p.id}`}>{p.name}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={`Close ${p.name}`}>
          ×
        </button>
      </header>
      <p className="kind">
        {KIND_LABEL[p.kind] ?? p.kind}
        {p.approximate && <span className="approx-badge">Approximate geometry</span>}
      </p>
      {data.texts !== 'ready' && p.quotes.length > 0 ? (
        <TextsPending texts={data.texts} what="the quotation" />
      ) : start ? (
        <blockquote className="opening" data-quote-id={first?.id}>
          {withMarkers(start.text)}
          {start.cut && !start.text.endsWith('…') && ' …'}
        </blockquote>
      ) : (
        <p className="no-quote">Not named in the analysis.</p>
      )}
      {typeof onMore === 'string' ? (
        <a className="more" href={onMore} target="_blank" rel="noopener noreferrer">
          More about {p.name} in the full explorer
        </a>
      ) : (
        <button type="button" className="more" onClick={onMore}>
          More about {p.name}
        </button>
      )}
    </section>
  );
}

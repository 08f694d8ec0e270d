/**
 * The popup of a feature: its names, key facts, what is approximate, and the analysis' own words.
 * Focus moves into it when it opens and back where it came from when it closes; Escape closes it.
 */
import { useEffect, useRef } from 'react';
import type { AnyFeature, LoadedData } from '../data/dataset.ts';
import { FeatureFacts } from './FeatureFacts.tsx';
import { QuoteBlock } from './QuoteBlock.tsx';
import { LANG_LABEL } from './format.ts';
import type { Quote } from '../../geo/schema.ts';

interface Props {
  feature: AnyFeature;
  data: LoadedData;
  onClose: () => void;
  extra?: React.ReactNode;
  /** Buttons under each quotation (read in context, cite). */
  quoteActions?: (q: Quote) => React.ReactNode;
}

export function QuotePopup({ feature, data, onClose, extra, quoteActions }: Props) {
  const p = feature.properties;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    // The popup's container joins the document after this effect runs: focus on the next frame.
    const frame = requestAnimationFrame(() => heading.current?.focus());
    return () => {
      cancelAnimationFrame(frame);
      if (before && document.contains(before)) before.focus();
    };
  }, [feature]);

  const names = Object.entries(p.names ?? {}).filter(([, v]) => v);
  return (
    <section
      className="popup"
      role="dialog"
      aria-labelledby={`popup-title-${p.id}`}
      data-testid="popup"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header>
        <h2 id={`popup-title-${p.id}`} ref={heading} tabIndex={-1}>
          {p.name}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      {names.length > 0 && (
        <p className="names">
          {names.map(([lang, v]) => (
            <span key={lang} lang={lang}>
              <abbr title={LANG_LABEL[lang] ?? lang}>{lang}</abbr> {v}
            </span>
          ))}
        </p>
      )}
      {p.approximate && <p className="approx-badge">Approximate geometry</p>}
      <FeatureFacts feature={feature} />
      {(p.notes ?? []).map((n) => (
        <p className="note" key={n}>
          {n}
        </p>
      ))}
      {extra}
      {p.quotes.length > 0 ? (
        <div className="quotes">
          <h3>What the analysis says</h3>
          {p.quotes.map((id) => {
            const q = data.quoteById.get(id);
            return q ? <QuoteBlock key={id} quote={q} sources={data.sourceByNumber} actions={quoteActions?.(q)} /> : null;
          })}
        </div>
      ) : (
        <p className="no-quote">The analysis does not name this place; it is shown because a drawn line passes it.</p>
      )}
      <p className="attribution">Quoted from T. Dilaver, “One Year After the Liberation of Karabakh”, AVİM Analysis No 2021/29, 12 Nov 2021.</p>
    </section>
  );
}

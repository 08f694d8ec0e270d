/**
 * Everything known of a feature, in reading order: its names, what the analysis says (every
 * quotation with its footnote sources), then the facts, what is approximate and the notes.
 */
import type { ReactNode } from 'react';
import type { AnyFeature, LoadedData } from '../data/dataset.ts';
import { FeatureFacts } from './FeatureFacts.tsx';
import { QuoteBlock } from './QuoteBlock.tsx';
import { LANG_LABEL } from './format.ts';
import { TextsPending } from './TextsPending.tsx';
import type { Quote } from '../../geo/schema.ts';

interface Props {
  feature: AnyFeature;
  data: LoadedData;
  extra?: ReactNode;
  /** Buttons under each quotation (read in context, cite). */
  quoteActions?: (q: Quote) => ReactNode;
}

export function FeatureDetails({ feature, data, extra, quoteActions }: Props) {
  const p = feature.properties;
  const names = Object.entries(p.names ?? {}).filter(([, v]) => v);
  return (
    <div className="details">
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
      {p.quotes.length > 0 ? (
        <div className="quotes">
          <h3>What the analysis says</h3>
          {data.texts !== 'ready' && <TextsPending texts={data.texts} />}
          {p.quotes.map((id) => {
            const q = data.quoteById.get(id);
            return q ? <QuoteBlock key={id} quote={q} sources={data.sourceByNumber} actions={quoteActions?.(q)} /> : null;
          })}
        </div>
      ) : (
        <p className="no-quote">The analysis does not name this place; it is shown because a drawn line passes it.</p>
      )}
      <h3>Facts</h3>
      <FeatureFacts feature={feature} />
      {(p.notes ?? []).map((n) => (
        <p className="note" key={n}>
          {n}
        </p>
      ))}
      {extra}
      <p className="attribution">Quoted from T. Dilaver, “One Year After the Liberation of Karabakh”, AVİM Analysis No 2021/29, 12 Nov 2021.</p>
    </div>
  );
}

/**
 * The analysis beside the map: the whole text with its attribution, footnote markers linking to the
 * sources, and every passage a feature quotes marked as a button that opens the feature. "Read in
 * context" from a popup brings the reader here with that passage highlighted and marked current.
 * Everything is React text: nothing from the file is parsed as HTML.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LoadedData } from '../data/dataset.ts';
import type { Source } from '../../geo/schema.ts';
import { footnoteWithoutAddress, type Block } from '../text/analysis.ts';
import { segmentsOf, type Segment } from '../text/passages.ts';
import { splitMarkers } from '../text/markers.ts';
import { useAnalysisText } from '../text/useAnalysisText.ts';
import { formatDate } from './format.ts';
import { TextsPending } from './TextsPending.tsx';
import { isWebLink } from './links.ts';
import './timeText.css';

interface Props {
  data: LoadedData;
  /** The passage to show, by quotation id; a new object each time a person asks. */
  at: { quote: string } | null;
  onChoose: (id: string) => void;
}

function Marker({ n, sources }: { n: number; sources: Map<number, Source> }) {
  const s = sources.get(n);
  return s && isWebLink(s.url) ? (
    <sup>
      <a href={s.url} target="_blank" rel="noreferrer noopener" title={`${s.title}, ${s.publisher}`} aria-label={`Footnote ${n}: ${s.title}`}>
        [{n}]
      </a>
    </sup>
  ) : (
    <sup>[{n}]</sup>
  );
}

export function Reader({ data, at, onChoose }: Props) {
  const { analysis, error } = useAnalysisText();
  const [chooser, setChooser] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  const quotedBy = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const [id, f] of data.featureById) for (const q of f.properties.quotes) m.set(q, [...(m.get(q) ?? []), id]);
    return m;
  }, [data]);
  const passages = useMemo(() => data.quotes.filter((q) => quotedBy.has(q.id)), [data, quotedBy]);

  useEffect(() => {
    if (!at || !analysis || data.texts !== 'ready') return;
    const el = root.current?.querySelector<HTMLElement>(`[data-quotes~="${CSS.escape(at.quote)}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [at, analysis, data.texts]);

  if (error) return <p role="alert">The analysis could not be loaded: {error}</p>;
  if (!analysis) return <p role="status">Loading the analysis…</p>;
  if (data.texts !== 'ready') return <TextsPending texts={data.texts} />;
  const { front } = analysis;

  const segment = (s: Segment, key: string) => {
    const parts = splitMarkers(s.text);
    if (!s.quotes.length) return parts.map((p, i) => (typeof p === 'string' ? p : <Marker key={`${key}-${i}`} n={p.n} sources={data.sourceByNumber} />));
    const features = [...new Set(s.quotes.flatMap((q) => quotedBy.get(q) ?? []))];
    const names = features.map((id) => data.featureById.get(id)?.properties.name ?? id);
    const current = at !== null && s.quotes.includes(at.quote);
    const open = chooser === key;
    const activate = () => (features.length === 1 ? onChoose(features[0]!) : setChooser(open ? null : key));
    return (
      <span key={key} className="passage-wrap">
        {/* A footnote marker inside a passage stays a link: the passage's button stops before it and resumes after. */}
        {parts.map((p, i) =>
          typeof p === 'string' ? (
            // A span, not a <button>: a button is an inline block and would break the paragraph's lines.
            <span
              key={i}
              role="button"
              tabIndex={0}
              className={`passage${current ? ' current' : ''}`}
              data-quotes={s.quotes.join(' ')}
              aria-current={current ? 'true' : undefined}
              aria-expanded={features.length > 1 ? open : undefined}
              title={`Quoted by ${names.join(', ')}`}
              onClick={activate}
              onKeyDown={(e) => {
                if (e.key !== 'Enter' && e.key !== ' ') return;
                e.preventDefault();
                activate();
              }}
            >
              <mark>{p}</mark>
            </span>
          ) : (
            <mark key={i}>
              <Marker n={p.n} sources={data.sourceByNumber} />
            </mark>
          ),
        )}
        {open && (
          <span className="passage-features" role="group" aria-label="Features that quote this passage">
            {features.map((id, i) => (
              <button key={id} type="button" onClick={() => onChoose(id)}>
                {names[i]}
              </button>
            ))}
          </span>
        )}
      </span>
    );
  };

  const block = (b: Block, i: number) => {
    if (b.kind === 'heading') return <h3 key={i}>{b.text}</h3>;
    if (b.kind === 'footnote') {
      const s = data.sourceByNumber.get(b.n);
      return (
        <p key={i} className="footnote-entry" id={`analysis-fn-${b.n}`}>
          [{b.n}] {footnoteWithoutAddress(b.text)}{' '}
          {s && isWebLink(s.url) ? (
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.url}
            </a>
          ) : null}
        </p>
      );
    }
    return <p key={i}>{segmentsOf(b.text, passages).map((s, k) => segment(s, `${i}-${k}`))}</p>;
  };

  return (
    <article className="reader" ref={root} aria-labelledby="reader-title">
      <header className="reader-head">
        <h2 id="reader-title">{front.title}</h2>
        <p>
          {front.author}, {front.publisher}, {front.series}, {formatDate(front.date)}.{' '}
          {isWebLink(front.url) && (
            <a href={front.url} target="_blank" rel="noreferrer noopener">
              Read it at {new URL(front.url).host}
            </a>
          )}
        </p>
        <p className="copyright">{front.copyright}</p>
        <p className="reader-help">
          <mark>Marked passages</mark> are quoted by features on the map: activate one to open it. Footnote markers link to the sources.
        </p>
      </header>
      {analysis.blocks.map(block)}
    </article>
  );
}

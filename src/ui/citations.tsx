/**
 * What the popup offers under each quotation (read it in context, cite it) and the text of "cite this
 * view", from the explorer's state. Links are built from the state, not read back from the address bar,
 * so they are right even before the throttled hash write.
 */
import type { ReactNode } from 'react';
import type { Quote } from '../../geo/schema.ts';
import type { AnyFeature, LoadedData } from '../data/dataset.ts';
import type { LayerEntry } from '../map/layers.ts';
import { serializeHash, type ExplorerState, type Known } from '../state/hash.ts';
import { citeQuote, citeView } from './cite.ts';
import { CopyButton } from './CopyButton.tsx';
import { formatDate, today } from './format.ts';

/** This page's address with `hash`: right from any sub-path the site is served at. */
export const here = (hash: string) => `${window.location.origin}${window.location.pathname}${hash}`;

export function quoteActions(feature: AnyFeature, data: LoadedData, readInContext: (quoteId: string) => void): (q: Quote) => ReactNode {
  return (q) => (
    <>
      <button type="button" className="link-button" onClick={() => readInContext(q.id)}>
        Read in context
      </button>
      <CopyButton
        label="Cite"
        text={() => citeQuote({ quote: q, sources: data.sourceByNumber, featureName: feature.properties.name, link: here(`#f=${encodeURIComponent(feature.properties.id)}`), accessed: today() })}
      />
    </>
  );
}

export function viewCitation(state: ExplorerState, known: Known, registry: LayerEntry[], data: LoadedData): string {
  const details: string[] = [];
  if (state.date) details.push(`map as of ${formatDate(state.date)}`);
  if (state.from) details.push(`compared with ${formatDate(state.from)}`);
  if (state.selected) details.push(`open: ${data.featureById.get(state.selected)?.properties.name ?? state.selected}`);
  if (state.compare.length) details.push(`routes compared: ${state.compare.map((id) => data.featureById.get(id)?.properties.name ?? id).join(', ')}`);
  details.push(
    `layers: ${
      registry
        .filter((e) => state.visible.includes(e.id))
        .map((e) => e.label)
        .join(', ') || 'none'
    }`,
  );
  return citeView({ details, link: here(serializeHash(state, known)), accessed: today() });
}

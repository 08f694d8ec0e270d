/**
 * One search over every feature and place, by all its names: English (as the analysis spells it),
 * Azerbaijani, Armenian, Russian and the other spellings the analysis and its sources use (`altNames`).
 * MiniSearch does the matching: folded terms (fold.ts), prefixes while typing, one typo forgiven.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { AnyFeature } from '../data/dataset.ts';
import { fold } from './fold.ts';

export type NameField = 'name' | 'az' | 'hy' | 'ru' | 'alt';

interface Doc {
  id: string;
  name: string;
  az: string;
  hy: string;
  ru: string;
  alt: string;
}

export interface Hit {
  id: string;
  name: string;
  /** The name the query matched when it is not the English one, with its field. */
  matched?: { field: Exclude<NameField, 'name'>; text: string };
}

const FIELDS: NameField[] = ['name', 'az', 'hy', 'ru', 'alt'];
/** Terms shorter than this are matched exactly (or as a prefix): one edit in "ab" matches half the index. */
const FUZZY_FROM = 4;

export interface FeatureSearch {
  search: (query: string, limit?: number) => Hit[];
}

export function buildSearch(features: Iterable<AnyFeature>): FeatureSearch {
  const docs: Doc[] = [...features].map((f) => {
    const p = f.properties;
    return { id: p.id, name: p.name, az: p.names.az ?? '', hy: p.names.hy ?? '', ru: p.names.ru ?? '', alt: (p.altNames ?? []).join(', ') };
  });
  const byId = new Map(docs.map((d) => [d.id, d]));
  const index = new MiniSearch<Doc>({ fields: FIELDS, storeFields: [], processTerm: fold });
  index.addAll(docs);

  const matchedName = (r: SearchResult, d: Doc): Hit['matched'] => {
    const fields = new Set(Object.values(r.match).flat());
    if (fields.has('name')) return undefined;
    const field = FIELDS.find((f): f is Exclude<NameField, 'name'> => f !== 'name' && fields.has(f));
    return field ? { field, text: d[field] } : undefined;
  };

  return {
    search(query, limit = 8) {
      if (!query.trim()) return [];
      const results = index.search(query, { prefix: true, fuzzy: (term) => (term.length >= FUZZY_FROM ? 1 : false), combineWith: 'AND', boost: { name: 2 } });
      return results.slice(0, limit).flatMap((r) => {
        const d = byId.get(String(r.id));
        if (!d) return [];
        const matched = matchedName(r, d);
        return [{ id: d.id, name: d.name, ...(matched ? { matched } : {}) }];
      });
    },
  };
}

/**
 * The layers as one GeoJSON FeatureCollection a GIS can open: each feature as in data/, with the layer
 * it is drawn in, its quotations (text and the analysis' footnote sources) and the licences of its
 * geometry; the collection carries the licences, the attribution and the analysis it serves.
 * Foreign members (RFC 7946 §6.1) hold what is not geometry.
 */
import type { Feature, Geometry } from 'geojson';
import type { Source } from '../../geo/schema.ts';
import type { AnyFeature, LoadedData } from '../data/dataset.ts';
import { featuresOf, type LayerEntry } from '../map/layers.ts';
import { ANALYSIS } from '../text/reference.ts';
import { asWritten, GEOMETRY_LICENCES, licencesOf, QUOTATION_LICENCE, type Licence } from './licences.ts';

export interface ExportedQuotation {
  id: string;
  text: string;
  footnotes: Source[];
}

export interface ExportedCollection {
  type: 'FeatureCollection';
  name: string;
  /** The explorer's link to the view exported. */
  view: string;
  /** ISO date of the export. */
  generated: string;
  layers: { id: string; label: string; features: number }[];
  attribution: string;
  licences: Licence[];
  analysis: typeof ANALYSIS;
  features: Feature<Geometry, Record<string, unknown>>[];
}

export interface ExportRequest {
  /** Registry entry ids to export, in any order (written in registry order). */
  layers: string[];
  view: string;
  generated: string;
}

export function exportCollection(data: LoadedData, registry: LayerEntry[], req: ExportRequest): ExportedCollection {
  const entries = registry.filter((e) => req.layers.includes(e.id));
  const quotation = (id: string): ExportedQuotation[] => {
    const q = data.quoteById.get(id);
    return q ? [{ id, text: q.text, footnotes: q.footnotes.flatMap((n) => data.sourceByNumber.get(n) ?? []) }] : [];
  };
  const perEntry = entries.map((entry) => ({
    entry,
    features: featuresOf<AnyFeature>(registry, entry, data[entry.source].features).map((f): Feature<Geometry, Record<string, unknown>> => ({
      type: 'Feature',
      properties: { ...f.properties, layer: entry.id, layerLabel: entry.label, quotations: f.properties.quotes.flatMap(quotation), licences: licencesOf(f.properties.source) },
      geometry: f.geometry,
    })),
  }));
  const features = perEntry.flatMap((x) => x.features);
  const used = new Set(features.flatMap((f) => f.properties.licences as string[]));
  const licences = [...GEOMETRY_LICENCES.filter((l) => used.has(l.id)).map(asWritten), QUOTATION_LICENCE];
  return {
    type: 'FeatureCollection',
    name: 'Karabakh, one year on: a map of AVİM Analysis 2021/29',
    view: req.view,
    generated: req.generated,
    layers: perEntry.map(({ entry, features: fs }) => ({ id: entry.id, label: entry.label, features: fs.length })),
    attribution: licences.map((l) => l.attribution).join('; '),
    licences,
    analysis: ANALYSIS,
    features,
  };
}

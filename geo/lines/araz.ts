/**
 * The stretches of each route that run down the Araz valley (data-sources.md, "Roads and railways"): between these
 * two waypoints, every segment is drawn along the river's north bank (geo/build/araz.ts) instead of a straight chord.
 */
export const ARAZ_STRETCHES: Readonly<Record<string, { from: string; to: string }>> = {
  // E002 runs beside the river from Horadiz to Julfa, then turns north to Nakhchivan city.
  'horadiz-meghri-ordubad': { from: 'Horadiz', to: 'Julfa (Culfa)' },
  // The Ələt–Culfa line keeps to the river from Julfa to Horadiz (the Yerevan–Julfa line leaves it for Nakhchivan city).
  'yeraskh-horadiz-railway': { from: 'Julfa (Culfa)', to: 'Horadiz' },
};

/**
 * The stretches of each route that run down the Araz valley (data-sources.md, "Roads and railways"): between these
 * two waypoints, every segment is drawn along the river's north bank (geo/build/araz.ts) instead of a straight chord.
 */
export const ARAZ_STRETCHES: Readonly<Record<string, { from: string; to: string }>> = {
  // E002 runs beside the river from Horadiz to Julfa, then turns north to Nakhchivan city.
  'horadiz-meghri-ordubad': { from: 'Horadiz', to: 'Julfa (Culfa)' },
  // After Qıvraq the Yerevan–Julfa line's stations (Şahtaxtı, Nakhchivan, Nehrəm, Julfa) lie in the Araz valley, and
  // the Ələt–Culfa line keeps to the river from Julfa to Horadiz. Drawn along the bank from Qıvraq, the Yeraskh–Julfa
  // stretch measures +6% against its kilometre posts (data/README.md); by chords it was −17%.
  'yeraskh-horadiz-railway': { from: 'Qıvraq', to: 'Horadiz' },
};

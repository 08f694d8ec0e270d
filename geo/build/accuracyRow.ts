/** One row of the accuracy table in data/README.md (geo/build/accuracy.ts writes the table). */
export interface AccuracyRow {
  layer: string;
  reference: string;
  measure: string;
  value: string;
}

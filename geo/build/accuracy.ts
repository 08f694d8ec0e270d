/**
 * Writes the accuracy table of data/README.md from measurements, so it cannot go stale: each provider
 * measures its layers against their references and returns rows; the table replaces whatever stands
 * between the accuracy markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { AccuracyRow } from './accuracyRow.ts';

export type AccuracyProvider = () => AccuracyRow[];

export const START = '<!-- accuracy:start -->';
export const END = '<!-- accuracy:end -->';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function accuracyTable(rows: AccuracyRow[]): string {
  const head = '| Layer | Reference | Measure | Value |\n|---|---|---|---|';
  return [head, ...rows.map((r) => `| ${[r.layer, r.reference, r.measure, r.value].map(cell).join(' | ')} |`)].join('\n');
}

/** Replaces the text between the markers; fails when they are missing, so a README edit cannot drop the table silently. */
export function withAccuracy(readme: string, rows: AccuracyRow[]): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`data/README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, a + START.length)}\n${accuracyTable(rows)}\n${readme.slice(b)}`;
}

export function writeAccuracy(readmePath: string, providers: AccuracyProvider[]): void {
  writeFileSync(
    readmePath,
    withAccuracy(
      readFileSync(readmePath, 'utf8'),
      providers.flatMap((p) => p()),
    ),
  );
}

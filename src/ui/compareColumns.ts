/** The comparison table's numeric columns: one definition drives the header, the cells and sorting. */
import type { RouteFigures } from '../../geo/metrics/routeFigures.ts';

export interface Column {
  id: string;
  label: string;
  /** Unit shown in the header. */
  unit: string;
  value: (f: RouteFigures) => number | null;
  digits: number;
}

export const COLUMNS: Column[] = [
  { id: 'total', label: 'Total', unit: 'km', value: (f) => f.totalKm, digits: 1 },
  { id: 'armenia', label: 'Armenia', unit: 'km', value: (f) => f.kmResolved.armenia, digits: 1 },
  { id: 'azerbaijan', label: 'Azerbaijan (mainland)', unit: 'km', value: (f) => f.kmResolved.azerbaijan, digits: 1 },
  // A soft hyphen: in the narrow header at 1280 px the word breaks as "Nakh-chivan", not "Nakhchiva-n".
  { id: 'nakhchivan', label: 'Nakh\u00adchivan', unit: 'km', value: (f) => f.kmResolved.nakhchivan, digits: 1 },
  { id: 'crossings', label: 'Border crossings', unit: '', value: (f) => f.crossings, digits: 0 },
  // No climb column: summed rises between town heights say nothing of the grades between them.
  { id: 'highest', label: 'Highest known height', unit: 'm', value: (f) => f.elevation.highest?.m ?? null, digits: 0 },
];

export type SortState = { column: string; dir: 'asc' | 'desc' } | null;

/** Sorted copy; routes without a value (no elevations known) go last either way. */
export function sortFigures(rows: RouteFigures[], sort: SortState): RouteFigures[] {
  const col = sort && COLUMNS.find((c) => c.id === sort.column);
  if (!col || !sort) return rows;
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = col.value(a);
    const vb = col.value(b);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    return sign * (va - vb);
  });
}

export const formatValue = (v: number | null, digits: number): string => (v === null ? '—' : v.toFixed(digits));

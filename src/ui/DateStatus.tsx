/** In a popup, while the map shows a date: whether that district part or peacekeeping feature was there on it. */
import type { AnyFeature } from '../data/dataset.ts';
import { siteSince } from '../time/changes.ts';
import { formatDate } from './format.ts';

const PEACEKEEPING = new Set(['zone', 'corridor', 'corridor-road', 'patrol', 'monitoring-centre', 'hq']);

export function DateStatus({ feature, date }: { feature: AnyFeature; date: string | undefined }) {
  if (!date) return null;
  const p = feature.properties;
  let text: string | null = null;
  if (p.kind === 'district' && 'controlSince' in p && typeof p.controlSince === 'string') {
    text = p.controlSince <= date ? `under Azerbaijani control (since ${formatDate(p.controlSince)})` : `not yet under Azerbaijani control (from ${formatDate(p.controlSince)})`;
  } else if (PEACEKEEPING.has(p.kind)) {
    const since = siteSince({ id: p.id, name: p.name, ...('since' in p && typeof p.since === 'string' ? { since: p.since } : {}) });
    text = since <= date ? `in place (from ${formatDate(since)})` : `not yet in place (from ${formatDate(since)})`;
  }
  return text ? (
    <p className="date-status">
      On {formatDate(date)}, the map’s date: {text}.
    </p>
  ) : null;
}

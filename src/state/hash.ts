/**
 * The shareable part of the explorer's state, mirrored in the URL hash:
 *   #layers=districts-operation,pk-zone&f=shusha&compare=berd-tovuz,ijevan-gazakh
 * Pure functions: a bad or stale link never breaks the page; what cannot be read falls back to the
 * defaults and is reported, so the page can say so.
 */
import { clampDate, parseIsoDate } from '../time/dates.ts';

export interface ExplorerState {
  /** Registry entry ids that are visible. */
  visible: string[];
  /** The feature whose popup is open. */
  selected: string | null;
  /** Route ids picked for comparison. */
  compare: string[];
  /** The map's date (#date=2020-11-21); absent: the state as of the analysis. */
  date?: string;
  /** The earlier date of a comparison (#from=2020-11-09). */
  from?: string;
}

export interface Known {
  layers: string[];
  defaultLayers: string[];
  features: Set<string>;
  routes: string[];
}

export const defaultState = (k: Known): ExplorerState => ({ visible: [...k.defaultLayers], selected: null, compare: [] });

const list = (v: string | null): string[] => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);
const unique = <T,>(xs: T[]): T[] => [...new Set(xs)];

export function parseHash(hash: string, k: Known): { state: ExplorerState; problems: string[] } {
  const state = defaultState(k);
  const problems: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(decodeURIComponent(hash.replace(/^#/, '')));
  } catch {
    return { state, problems: ['the link could not be read'] };
  }
  if (params.has('layers')) {
    const asked = list(params.get('layers'));
    const bad = asked.filter((id) => !k.layers.includes(id));
    if (bad.length) problems.push(`unknown layer ${bad.map((b) => `“${b}”`).join(', ')}`);
    state.visible = k.layers.filter((id) => asked.includes(id)); // registry order, no duplicates
  }
  const f = params.get('f');
  if (f) {
    if (k.features.has(f)) state.selected = f;
    else problems.push(`unknown feature “${f}”`);
  }
  if (params.has('compare')) {
    const asked = unique(list(params.get('compare')));
    const bad = asked.filter((id) => !k.routes.includes(id));
    if (bad.length) problems.push(`unknown route ${bad.map((b) => `“${b}”`).join(', ')}`);
    state.compare = asked.filter((id) => k.routes.includes(id));
  }
  for (const key of ['date', 'from'] as const) {
    const raw = params.get(key);
    if (raw === null) continue;
    const d = parseIsoDate(raw);
    if (d) state[key] = clampDate(d);
    else problems.push(`unreadable date “${raw}” (use YYYY-MM-DD)`);
  }
  return { state, problems };
}

export function serializeHash(s: ExplorerState, k: Known): string {
  const parts: string[] = [];
  const sameAsDefault = s.visible.length === k.defaultLayers.length && s.visible.every((id) => k.defaultLayers.includes(id));
  if (!sameAsDefault) parts.push(`layers=${s.visible.join(',')}`);
  if (s.selected) parts.push(`f=${encodeURIComponent(s.selected)}`);
  if (s.compare.length) parts.push(`compare=${s.compare.join(',')}`);
  if (s.date) parts.push(`date=${s.date}`);
  if (s.from) parts.push(`from=${s.from}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

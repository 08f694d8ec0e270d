/**
 * The shareable part of the explorer's state, mirrored in the URL hash:
 *   #layers=districts-operation,pk-zone&f=shusha&compare=berd-tovuz,ijevan-gazakh&map=8.50/39.7600/46.7500
 * (`#embed&…` shows the same view framed for an <iframe>: the map, its legend and credits, no side panel.)
 * Pure functions: a bad or stale link never breaks the page. Each parameter is read on its own (a
 * row of PARAMS); what it cannot use is dropped, value by value, and reported, so the page can say so.
 */
import { clampDate, parseIsoDate } from '../time/dates.ts';

export interface View {
  /** [longitude, latitude] */
  center: [number, number];
  zoom: number;
}

export interface ExplorerState {
  /** Registry entry ids that are visible. */
  visible: string[];
  /** The feature whose details are open. */
  selected: string | null;
  /** Route ids picked for comparison. */
  compare: string[];
  /** Where the map looks; null until the map has been moved or a link names it. */
  view: View | null;
  /** The map's date (#date=2020-11-21); absent: the state as of the analysis. */
  date?: string;
  /** The earlier date of a comparison (#from=2020-11-09). */
  from?: string;
  /** Framed for an <iframe> (#embed): the map with its legend and credits, without the side panel. */
  embed?: boolean;
}

export interface Known {
  layers: string[];
  defaultLayers: string[];
  features: Set<string>;
  routes: string[];
}

/** What one parameter of a link could not use: `values` are the raw parts, as given. */
export interface Dropped {
  /** The parameter's key in the link (`layers`), or the unknown key itself. */
  param: string;
  /** What each value should have been, in words: "layer", "feature", "route", "map position", "part". */
  what: string;
  values: string[];
  /** What was used instead, when it is not simply the rest of the link. */
  note?: string;
}

export const defaultState = (k: Known): ExplorerState => ({ visible: [...k.defaultLayers], selected: null, compare: [], view: null });

interface Param {
  key: string;
  what: string;
  /** Reads `raw` into `s` (a fresh copy of the defaults); returns the values it could not use. */
  read: (raw: string, s: ExplorerState, k: Known) => string[] | { values: string[]; note: string };
  /** The value to write, or null to leave the parameter out (it is at its default). */
  write: (s: ExplorerState, k: Known) => string | null;
  /** Written as the bare key (`#embed`), never `key=value`. */
  flag?: true;
}

const list = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const unique = <T>(xs: T[]): T[] => [...new Set(xs)];
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
// NaN fails both comparisons, so an unreadable number is out of every range.
const inRange = (v: number, lo: number, hi: number) => v >= lo && v <= hi;

/** One row per parameter, in the order they are written. Add a row to add a parameter. */
const PARAMS: Param[] = [
  {
    key: 'embed',
    what: 'embed switch (no value)',
    flag: true,
    read(raw, s) {
      if (!['', '1', 'true'].includes(raw)) return [raw];
      s.embed = true;
      return [];
    },
    write: (s) => (s.embed ? '' : null),
  },
  {
    key: 'layers',
    what: 'layer',
    read(raw, s, k) {
      const asked = list(raw);
      const good = asked.filter((id) => k.layers.includes(id));
      // `layers=` (nothing) means every layer off; a list with nothing valid in it keeps the defaults.
      const bad = unique(asked.filter((id) => !k.layers.includes(id)));
      if (asked.length && !good.length) return { values: bad, note: 'the default layers are shown' };
      s.visible = k.layers.filter((id) => good.includes(id)); // registry order
      return bad;
    },
    write: (s, k) => (sameSet(s.visible, k.defaultLayers) ? null : s.visible.join(',')),
  },
  {
    key: 'f',
    what: 'feature',
    read(raw, s, k) {
      if (!k.features.has(raw)) return raw ? [raw] : [];
      s.selected = raw;
      return [];
    },
    write: (s) => s.selected,
  },
  {
    key: 'compare',
    what: 'route',
    read(raw, s, k) {
      const asked = unique(list(raw));
      s.compare = asked.filter((id) => k.routes.includes(id));
      return asked.filter((id) => !k.routes.includes(id));
    },
    write: (s) => (s.compare.length ? s.compare.join(',') : null),
  },
  ...(['date', 'from'] as const).map((key): Param => ({
    key,
    what: 'date (YYYY-MM-DD)',
    read(raw, s) {
      const d = parseIsoDate(raw);
      if (!d) return [raw];
      s[key] = clampDate(d); // a date outside the slider's span is moved to its nearest end
      return [];
    },
    write: (s) => s[key] ?? null,
  })),
  {
    // zoom/latitude/longitude, as OpenStreetMap writes it.
    key: 'map',
    what: 'map position',
    read(raw, s) {
      const parts = raw.split('/');
      const [zoom, lat, lng] = parts.map(Number);
      if (parts.length !== 3 || zoom === undefined || lat === undefined || lng === undefined) return [raw];
      if (!inRange(zoom, 0, 22) || !inRange(lat, -85, 85) || !inRange(lng, -180, 180)) return [raw];
      s.view = { center: [lng, lat], zoom };
      return [];
    },
    write: (s) => (s.view ? `${s.view.zoom.toFixed(2)}/${s.view.center[1].toFixed(4)}/${s.view.center[0].toFixed(4)}` : null),
  },
];

function pairs(hash: string): [string, string][] {
  const body = hash.replace(/^#/, '');
  let text = body;
  try {
    text = decodeURIComponent(body); // a link pasted encoded (%3D, %2C) reads the same
  } catch {
    // Malformed escapes: read the text as it is; URLSearchParams never throws.
  }
  return [...new URLSearchParams(text)];
}

export function parseHash(hash: string, k: Known): { state: ExplorerState; dropped: Dropped[] } {
  const state = defaultState(k);
  const dropped: Dropped[] = [];
  const seen = new Set<string>();
  const unknownKeys: string[] = [];
  for (const [key, raw] of pairs(hash)) {
    const p = PARAMS.find((x) => x.key === key);
    if (!p) {
      if (key) unknownKeys.push(key);
      continue;
    }
    if (seen.has(key)) continue; // the first of a repeated parameter counts
    seen.add(key);
    const r = p.read(raw.trim(), state, k);
    const { values, note } = Array.isArray(r) ? { values: r, note: undefined } : r;
    if (values.length) dropped.push({ param: key, what: p.what, values, ...(note ? { note } : {}) });
  }
  if (unknownKeys.length) dropped.push({ param: unknownKeys[0]!, what: 'part', values: unique(unknownKeys) });
  return { state, dropped };
}

export function serializeHash(s: ExplorerState, k: Known): string {
  const parts: string[] = [];
  for (const p of PARAMS) {
    const v = p.write(s, k);
    if (v !== null) parts.push(p.flag ? p.key : `${p.key}=${p.key === 'f' ? encodeURIComponent(v) : v}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}

/**
 * What changed on the map between two dates, in words, generated from the data (never typed): each
 * district part whose `controlSince` falls after the earlier date and on or before the later one, and
 * each peacekeeping feature that appears in that span. Pure: tested without a browser.
 */
import { PEACEKEEPING_FROM } from './dates.ts';

/** The district-part properties this reads; `district` and `dateBasis` are optional until every part has them. */
export interface DatedPart {
  id: string;
  name: string;
  district?: string;
  controlSince: string;
  how: string;
  article?: number;
  dateBasis?: string;
}

export interface DatedSite {
  id: string;
  name: string;
  since?: string;
}

export interface Change {
  /** The district id (or the part's id where a part has no `district`). */
  district: string;
  /** The parts that changed together, by id. */
  ids: string[];
  /** Their names, without repeats. */
  names: string[];
  date: string;
  how: string;
  article?: number;
  dateBasis?: string;
}

export interface Appearance {
  date: string;
  ids: string[];
  names: string[];
}

export interface ChangeList {
  /** The two dates in order, whichever way round they were given. */
  earlier: string;
  later: string;
  changes: Change[];
  appeared: Appearance[];
}

export const siteSince = (s: DatedSite): string => s.since ?? PEACEKEEPING_FROM;

const byDate = <T extends { date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const inSpan = (d: string, earlier: string, later: string) => d > earlier && d <= later;

export function changesBetween(parts: DatedPart[], sites: DatedSite[], a: string, b: string): ChangeList {
  const [earlier, later] = a <= b ? [a, b] : [b, a];
  const groups = new Map<string, Change>();
  for (const p of parts) {
    if (!inSpan(p.controlSince, earlier, later)) continue;
    const district = p.district ?? p.id;
    const key = [district, p.controlSince, p.how, p.article ?? ''].join('|');
    const g = groups.get(key) ?? {
      district,
      ids: [],
      names: [],
      date: p.controlSince,
      how: p.how,
      ...(p.article === undefined ? {} : { article: p.article }),
      ...(p.dateBasis ? { dateBasis: p.dateBasis } : {}),
    };
    g.ids.push(p.id);
    if (!g.names.includes(p.name)) g.names.push(p.name);
    groups.set(key, g);
  }
  const appearedBy = new Map<string, Appearance>();
  for (const s of sites) {
    const date = siteSince(s);
    if (!inSpan(date, earlier, later)) continue;
    const g = appearedBy.get(date) ?? { date, ids: [], names: [] };
    g.ids.push(s.id);
    g.names.push(s.name);
    appearedBy.set(date, g);
  }
  return { earlier, later, changes: [...groups.values()].sort(byDate), appeared: [...appearedBy.values()].sort(byDate) };
}

/** How a part came under Azerbaijani control, in the explorer's neutral words. */
export function howInWords(c: Pick<Change, 'how' | 'article'>): string {
  if (c.how === 'statement') return c.article === undefined ? 'handed over under the 10 November 2020 statement' : `handed over under article ${c.article} of the 10 November 2020 statement`;
  if (c.how === 'operation') return 'came under Azerbaijani control in the fighting';
  if (c.how === 'held-since-1994') return 'held by Azerbaijan throughout since the 1994 ceasefire';
  return c.how;
}

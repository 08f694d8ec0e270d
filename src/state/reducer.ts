/** Every change to the explorer state, as a pure reducer (tested without a browser). */
import type { ExplorerState } from './hash.ts';

export type Action =
  | { type: 'toggleLayers'; ids: string[]; on: boolean }
  | { type: 'select'; id: string | null }
  | { type: 'toggleCompare'; id: string }
  | { type: 'setCompare'; ids: string[] }
  | { type: 'setTime'; date: string | null; from: string | null }
  | { type: 'replace'; state: ExplorerState };

export function reduce(s: ExplorerState, a: Action, order: string[]): ExplorerState {
  switch (a.type) {
    case 'toggleLayers': {
      const next = new Set(s.visible);
      for (const id of a.ids) {
        if (a.on) next.add(id);
        else next.delete(id);
      }
      return { ...s, visible: order.filter((id) => next.has(id)) };
    }
    case 'select':
      return s.selected === a.id ? s : { ...s, selected: a.id };
    case 'toggleCompare':
      return { ...s, compare: s.compare.includes(a.id) ? s.compare.filter((id) => id !== a.id) : [...s.compare, a.id] };
    case 'setCompare':
      return { ...s, compare: a.ids };
    case 'setTime': {
      // Absent, not null, when unset: the state (and the link) then reads as the analysis' own date.
      const next = { ...s };
      delete next.date;
      delete next.from;
      if (a.date) next.date = a.date;
      if (a.from) next.from = a.from;
      return next;
    }
    case 'replace':
      return a.state;
  }
}

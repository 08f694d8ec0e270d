/**
 * Every change to the explorer state, as a pure reducer (tested without a browser). Selection lives
 * here only: one action says which feature was chosen and how, and the popup's anchor, whether the
 * details open and what the camera frames all follow from it.
 */
import type { AnyFeature } from '../../geo/schema.ts';
import type { ExplorerState, View } from './hash.ts';
import { anchorOf, type LngLat } from '../map/featureGeometry.ts';

/** How a feature was chosen: on the map (at the clicked point), from the feature list, a link, a row of the comparison, search, the
 *  analysis' text, or the timeline. */
export type Selection = { id: string; via: 'map'; at: LngLat } | { id: string; via: 'list' | 'link' | 'row' | 'search' | 'reader' | 'timeline' };

/** A camera move the map should make; a new object each time (the map acts on identity). */
export type Camera = { frame: string[] } | { jump: View };

export interface State extends Omit<ExplorerState, 'selected'> {
  selection: Selection | null;
  /** Whether the full details (side panel / bottom sheet) are open, beside the popup on the map. */
  detailOpen: boolean;
  camera: Camera | null;
}

export type Action =
  | { type: 'toggleLayers'; ids: string[]; on: boolean }
  | { type: 'choose'; selection: Selection }
  | { type: 'close' }
  | { type: 'openDetail' }
  | { type: 'closeDetail' }
  /** Escape: closes the details first, then the popup. */
  | { type: 'escape' }
  | { type: 'toggleCompare'; id: string }
  | { type: 'setCompare'; ids: string[] }
  /** The person moved the map (reported by the map at the end of each move). */
  | { type: 'moved'; view: View }
  /** The map's date and the date compared with it (null: unset). */
  | { type: 'setTime'; date: string | null; from: string | null }
  /** A link was followed (at start, by Back/Forward or a new hash): its state replaces ours. */
  | { type: 'replace'; state: ExplorerState };

/** The linkable part of the state, for the URL hash. */
export function toLink(s: State): ExplorerState {
  const { selection, detailOpen, camera, ...rest } = s;
  void detailOpen;
  void camera;
  return { ...rest, selected: selection?.id ?? null };
}

function fromLink(link: ExplorerState): State {
  const { selected, ...rest } = link;
  return {
    ...rest,
    selection: selected ? { id: selected, via: 'link' } : null,
    detailOpen: !!selected,
    camera: link.view ? { jump: link.view } : selected ? { frame: [selected] } : null,
  };
}

export const initialState = (link: ExplorerState): State => fromLink(link);

/** Where the popup points: the clicked point for a map click, else the feature's own anchor. */
export function popupAnchor(sel: Selection, feature: AnyFeature): LngLat {
  return sel.via === 'map' ? sel.at : anchorOf(feature);
}

const withCompare = (s: State, ids: string[]): State => ({ ...s, compare: ids, camera: ids.length ? { frame: ids } : s.camera });

export function reduce(s: State, a: Action, order: string[]): State {
  switch (a.type) {
    case 'toggleLayers': {
      const next = new Set(s.visible);
      for (const id of a.ids) {
        if (a.on) next.add(id);
        else next.delete(id);
      }
      return { ...s, visible: order.filter((id) => next.has(id)) };
    }
    case 'choose': {
      const sel = a.selection;
      return {
        ...s,
        selection: sel,
        // A click on the map shows the short popup (and updates the details if they are open);
        // any other way of choosing opens the details too.
        detailOpen: sel.via !== 'map' || s.detailOpen,
        // A feature clicked on the map is already in view; one chosen any other way is framed.
        camera: sel.via === 'map' ? s.camera : { frame: [sel.id] },
      };
    }
    case 'close':
      return s.selection ? { ...s, selection: null, detailOpen: false } : s;
    case 'openDetail':
      return s.selection ? { ...s, detailOpen: true } : s;
    case 'closeDetail':
      return { ...s, detailOpen: false };
    case 'escape':
      return s.detailOpen ? { ...s, detailOpen: false } : reduce(s, { type: 'close' }, order);
    case 'toggleCompare':
      return withCompare(s, s.compare.includes(a.id) ? s.compare.filter((id) => id !== a.id) : [...s.compare, a.id]);
    case 'setCompare':
      return withCompare(s, a.ids);
    case 'moved':
      return { ...s, view: a.view };
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
      return fromLink(a.state);
  }
}

/**
 * The code that puts this map into another page: an <iframe> of the explorer's own address with
 * `#embed` and the view. No style attribute (a page with a Content-Security-Policy like ours would
 * refuse it): the frame's border is turned off with the frameborder attribute.
 */
import { serializeHash, type ExplorerState, type Known } from '../state/hash.ts';
import { SUBTITLE, TITLE } from './MapTitle.tsx';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The embedded view: the layers, date, position and compared routes of `state`, no open feature. */
export function embedLink(state: ExplorerState, known: Known, page: string): string {
  return `${page}${serializeHash({ ...state, selected: null, embed: true }, known)}`;
}

export function embedSnippet(src: string): string {
  return `<iframe src="${attr(src)}" title="${attr(`${TITLE}: ${SUBTITLE}`)}" width="800" height="600" frameborder="0" loading="lazy" allowfullscreen></iframe>`;
}
